/**
 * The Kazakh words of the credit line, the embed, the share dialog and the map as an image
 * and the years as a video, with the word forms both Kazakh files use; strings.kk.ts
 * composes them into its `t` (and keeps the export strings, which name its types).
 */
import { plural } from './plural.ts';
import type { Strings } from './strings.ts';

export const n_ = (n: number, one: string, other: string) => plural('kk', n, { one, other });
/** A decimal with a comma, as Russian and Kazakh write it: decimal(1.5, 2) is "1,50". */
const decimal = (x: number, digits: number) => x.toFixed(digits).replace('.', ',');
export const incidents = (n: number) => n_(n, 'оқиға', 'оқиға');
export const documented = (n: number) => `${n} құжатталған ${incidents(n)}`;
/** "2011 ж." for a year, "2010–2012 жж." for years. */
export const yrs = (years: string) => `${years} ${/[–,]/.test(years) ? 'жж.' : 'ж.'}`;

export const creditKk: Strings['credit'] = {
  data: (shown, all, reports, publishers, others, years) =>
    `Деректер: ${shown === all ? '' : `${all} оқиғаның ішінен `}${shown} ${incidents(shown)}, ${reports} баяндама бойынша кодталған ` +
    `(${publishers.join(', ')}${others ? ' және басқалар' : ''}${years ? `, ${yrs(years)}` : ''}), әрқайсысы жолдарына сілтемемен`,
  updated: (day) => `Деректер жаңартылған күн: ${day}`,
  licence: 'Кодтау: Қазақстандағы адам құқықтарына қатысты оқиғалар базасы, CC BY 4.0',
};

export const embedKk: Strings['embed'] = {
  explore: 'Әр оқиғаны зерттеу және тексеру',
  loading: 'Жүктелуде…',
  mapTitle: (years) => `Оқиғалар болған жерлер, ${years}`,
  mapRegionsTitle: (years) => `Облыстар бойынша оқиғалар, ${years}`,
};

export const shareKk: Strings['share'] = {
  open: 'Бөлісу / ендіру',
  openFor: (chart) => `Бөлісу / ендіру: ${chart}`,
  codeFailed: '«Бөлісу / ендіру» терезесінің коды жүктелмеді. Қайталап көру үшін бетті қайта жүктеңіз.',
  title: 'Бұл көріністі бөлісу, ендіру немесе жүктеп алу',
  close: 'Жабу',
  link: 'Бұл көрініске сілтеме',
  copy: 'Көшіру',
  copied: 'Көшірілді',
  embed: 'Веб-бетке ендіру',
  chart: 'Диаграмма',
  charts: { perYear: 'Жылдар және түрлер', byType: 'Түрлер', topTowns: 'Алдыңғы қалалар', map: 'Шағын карта' },
  theme: 'Безендіру',
  themes: { auto: 'Оқырманның таңдауы', light: 'Ашық', dark: 'Күңгірт' },
  showTitle: 'Тақырыпты көрсету',
  resize: 'Биіктікті сыйдыру (шағын скрипт қосылады)',
  showContext: 'Контекстті белгілеу: заңдар, сайлау, мәлімдемелер, сапарлар (ендіру мен суреттерде)',
  snippet: 'Қоюға арналған код',
  preview: 'Алдын ала қарау',
  downloads: 'Жүктеп алу',
  png: 'PNG суреті (2×)',
  svg: 'SVG (басып шығаруға)',
  card: 'Әлеуметтік желіге арналған карточка',
  csv: (n) => `README бар CSV, ZIP мұрағатында (${n} ${incidents(n)})`,
  geojson: 'GeoJSON',
  altText: 'Мәтіндік балама (оны суреттің alt мәтіні ретінде қолданыңыз)',
  mapImagesNote: 'Суреттер диаграммалардан жасалады; картаның орнына шағын картаны ендіріңіз.',
  failed: (what) => `Файлды жасау мүмкін болмады: ${what}`,
};

export const mediaKk: Strings['media'] = {
  heading: 'Карта суреті және жылдар бойынша бейне',
  mapPng: 'Карта PNG (2×, экранға)',
  mapPrint: 'Карта PNG (басып шығаруға, 300 dpi)',
  mapSubtitle: (mode) => `Оқиғалар картасы: ${mode} бойынша`,
  notOnMap: 'Картада жоқ',
  unstated: (n) => `Орны көрсетілмеген: ${n}`,
  regionOnly: (n) => `Облысы белгілі, қаласы көрсетілмеген: ${n} (контурмен белгіленген облыстар)`,
  areas: (list) => `Қаласы жоқ аумақтар: ${list}`,
  linked: (n) => `Қаламен байланысты, бірақ сонда орналастырылмаған: ${n} (сақиналар)`,
  legendPies: 'Дөңгелек диаграммалар: қалада орналастырылған оқиғалар, түрі бойынша; сан — олардың саны',
  legendRegions: 'Әр облысқа орналастырылған оқиғалар',
  legendRing: 'Сақина: қаламен байланысты, бірақ сонда орналастырылмаған оқиғалар',
  video: 'Жылдар бойынша бейне',
  size: 'Бейне өлшемі',
  sizes: {
    landscape: 'Қатар, 1920×1080',
    square: 'Шаршы, 1080×1080',
    vertical: 'Бірінің астында бірі, 1080×1920',
  },
  secondsPerYear: (n, hold, years) => `Әр жыл — ${n} секунд, соңғысы тағы ${hold} секунд тұрады (${years} × ${n} с + ${hold} с).`,
  makeVideo: 'Бейне жасау',
  makeGif: 'Анимациялық GIF',
  making: (what) => `${what} осы құрылғыда жасалуда…`,
  progress: 'Барысы',
  cancel: 'Бас тарту',
  cancelled: 'Тоқтатылды.',
  done: (name, bytes, seconds) => `${name} (${decimal(bytes / 1e6, 2)} МБ) ${decimal(seconds, 1)} секундта жасалды.`,
  failed: (what) => `Бейнені жасау мүмкін болмады: ${what}`,
  noVideo: 'Бұл браузер WebCodecs бейнесін де, canvas жазбасын да жасай алмайды; GIF-ті қолданып көріңіз.',
  local: 'Бәрі осы құрылғыда сызылып, кодталады; ештеңе серверге жүктелмейді.',
  yearCount: (n) => documented(n),
  yearCountPlaced: (n) => `${n} картада белгіленген`,
  noReport: (year) => `${year} жылды ешбір баяндама қамтымайды`,
  noReportSub: 'Бұл жыл бойынша дерек жоқ, бұл оқиғалардың жоқтығымен бірдей емес.',
  partial: 'Ішінара қамтылған: тек жекелеген оқиғалар',
  perYearTitle: 'Жылдар бойынша құжатталған оқиғалар',
  notCoveredBar: 'қамтылмаған',
  cardSize: 'Карточка өлшемі',
  cardSizes: { landscape: '1200×675', square: '1080×1080', vertical: '1080×1920' },
};
