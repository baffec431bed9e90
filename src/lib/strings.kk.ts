/**
 * The interface in Kazakh (Cyrillic script): the same keys and functions as the English
 * (`Strings`), so a missing or misshapen one is a type error. Terms follow the translators'
 * glossary (data/TRANSLATING.md): «құжатталған оқиғалар», «құқық қорғаушы», «ереуіл».
 * A noun after a numeral stays singular in Kazakh («5 оқиға»), so the plural forms agree.
 * The month names are written here: Chromium formats a Kazakh date as "2011 M12 16".
 * Loaded as a chunk of its own only when the reader chooses Kazakh.
 */
import type { IncidentType } from '../data/vocabulary.ts';
import type { ExportStrings, Strings } from './strings.ts';
import { creditKk, documented, embedKk, incidents, mediaKk, n_, shareKk, yrs } from './strings.share.kk.ts';

const MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

export const t: Strings = {
  lang: 'kk',
  languageNames: { en: 'English', ru: 'Русский', kk: 'Қазақша' },
  language: 'Тіл',
  dates: {
    day: (day, month, year) => `${year} ж. ${day} ${MONTHS[month - 1]}`,
    month: (month, year) => `${year} ж. ${MONTHS[month - 1]}`,
    dayLong: (day, month, year) => `${year} жылғы ${day} ${MONTHS[month - 1]}`,
    monthLong: (month, year) => `${year} жылғы ${MONTHS[month - 1]}`,
    unknown: 'күні белгісіз',
  },
  /** Shown when our Russian or Kazakh data texts fail to load (LocalizedData). */
  textFailed: 'Қазақ тіліндегі мәтіндерімізді жүктеу мүмкін болмады; ағылшынша көрсетілді.',
  translationNote:
    'Орыс және қазақ тілдеріндегі мәтіндер — ағылшын тілінде жазылған өз түйіндемелеріміздің біз жасаған аудармасы; дереккөздерден алынған дәйексөздер түпнұсқа тілінде берілген.',
  appTitle: 'Қазақстан: 2009 жылдан бергі адам құқықтарына қатысты оқиғалар',
  appSubtitle:
    'Журналистерге шабуыл, наразылықтар, ұстау және экстрадиция — әр оқиғаны оны құжаттаған баяндамадан тексеруге болады.',
  loading: 'Оқиғалар туралы деректер жүктелуде…',
  loadFailed: (what) =>
    `Оқиғалар туралы деректер жүктелмеді (${what}). Бетті қайта жүктеңіз; қате қайталанса, сайттың деректер файлы бүлінген.`,
  types: {
    journalist_attack: 'Журналистке шабуыл',
    protest: 'Наразылық немесе ереуіл',
    detention: 'Ұстау',
    prosecution: 'Қудалау немесе айыппұл',
    extradition: 'Экстрадиция немесе қайтару',
    media_restriction: 'БАҚ-қа немесе сайтқа тыйым',
    organization_ban: 'Ұйымға тыйым салу',
    killing: 'Кісі өлтіру немесе қамауда қаза табу',
    torture: 'Азаптау немесе қатыгездік',
  },
  filters: {
    heading: 'Сүзгілер',
    types: 'Оқиға түрлері',
    allTypes: 'Барлық түрі',
    search: 'Адамдар, жерлер және мәтін бойынша іздеу',
    searchPlaceholder: 'мыс. Жовтис, Жаңаөзен, ереуіл',
    precise: 'Тек нақты жерлер',
    preciseHint: 'Дереккөздер тек облысын көрсеткен немесе орнын мүлде көрсетпеген оқиғаларды жасыру',
    clearPlace: (name) => `Жерді алып тастау: ${name}`,
    clearAll: 'Барлық сүзгіні тазарту',
    place: 'Жер',
    allPlaces: 'Барлық жер',
  },
  map: {
    heading: 'Карта',
    canvasLabel: 'Оқиғалардың қалалар мен облыстар бойынша интерактивті картасы',
    towns: 'Қалалар',
    regions: 'Облыстар',
    modeLabel: 'Оқиғаларды көрсету',
    loading: 'Карта жүктелуде…',
    noWebgl:
      'Картаны көрсету мүмкін емес: бұл браузерде WebGL өшірулі немесе қолдау көрсетілмейді. Төмендегі уақыт шкаласы, диаграммалар мен тізім жұмыс істейді.',
    codeFailed:
      'Картаны жүктеу мүмкін болмады: оның коды жүктелмеді. Қайталап көру үшін бетті қайта жүктеңіз. Төмендегі уақыт шкаласы, диаграммалар мен тізім жұмыс істейді.',
    codeFailedEmbed:
      'Картаны жүктеу мүмкін болмады: оның коды жүктелмеді. Қайталап көру үшін бетті қайта жүктеңіз немесе төмендегі сілтемені ашыңыз.',
    noWebglEmbed:
      'Картаны көрсету мүмкін емес: бұл браузерде WebGL өшірулі немесе қолдау көрсетілмейді. Төмендегі сілтеме бойынша барлық оқиға картасыз да тізілген.',
    notOnMap: 'Картада жоқ',
    unstated: 'Орны көрсетілмеген',
    regionOnly: (region) => `${region} (тек облысы)`,
    legendTypes: 'Оқиға түрлері',
    legendRegions: 'Облыстар бойынша оқиғалар',
    legendRegionOnly: 'Контурмен: облысы белгілі, қаласы көрсетілмеген',
    credit: 'Шекаралар © geoBoundaries (ODbL) · Natural Earth · Жерлер: GeoNames (CC BY 4.0)',
    townTooltip: (name, n) => `${name}: ${n} ${incidents(n)}`,
    townLinkedTooltip: (name, here, linked) =>
      `${name}: мұнда ${here} ${incidents(here)}, тағы ${linked} ${incidents(linked)} қаламен байланысты ` +
      `(дереккөздер оларды қаламен байланыстырады, бірақ сол жерде болды деп көрсетпейді)`,
    legendPlaced: (n) => `Дөңгелектер: қалаға жатқызылған ${n} ${incidents(n)}, түрлері бойынша:`,
    legendLinked: (n) =>
      `Сақиналар: дереккөздер қаламен (ондағы адам немесе сот арқылы) байланыстыратын, бірақ сол жерде болды деп көрсетпейтін ${n} ${incidents(n)}`,
    legendRegionsPlaced: 'Әр облысқа жатқызылған оқиғалар (байланысты қалалар есептелмейді)',
    basemapNames: {
      Russia: 'Ресей',
      China: 'Қытай',
      Kyrgyzstan: 'Қырғызстан',
      Uzbekistan: 'Өзбекстан',
      Turkmenistan: 'Түрікменстан',
      'Caspian Sea': 'Каспий теңізі',
      Turkistan: 'Түркістан',
    },
    controls: {
      'NavigationControl.ZoomIn': 'Үлкейту',
      'NavigationControl.ZoomOut': 'Кішірейту',
      'NavigationControl.ResetBearing': 'Солтүстікке бұру',
      'AttributionControl.ToggleAttribution': 'Карта дереккөздерін көрсету немесе жасыру',
    },
  },
  timeline: {
    heading: 'Уақыт шкаласы',
    window: 'Көрсетілген жылдар',
    start: 'Бірінші жыл',
    end: 'Соңғы жыл',
    all: 'Барлық жыл',
    play: 'Ойнату',
    pause: 'Кідірту',
    speed: 'Жылдамдық',
    mode: 'Ойнату тәсілі',
    modeWindow: 'Бір-бір жылдан',
    modeAccumulate: 'Жинақтап',
    hint: 'Бағыт пернелері жылдарды жылжытады, Home және End бірінші және соңғы жылға өтеді.',
  },
  charts: {
    section: 'Диаграммалар',
    perYear: 'Жылдар және түрлер бойынша оқиғалар',
    byType: 'Түрлер бойынша оқиғалар',
    topTowns: 'Оқиғалар ең көп болған қалалар',
    credit:
      'Дереккөз: Human Rights Watch және басқа ұйымдардың баяндамалары бойынша Қазақстандағы адам құқықтарына қатысты оқиғалар базасы',
    tableCaption: 'Диаграмма деректері',
    showTable: 'Деректерді кесте түрінде көрсету',
    year: 'Жыл',
    type: 'Түрі',
    town: 'Қала',
    count: 'Оқиғалар',
    total: 'Барлығы',
    none: 'Бұл іріктеуде оқиға жоқ.',
    showOnly: (type) => `Тек мынаны көрсету: ${type}`,
    selection: {
      someTypes: (n, of) => `${n} оқиға түрі (барлығы ${of})`,
      matching: (q) => `«${q}» сұрауы бойынша`,
      precise: 'тек нақты жерлер',
      highlighted: (years) => `белгіленген: ${years}`,
    },
    describe: {
      documented,
      perYear: (doc, years, peakYear, peak) => `${yrs(years)} ішінде ${doc}; ең көбі ${peakYear} жылы (${peak}).`,
      topType: (type, n, year, inYear) => `Ең жиі түрі — «${type}» (${n}), ең көбі ${year} жылы (${inYear}).`,
      selected: (years) => `Таңдалғаны: ${years}.`,
      byType: (doc, years, parts, more) =>
        `${yrs(years)} ішінде ${doc}: ${parts.map((p) => `${p.type.toLowerCase()} — ${p.n}`).join(', ')}${more ? ', басқа түрлері азырақ' : ''}.`,
      noTown: (years) => `${yrs(years)} ішінде дереккөздер ешбір қалаға жатқызған құжатталған оқиға жоқ.`,
      topTowns: (years, first, n, rest) =>
        `${yrs(years)} ішінде қалаға жатқызылған құжатталған оқиғалар ең көп болған қала — ${first} (${n})` +
        (rest.length ? `, одан кейін ${rest.map((r) => `${r.name} (${r.n})`).join(' және ')}.` : '.'),
      mapTowns: (doc, towns, years) => `${yrs(years)} ішінде дереккөздер ${towns} қалаға жатқызған ${doc}`,
      mapMost: (first, n, second) => `; ең көбі — ${first} (${n})${second ? `, одан кейін ${second.name} (${second.n})` : ''}.`,
      elsewhere: (n) => `Тағы ${n} ${incidents(n)} үшін дереккөздер қаланы атамайды.`,
    },
  },
  credit: creditKk,
  embed: embedKk,
  share: shareKk,
  list: {
    heading: (n) => `${n} ${incidents(n)}`,
    more: (n) => `Тағы ${n} көрсету`,
    empty: 'Бұл іріктеуге сәйкес оқиға жоқ.',
    source: 'Дереккөз',
    lines: (a, b) => (a === b ? `${a}-жол` : `${a}–${b} жолдар`),
    people: 'Адамдар',
    otherCountry: 'Басқа ел',
    otherCountryUnknown: 'дереккөз көрсетпеген',
    case: 'Бұл іс',
    close: 'Жабу',
    placeUnstated: 'Орны көрсетілмеген',
    dateNote: 'Күні',
    dateWithoutDay: (shown) => `${shown}, күні көрсетілмеген`,
    dateWithoutMonth: (shown) => `${shown}, айы көрсетілмеген`,
    outsideFilters: 'қазіргі сүзгілерден тыс',
    caseEnd: (when) => `Баяндамалар бұл істің соңғы күннен кейінгі барысын хабарламайды; соңғы күн: ${when}.`,
    caseHint: 'Дереккөздер күнін көрсеткен шамада, оқиғалардың болу ретімен.',
    countAnnounced: (n) => `Іріктеуде ${n} ${incidents(n)}`,
    skipToList: 'Оқиғалар тізіміне өту',
    citations: 'Дереккөздер және олар келтірген сөздер',
    passageLoading: 'Дәйексөздер жүктелуде…',
    passageFailed: (why) => `Дәйексөздерді жүктеу мүмкін болмады (${why}).`,
    passageMissing: 'Бұл дереккөздің дәйексөздері сайт деректерінде жоқ.',
    contextLine: '(контекст, дәйексөз емес)',
    placedIn: (town, n) => `Дереккөздер бойынша орны: ${town} (${n})`,
    linkedTo: (town, n) =>
      `${town} қаласымен байланысты, бірақ сонда болмаған (${n}): дереккөздер ${n_(n, 'оны', 'оларды')} қаламен ондағы адам, топ немесе сот арқылы байланыстырады`,
    linkedWhy: 'Байланысты қала (оқиға болған жер емес)',
    inDocument: (title) => `«${title}» дереккөзіне сілтеме жасайтын басқа жазбалар`,
    previous: 'Осы құжаттағы алдыңғы',
    next: 'Осы құжаттағы келесі',
    previousInDocument: (title) => `Осы құжаттағы алдыңғы: ${title}`,
    nextInDocument: (title) => `Осы құжаттағы келесі: ${title}`,
    positionInDocument: (i, n) => `оған сілтеме жасайтын ${n} жазбаның ішінен №${i}`,
    quotationCredit:
      'Келтірілген үзінділер — сілтеме үшін алынған қысқа үзінділер, олардың құқықтары баспагерлерде қалады; сұр түспен дәйексөз жолдарының айналасындағы контекст жолдары көрсетілген.',
  },
  coverage: {
    notCovered: 'қамтылмаған',
    partlyCovered: 'ішінара қамтылған',
    keyNone: 'Бұл жылды ешбір баяндама қамтымайды',
    keyPartial: 'Ішінара қамтылған: тек жекелеген оқиғалар',
    noneAt: (years) => `${yrs(years)} ешбір баяндамада қамтылмаған: бұл деректің жоқтығы, оқиғалардың жоқтығы емес.`,
    how: { annual: 'жылдық шолу', period: 'жекелеген оқиғалар', passing: 'жанама түрде' },
    year: (year, docs) => `${year}: ${docs}.`,
    uneven: (parts) => `Баяндамалар бұл жылдарды біркелкі қамтымайды: ${parts.join('; ')}.`,
    fullPart: (years) => `${years} — жылдық шолуларда`,
    partialPart: (years) => `${years} — тек ішінара (жекелеген оқиғалар)`,
    nonePart: (years) => `${years} — ешбір баяндамада жоқ`,
    allFull: (years) => `${years}: әр жыл жылдық шолуда қамтылған.`,
    allPartial: (years) => `${years}: баяндамалар бұл жылдардың тек жекелеген оқиғаларын қамтиды.`,
    oneFull: (year) => `${year}: жылдық шолуда қамтылған.`,
    onePartial: (year) => `${year}: баяндамалар бұл жылдың тек жекелеген оқиғаларын қамтиды.`,
    notTotals: 'Сандар — баяндамалар құжаттаған оқиғалар, жалпы саны емес.',
    notTrend: 'Сандар — баяндамалар құжаттаған оқиғалар, жалпы саны емес: оларды үрдіс ретінде оқымаңыз.',
    column: 'Жылды қамтитын баяндамалар',
    yearLabel: (year, n) => `${year}: ${documented(n)}.`,
    years: 'Жылдар',
  },
  context: {
    show: 'Контекстті көрсету: заңдар, сайлау, мәлімдемелер және сапарлар',
    kinds: { law: 'Заң', election: 'Сайлау', statement: 'Мәлімдеме', visit: 'Сапар', other: 'Басқа оқиға' },
    list: (n, years) => `Контекст: ${yrs(years)} ішінде ${n} ${n_(n, 'оқиға', 'оқиға')}`,
    none: (years) => `${yrs(years)} ішінде контекст жазбасы жоқ.`,
    source: (where) => `Дереккөз: ${where}`,
    notIncidents: 'Контекст жазбалары оқиға емес және есептелмейді.',
  },
  footer:
    'Деректер: Human Rights Watch және басқа ұйымдардың баяндамалары бойынша кодталған оқиғалар (әр оқиға өз құжаты мен жолдарына сілтеме жасайды). ' +
    'Шекаралар © geoBoundaries (ODbL 1.0); көрші елдер: Natural Earth; жерлер: GeoNames (CC BY 4.0).',
  media: mediaKk,
  offline: {
    updateReady: 'Жаңа деректер немесе картаның жаңа нұсқасы бар.',
    reload: 'Қайта жүктеу',
  },
};

