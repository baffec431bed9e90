/**
 * The Russian words of the credit line, the embed, the share dialog and the map as an image
 * and the years as a video, with the word forms both Russian files use; strings.ru.ts
 * composes them into its `t` (and keeps the export strings, which name its types).
 */
import { plural } from './plural.ts';
import type { Strings } from './strings.ts';

/** The form of a word for a count: n_(5, 'инцидент', 'инцидента', 'инцидентов'). */
export const n_ = (n: number, one: string, few: string, many: string) => plural('ru', n, { one, few, many, other: few });
/** A decimal with a comma, as Russian and Kazakh write it: decimal(1.5, 2) is "1,50". */
const decimal = (x: number, digits: number) => x.toFixed(digits).replace('.', ',');
export const incidents = (n: number) => n_(n, 'инцидент', 'инцидента', 'инцидентов');
/** "за 2011 г.", "за 2010–2012 гг." */
export const yrs = (years: string) => `${years} ${/[–,]/.test(years) ? 'гг.' : 'г.'}`;
export const documented = (n: number) =>
  `${n} ${n_(n, 'задокументированный', 'задокументированных', 'задокументированных')} ${incidents(n)}`;

export const creditRu: Strings['credit'] = {
  data: (shown, all, reports, publishers, others, years) =>
    `Данные: ${shown === all ? `${all} ${n_(all, 'инцидент, закодированный', 'инцидента, закодированных', 'инцидентов, закодированных')}` : `${shown} из ${all} ${n_(all, 'инцидента', 'инцидентов', 'инцидентов')}, закодированных`} ` +
    `по ${reports} ${n_(reports, 'докладу', 'докладам', 'докладам')} (${publishers.join(', ')}${others ? ' и другие' : ''}${years ? `, ${yrs(years)}` : ''}), каждый со ссылкой на строки`,
  updated: (day) => `Данные обновлены ${day}`,
  licence: 'Кодирование: база инцидентов в сфере прав человека в Казахстане, CC BY 4.0',
};

export const embedRu: Strings['embed'] = {
  explore: 'Изучить и проверить каждый инцидент',
  loading: 'Загрузка…',
  mapTitle: (years) => `Где происходили инциденты, ${years}`,
  mapRegionsTitle: (years) => `Инциденты по областям, ${years}`,
};

export const shareRu: Strings['share'] = {
  open: 'Поделиться / встроить',
  openFor: (chart) => `Поделиться / встроить: ${chart}`,
  codeFailed: 'Не удалось загрузить код окна «Поделиться / встроить». Перезагрузите страницу, чтобы попробовать снова.',
  title: 'Поделиться, встроить или скачать этот вид',
  close: 'Закрыть',
  link: 'Ссылка на этот вид',
  copy: 'Копировать',
  copied: 'Скопировано',
  embed: 'Встроить в веб-страницу',
  chart: 'Диаграмма',
  charts: { perYear: 'По годам и типам', byType: 'По типам', topTowns: 'Ведущие города', map: 'Малая карта' },
  theme: 'Оформление',
  themes: { auto: 'Как у читателя', light: 'Светлое', dark: 'Тёмное' },
  showTitle: 'Показывать заголовок',
  resize: 'Подгонять высоту (добавляет небольшой скрипт)',
  showContext: 'Отмечать контекст: законы, выборы, заявления, визиты (во встраивании и изображениях)',
  snippet: 'Код для вставки',
  preview: 'Предпросмотр',
  downloads: 'Скачать',
  png: 'Изображение PNG (2×)',
  svg: 'SVG (для печати)',
  card: 'Карточка для соцсетей',
  csv: (n) => `CSV с README, в архиве ZIP (${n} ${incidents(n)})`,
  geojson: 'GeoJSON',
  altText: 'Текстовая альтернатива (используйте её как alt-текст изображения)',
  mapImagesNote: 'Изображения создаются из диаграмм; карту можно встроить как малую карту.',
  failed: (what) => `Не удалось создать файл: ${what}`,
};

export const mediaRu: Strings['media'] = {
  heading: 'Изображение карты и видео по годам',
  mapPng: 'Карта PNG (2×, для экрана)',
  mapPrint: 'Карта PNG (для печати, 300 dpi)',
  mapSubtitle: (mode) => `Карта инцидентов (${mode})`,
  notOnMap: 'Не на карте',
  unstated: (n) => `Место не указано: ${n}`,
  regionOnly: (n) => `Известна область, город не указан: ${n} (обведённые области)`,
  areas: (list) => `Местности без города: ${list}`,
  linked: (n) => `Связаны с городом, но не отнесены к нему: ${n} (кольца)`,
  legendPies: 'Круговые диаграммы: инциденты, отнесённые к городу, по типам; число — их количество',
  legendRegions: 'Инциденты, отнесённые к каждой области',
  legendRing: 'Кольцо: инциденты, связанные с городом, но не отнесённые к нему',
  video: 'Видео по годам',
  size: 'Размер видео',
  sizes: {
    landscape: 'Рядом, 1920×1080',
    square: 'Квадрат, 1080×1080',
    vertical: 'Друг под другом, 1080×1920',
  },
  secondsPerYear: (n, hold, years) =>
    `Каждый год — ${n} ${n_(n, 'секунда', 'секунды', 'секунд')}, последний задерживается ещё на ${hold} ${n_(hold, 'секунду', 'секунды', 'секунд')} (${years} × ${n} с + ${hold} с).`,
  makeVideo: 'Создать видео',
  makeGif: 'Анимированный GIF',
  making: (what) => `Создание: ${what} (на этом устройстве)…`,
  progress: 'Ход работы',
  cancel: 'Отмена',
  cancelled: 'Отменено.',
  done: (name, bytes, seconds) => `Создан файл ${name} (${decimal(bytes / 1e6, 2)} МБ) за ${decimal(seconds, 1)} с.`,
  failed: (what) => `Не удалось создать видео: ${what}`,
  noVideo: 'Этот браузер не может ни создать видео через WebCodecs, ни записать canvas; попробуйте GIF.',
  local: 'Всё рисуется и кодируется на этом устройстве; ничего не загружается на сервер.',
  yearCount: (n) => documented(n),
  yearCountPlaced: (n) => `${n} ${n_(n, 'отмечен', 'отмечены', 'отмечено')} на карте`,
  noReport: (year) => `Ни один доклад не охватывает ${year} год`,
  noReportSub: 'Нет данных за этот год, а это не то же самое, что отсутствие инцидентов.',
  partial: 'Частично: только отдельные события',
  perYearTitle: 'Задокументированные инциденты по годам',
  notCoveredBar: 'нет данных',
  cardSize: 'Размер карточки',
  cardSizes: { landscape: '1200×675', square: '1080×1080', vertical: '1080×1920' },
};
