/**
 * The interface in Russian: the same keys and functions as the English (`Strings`), so a
 * missing or misshapen one is a type error. Terms follow the translators' glossary
 * (data/TRANSLATING.md): «задокументированные инциденты», «правозащитник», «забастовка».
 * Loaded as a chunk of its own only when the reader chooses Russian.
 */
import type { IncidentType } from '../data/vocabulary.ts';
import type { ExportStrings, Strings } from './strings.ts';
import { creditRu, documented, embedRu, incidents, mediaRu, n_, shareRu, yrs } from './strings.share.ru.ts';

// Genitive after a day ("16 декабря"), nominative with a year alone ("декабрь 2011 г.").
const GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const SHORT_GENITIVE = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];
const SHORT_NOMINATIVE = ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

export const t: Strings = {
  lang: 'ru',
  languageNames: { en: 'English', ru: 'Русский', kk: 'Қазақша' },
  language: 'Язык',
  dates: {
    day: (day, month, year) => `${day} ${SHORT_GENITIVE[month - 1]} ${year}`,
    month: (month, year) => `${SHORT_NOMINATIVE[month - 1]} ${year}`,
    dayLong: (day, month, year) => `${day} ${GENITIVE[month - 1]} ${year} г.`,
    monthLong: (month, year) => `${NOMINATIVE[month - 1]} ${year} г.`,
    unknown: 'дата неизвестна',
  },
  /** Shown when our Russian or Kazakh data texts fail to load (LocalizedData). */
  textFailed: 'Наши тексты на русском не удалось загрузить; показываем английские.',
  translationNote:
    'Тексты на русском и казахском языках — наш перевод наших резюме, составленных на английском; цитаты из источников приводятся на языке оригинала.',
  appTitle: 'Казахстан: инциденты в сфере прав человека с 2009 года',
  appSubtitle:
    'Нападения на журналистов, протесты, задержания и экстрадиции — каждый случай прослеживается до доклада, который его документирует.',
  loading: 'Загрузка данных об инцидентах…',
  loadFailed: (what) =>
    `Не удалось загрузить данные об инцидентах (${what}). Перезагрузите страницу; если ошибка повторится, файл данных сайта повреждён.`,
  types: {
    journalist_attack: 'Нападение на журналиста',
    protest: 'Протест или забастовка',
    detention: 'Задержание',
    prosecution: 'Преследование или штраф',
    extradition: 'Экстрадиция или возвращение',
    media_restriction: 'Запрет СМИ или сайта',
    organization_ban: 'Запрет организации',
    killing: 'Убийство или смерть под стражей',
    torture: 'Пытки или жестокое обращение',
  },
  filters: {
    heading: 'Фильтры',
    types: 'Типы инцидентов',
    allTypes: 'Все типы',
    search: 'Поиск по людям, местам и тексту',
    searchPlaceholder: 'напр. Жовтис, Жанаозен, забастовка',
    precise: 'Только точные места',
    preciseHint: 'Скрыть инциденты, которые источники относят только к области или не относят ни к какому месту',
    clearPlace: (name) => `Сбросить место: ${name}`,
    clearAll: 'Сбросить все фильтры',
    place: 'Место',
    allPlaces: 'Все места',
  },
  map: {
    heading: 'Карта',
    canvasLabel: 'Интерактивная карта инцидентов по городам и областям',
    towns: 'Города',
    regions: 'Области',
    modeLabel: 'Показывать инциденты по',
    loading: 'Загрузка карты…',
    noWebgl:
      'Карту невозможно показать: в этом браузере WebGL отключён или не поддерживается. Шкала времени, диаграммы и список ниже работают.',
    codeFailed:
      'Не удалось загрузить код карты. Перезагрузите страницу, чтобы попробовать снова. Шкала времени, диаграммы и список ниже работают.',
    codeFailedEmbed:
      'Не удалось загрузить код карты. Перезагрузите страницу, чтобы попробовать снова, или перейдите по ссылке ниже.',
    noWebglEmbed:
      'Карту невозможно показать: в этом браузере WebGL отключён или не поддерживается. По ссылке ниже все инциденты перечислены и без карты.',
    notOnMap: 'Нет на карте',
    unstated: 'Место не указано',
    regionOnly: (region) => `${region} (только область)`,
    legendTypes: 'Типы инцидентов',
    legendRegions: 'Инциденты по областям',
    legendRegionOnly: 'Обведено: известна область, город не указан',
    credit: 'Границы © geoBoundaries (ODbL) · Natural Earth · Места: GeoNames (CC BY 4.0)',
    townTooltip: (name, n) => `${name}: ${n} ${incidents(n)}`,
    townLinkedTooltip: (name, here, linked) =>
      `${name}: ${here} ${incidents(here)} здесь, ${linked} ${n_(linked, 'связан', 'связаны', 'связаны')} с городом ` +
      `(источники связывают ${n_(linked, 'его', 'их', 'их')} с городом, не указывая, что ${n_(linked, 'он произошёл', 'они произошли', 'они произошли')} там)`,
    legendPlaced: (n) => `Круги: ${n} ${incidents(n)}, ${n_(n, 'привязанный', 'привязанных', 'привязанных')} к городу, по типам:`,
    legendLinked: (n) =>
      `Кольца: ${n} ${incidents(n)}, которые источники связывают с городом (через человека или суд там), не указывая, что ${n_(n, 'он произошёл', 'они произошли', 'они произошли')} там`,
    legendRegionsPlaced: 'Инциденты, отнесённые к каждой области (связанные города не учитываются)',
    basemapNames: {
      Russia: 'Россия',
      China: 'Китай',
      Kyrgyzstan: 'Кыргызстан',
      Uzbekistan: 'Узбекистан',
      Turkmenistan: 'Туркменистан',
      'Caspian Sea': 'Каспийское море',
      Turkistan: 'Туркестан',
    },
    controls: {
      'NavigationControl.ZoomIn': 'Приблизить',
      'NavigationControl.ZoomOut': 'Отдалить',
      'NavigationControl.ResetBearing': 'Повернуть на север',
      'AttributionControl.ToggleAttribution': 'Показать или скрыть источники карты',
    },
  },
  timeline: {
    heading: 'Шкала времени',
    window: 'Показанные годы',
    start: 'Первый год',
    end: 'Последний год',
    all: 'Все годы',
    play: 'Воспроизвести',
    pause: 'Пауза',
    speed: 'Скорость',
    mode: 'Воспроизведение',
    modeWindow: 'По одному году',
    modeAccumulate: 'С накоплением',
    hint: 'Клавиши со стрелками сдвигают годы, Home и End переходят к первому и последнему году.',
  },
  charts: {
    section: 'Диаграммы',
    perYear: 'Инциденты по годам и типам',
    byType: 'Инциденты по типам',
    topTowns: 'Города с наибольшим числом инцидентов',
    credit: 'Источник: база инцидентов в сфере прав человека в Казахстане по докладам Human Rights Watch и других организаций',
    tableCaption: 'Данные диаграммы',
    showTable: 'Показать данные таблицей',
    year: 'Год',
    type: 'Тип',
    town: 'Город',
    count: 'Инциденты',
    total: 'Всего',
    none: 'В этой выборке нет инцидентов.',
    showOnly: (type) => `Показать только: ${type}`,
    selection: {
      someTypes: (n, of) => `${n} из ${of} типов инцидентов`,
      matching: (q) => `по запросу «${q}»`,
      precise: 'только точные места',
      highlighted: (years) => `выделено: ${years}`,
    },
    describe: {
      documented,
      perYear: (doc, years, peakYear, peak) => `${doc} за ${yrs(years)}; больше всего в ${peakYear} году (${peak}).`,
      topType: (type, n, year, inYear) => `Самый частый тип — «${type}» (${n}), больше всего в ${year} году (${inYear}).`,
      selected: (years) => `Выбрано: ${years}.`,
      byType: (doc, years, parts, more) =>
        `${doc} за ${yrs(years)}: ${parts.map((p) => `${p.type.toLowerCase()} — ${p.n}`).join(', ')}${more ? ', остальных типов меньше' : ''}.`,
      noTown: (years) => `За ${yrs(years)} нет задокументированных инцидентов, которые источники относят к какому-либо городу.`,
      topTowns: (years, first, n, rest) =>
        `За ${yrs(years)} больше всего задокументированных инцидентов, отнесённых к городу, в городе ${first} (${n})` +
        (rest.length ? `, далее ${rest.map((r) => `${r.name} (${r.n})`).join(' и ')}.` : '.'),
      mapTowns: (doc, towns, years) =>
        `${doc} источники относят к ${towns} ${n_(towns, 'городу', 'городам', 'городам')} за ${yrs(years)}`,
      mapMost: (first, n, second) => `; больше всего — ${first} (${n})${second ? `, затем ${second.name} (${second.n})` : ''}.`,
      elsewhere: (n) => `Ещё для ${n} ${incidents(n)} источники не называют город.`,
    },
  },
  credit: creditRu,
  embed: embedRu,
  share: shareRu,
  list: {
    heading: (n) => `${n} ${incidents(n)}`,
    more: (n) => `Показать ещё ${n}`,
    empty: 'Нет инцидентов, соответствующих этой выборке.',
    source: 'Источник',
    lines: (a, b) => (a === b ? `строка ${a}` : `строки ${a}–${b}`),
    people: 'Люди',
    otherCountry: 'Другая страна',
    otherCountryUnknown: 'источник не указывает',
    case: 'Это дело',
    close: 'Закрыть',
    placeUnstated: 'Место не указано',
    dateNote: 'Дата',
    dateWithoutDay: (shown) => `${shown}, день не указан`,
    dateWithoutMonth: (shown) => `${shown}, месяц не указан`,
    outsideFilters: 'вне текущих фильтров',
    caseEnd: (when) => `Доклады не сообщают, что было с этим делом после последней даты: ${when}.`,
    caseHint: 'В порядке, в котором происходили события, насколько их датируют источники.',
    countAnnounced: (n) => `${n} ${incidents(n)} в выборке`,
    skipToList: 'Перейти к списку инцидентов',
    citations: 'Источники и цитируемые слова',
    passageLoading: 'Загрузка цитат…',
    passageFailed: (why) => `Не удалось загрузить цитаты (${why}).`,
    passageMissing: 'Цитат из этого источника нет в данных сайта.',
    contextLine: '(контекст, не цитируется)',
    placedIn: (town, n) => `Источники относят к городу ${town} (${n})`,
    linkedTo: (town, n) =>
      `Связаны с городом ${town}, но произошли не там (${n}): источники связывают ${n_(n, 'его', 'их', 'их')} с городом через человека, группу или суд`,
    linkedWhy: 'Связанный город (не место события)',
    inDocument: (title) => `Другие записи со ссылкой на «${title}»`,
    previous: 'Предыдущая в этом документе',
    next: 'Следующая в этом документе',
    previousInDocument: (title) => `Предыдущая в этом документе: ${title}`,
    nextInDocument: (title) => `Следующая в этом документе: ${title}`,
    positionInDocument: (i, n) => `запись ${i} из ${n}, ссылающихся на него`,
    quotationCredit:
      'Цитируемые фрагменты — короткие выдержки для ссылки с указанием издателей, за которыми сохраняются права на них; серым выделены строки контекста вокруг цитируемых.',
  },
  coverage: {
    notCovered: 'нет данных',
    partlyCovered: 'частично',
    keyNone: 'Ни один доклад не охватывает этот год',
    keyPartial: 'Частично: только отдельные события',
    noneAt: (years) => `Ни один доклад не охватывает ${years}: это отсутствие данных, а не отсутствие инцидентов.`,
    how: { annual: 'ежегодный обзор', period: 'отдельные события', passing: 'мимоходом' },
    year: (year, docs) => `${year}: ${docs}.`,
    uneven: (parts) => `Доклады охватывают эти годы неравномерно: ${parts.join('; ')}.`,
    fullPart: (years) => `${years} — в ежегодных обзорах`,
    partialPart: (years) => `${years} — лишь частично (отдельные события)`,
    nonePart: (years) => `${years} — ни один доклад`,
    allFull: (years) => `${years}: каждый год охвачен ежегодным обзором.`,
    allPartial: (years) => `${years}: доклады охватывают лишь отдельные события этих лет.`,
    oneFull: (year) => `${year}: охвачен ежегодным обзором.`,
    onePartial: (year) => `${year}: доклады охватывают лишь отдельные события этого года.`,
    notTotals: 'Числа — это инциденты, задокументированные в докладах, а не общее их количество.',
    notTrend: 'Числа — это инциденты, задокументированные в докладах, а не общее их количество: не считайте их тенденцией.',
    column: 'Доклады, охватывающие год',
    yearLabel: (year, n) => `${year}: ${documented(n)}.`,
    years: 'Годы',
  },
  context: {
    show: 'Показать контекст: законы, выборы, заявления и визиты',
    kinds: { law: 'Закон', election: 'Выборы', statement: 'Заявление', visit: 'Визит', other: 'Другое событие' },
    list: (n, years) => `Контекст: ${n} ${n_(n, 'событие', 'события', 'событий')} за ${yrs(years)}`,
    none: (years) => `Нет записей контекста за ${yrs(years)}.`,
    source: (where) => `Источник: ${where}`,
    notIncidents: 'Записи контекста — не инциденты и не учитываются в подсчётах.',
  },
  footer:
    'Данные: инциденты, закодированные по докладам Human Rights Watch и других организаций (каждый инцидент ссылается на документ и строки). ' +
    'Границы © geoBoundaries (ODbL 1.0); соседние страны: Natural Earth; места: GeoNames (CC BY 4.0).',
  media: mediaRu,
  offline: {
    updateReady: 'Доступны новые данные или новая версия карты.',
    reload: 'Перезагрузить',
  },
};