export const exportStrings: ExportStrings = {
  country: 'Қазақстан',
  headline: (n, types: readonly IncidentType[], where, years) => {
    const count = n === 0 ? 'құжатталған оқиға жоқ' : documented(n);
    const what =
      types.length === 0
        ? ''
        : types.length > 3
          ? ` (${types.length} түрі)`
          : ` (${types.map((type) => t.types[type].toLowerCase()).join('; ')})`;
    return `${where}, ${years}: ${count}${what}`;
  },
  highlighted: (n, years) => `; ${years}: ${n}`,
  topTowns: (towns, limit, where) => (towns >= limit ? `${where}: оқиғалар ең көп ${limit} қала` : `${where}: ${towns} қала`),
  unstated: 'Қазақстан (орны көрсетілмеген)',
  placed: (where) => `${where}: қалалар`,
  townWithLinked: (town) => `${town}, Қазақстан (сонда болған немесе дереккөздер қаламен байланыстырған)`,
  inRegions: (where) => `${where}: облыстар бойынша`,
  typesLine: (names) => `Түрлері: ${names.join(', ')}`,
  embedNoSearch: (q, n) =>
    `Ендіру «${q}» мәтіндік іздеуін бере алмайды: ол төмендегі алдын ала қарау сияқты осы жылдардың, түрлердің және жердің барлық ${n} оқиғасын көрсетеді.`,
  downloadsSearch: (q, n) =>
    `Суреттер мен деректер файлдары «${q}» мәтіндік іздеуін ескереді: оларда ${n} ${incidents(n)}, бұл тақырыпшада және файл атауында айтылады.`,
  titleField: 'Тақырып (деректерден жазылған; оны өзгертуге болады)',
  resetTitle: 'Деректерден жазылған тақырыпты қайтару',
  noteField: 'Ескертпе (бір жол, міндетті емес)',
  previewOf: 'Алдын ала қарау:',
  previews: { png: 'Сурет', card: 'Әлеуметтік желіге арналған карточка' },
  previewLoading: 'Алдын ала қарау сызылуда…',
  searchPart: 'search',
};