export const exportStrings: ExportStrings = {
  country: 'Казахстан',
  headline: (n, types: readonly IncidentType[], where, years) => {
    const count = n === 0 ? 'нет задокументированных инцидентов' : documented(n);
    const what =
      types.length === 0
        ? ''
        : types.length > 3
          ? ` (типов: ${types.length})`
          : ` (${types.map((type) => t.types[type].toLowerCase()).join('; ')})`;
    return `${where}, ${years}: ${count}${what}`;
  },
  highlighted: (n, years) => `; ${years}: ${n}`,
  topTowns: (towns, limit, where) =>
    towns >= limit
      ? `${where}: ${limit} городов с наибольшим числом инцидентов`
      : `${where}: ${towns} ${n_(towns, 'город', 'города', 'городов')}`,
  unstated: 'Казахстан (место не указано)',
  placed: (where) => `${where}: города`,
  townWithLinked: (town) => `${town}, Казахстан (произошли там или связаны с городом по источникам)`,
  inRegions: (where) => `${where}: по областям`,
  typesLine: (names) => `Типы: ${names.join(', ')}`,
  embedNoSearch: (q, n) =>
    `Встраивание не может передать текстовый поиск «${q}»: оно показывает все ${n} ${incidents(n)} этих лет, типов и места, как и предпросмотр ниже.`,
  downloadsSearch: (q, n) =>
    `Изображения и файлы данных учитывают текстовый поиск «${q}»: в них ${n} ${incidents(n)}, и это указано в подзаголовке и имени файла.`,
  titleField: 'Заголовок (составлен по данным; его можно изменить)',
  resetTitle: 'Вернуть заголовок, составленный по данным',
  noteField: 'Примечание (одна строка, необязательно)',
  previewOf: 'Предпросмотр:',
  previews: { png: 'Изображение', card: 'Карточка для соцсетей' },
  previewLoading: 'Рисуем предпросмотр…',
  searchPart: 'search',
};
