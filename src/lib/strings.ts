/**
 * Every user-facing string of the explorer, in English here and in `strings.share.ts` (the
 * credit line, embeds, the share dialog, images, video and what exports say), and in Russian
 * and Kazakh in sibling files of the same type (`strings.ru.ts` with `strings.share.ru.ts`,
 * `strings.kk.ts` with `strings.share.kk.ts`: a missing key or a function of another shape
 * is a type error there).
 *
 * No i18n library: a typed object per language plus `Intl.PluralRules` costs nothing in the
 * English bundle (measured gzip: Lingui 2.5 KB, react-intl 15 KB, i18next with react-i18next
 * 19 KB), and the other languages load as chunks of their own only when chosen.
 * `t` and `exportStrings` are live bindings: `loadStrings()` swaps them before the app
 * re-renders in the new language (src/features/language/Localized.tsx).
 */
import type { Lang } from '../data/lang.ts';
import type { IncidentType } from '../data/vocabulary.ts';
import { creditEn, embedEn, exportStringsEn, mediaEn, n_, shareEn } from './strings.share.ts';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const en = {
  lang: 'en' as Lang,
  /** The name of each language in itself, for the switch. */
  languageNames: { en: 'English', ru: 'Русский', kk: 'Қазақша' } satisfies Record<Lang, string>,
  language: 'Language',
  /** Dates at the precision the source gives them; `month` is 1–12. */
  dates: {
    /** "8 Aug 2011" */
    day: (day: number, month: number, year: string) => `${day} ${SHORT_MONTHS[month - 1]} ${year}`,
    /** "Aug 2011" */
    month: (month: number, year: string) => `${SHORT_MONTHS[month - 1]} ${year}`,
    /** "8 October 2012" */
    dayLong: (day: number, month: number, year: string) => `${day} ${MONTHS[month - 1]} ${year}`,
    /** "November 2012" */
    monthLong: (month: number, year: string) => `${MONTHS[month - 1]} ${year}`,
    unknown: 'date unknown',
  },
  /** Said wherever our summaries may be read in translation (the footer). */
  /** Shown when our Russian or Kazakh data texts fail to load (LocalizedData). */
  textFailed: 'Our translated summaries could not be loaded; showing English.',
  translationNote:
    'The Russian and Kazakh texts are our translations of our English summaries; quoted sources stay in their original language.',
  appTitle: 'Kazakhstan: human-rights incidents since 2009',
  appSubtitle: 'Attacks on journalists, protests, detentions and extraditions, each traceable to the report that documents it.',
  loading: 'Loading the incident data…',
  loadFailed: (what: string) =>
    `The incident data could not be loaded (${what}). Reload the page; if it persists, the site's data file is damaged.`,
  types: {
    journalist_attack: 'Attack on journalist',
    protest: 'Protest or strike',
    detention: 'Detention',
    prosecution: 'Prosecution or fine',
    extradition: 'Extradition or return',
    media_restriction: 'Media or website ban',
    organization_ban: 'Organisation banned',
    killing: 'Killing or death in custody',
    torture: 'Torture or ill-treatment',
  } satisfies Record<IncidentType, string>,
  filters: {
    heading: 'Filters',
    types: 'Incident types',
    allTypes: 'All types',
    search: 'Search people, places and text',
    searchPlaceholder: 'e.g. Zhovtis, Zhanaozen, strike',
    precise: 'Precise places only',
    preciseHint: 'Hide incidents the sources place only in a region, or nowhere',
    clearPlace: (name: string) => `Clear place: ${name}`,
    clearAll: 'Clear all filters',
    place: 'Place',
    allPlaces: 'All places',
  },
  map: {
    heading: 'Map',
    canvasLabel: 'Interactive map of incidents by town and region',
    towns: 'Towns',
    regions: 'Regions',
    modeLabel: 'Show incidents by',
    loading: 'Loading the map…',
    noWebgl:
      'The map cannot be shown: this browser has WebGL turned off or unsupported. The timeline, charts and list below still work.',
    codeFailed:
      'The map could not be loaded: its code did not arrive. Reload the page to try again. The timeline, charts and list below still work.',
    codeFailedEmbed:
      'The map could not be loaded: its code did not arrive. Reload the page to try again, or follow the link below to the explorer.',
    noWebglEmbed:
      'The map cannot be shown: this browser has WebGL turned off or unsupported. The explorer, linked below, lists every incident without it.',
    notOnMap: 'Not on the map',
    unstated: 'Place not stated',
    regionOnly: (region: string) => `${region} (region only)`,
    legendTypes: 'Incident types',
    legendRegions: 'Incidents per region',
    legendRegionOnly: 'Outlined: region known, town not stated',
    credit: 'Boundaries © geoBoundaries (ODbL) · Natural Earth · Places: GeoNames (CC BY 4.0)',
    townTooltip: (name: string, n: number) => `${name}: ${n} ${n_(n, 'incident', 'incidents')}`,
    townLinkedTooltip: (name: string, here: number, linked: number) =>
      `${name}: ${here} ${n_(here, 'incident', 'incidents')} here, ${linked} linked (the sources tie ${n_(linked, 'it', 'them')} to the town without placing ${n_(linked, 'it', 'them')} there)`,
    legendPlaced: (n: number) => `Pies: ${n} ${n_(n, 'incident', 'incidents')} placed in a town, by type:`,
    legendLinked: (n: number) =>
      `Rings: ${n} ${n_(n, 'incident', 'incidents')} the sources tie to a town (a person or court there) without placing ${n_(n, 'it', 'them')} there`,
    legendRegionsPlaced: 'Incidents placed in each region (linked towns not counted)',
    /**
     * The basemap's names other than our towns (neighbouring countries, the Caspian, Turkistan),
     * keyed by the basemap's English name; a name not listed shows as the basemap has it.
     */
    basemapNames: {} as Readonly<Record<string, string>>,
    /** MapLibre's labels of the controls we show (its `locale` option). */
    controls: {
      'NavigationControl.ZoomIn': 'Zoom in',
      'NavigationControl.ZoomOut': 'Zoom out',
      'NavigationControl.ResetBearing': 'Reset bearing to north',
      'AttributionControl.ToggleAttribution': 'Toggle attribution',
    },
  },
  timeline: {
    heading: 'Timeline',
    window: 'Years shown',
    start: 'First year',
    end: 'Last year',
    all: 'All years',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    mode: 'Playback',
    modeWindow: 'One year at a time',
    modeAccumulate: 'Accumulate',
    hint: 'Arrow keys move the years, Home and End jump to the first and last year.',
  },
  charts: {
    section: 'Charts',
    perYear: 'Incidents per year, by type',
    byType: 'Incidents by type',
    topTowns: 'Towns with the most incidents',
    credit: 'Source: Kazakhstan rights incidents dataset, coded from Human Rights Watch and other reports',
    tableCaption: 'Data of the chart',
    showTable: 'Show the data as a table',
    year: 'Year',
    type: 'Type',
    town: 'Town',
    count: 'Incidents',
    total: 'Total',
    none: 'No incidents in this selection.',
    showOnly: (type: string) => `Show only: ${type}`,
    selection: {
      someTypes: (n: number, of: number) => `${n} of ${of} incident types`,
      matching: (q: string) => `matching “${q}”`,
      precise: 'precise places only',
      highlighted: (years: string) => `highlighted: ${years}`,
    },
    /** The charts' text alternatives, written from the data (describeCharts.ts). */
    describe: {
      documented: (n: number) => `${n} documented ${n_(n, 'incident', 'incidents')}`,
      perYear: (documented: string, years: string, peakYear: number, peak: number) =>
        `${documented} from ${years}; the most in ${peakYear} (${peak}).`,
      topType: (type: string, n: number, year: number, inYear: number) =>
        `${type} is the most frequent type (${n}), peaking in ${year} with ${inYear}.`,
      selected: (years: string) => `Selected: ${years}.`,
      byType: (documented: string, years: string, parts: { type: string; n: number }[], more: boolean) =>
        `${documented} in ${years}: ${parts.map((p) => `${p.type.toLowerCase()} ${p.n}`).join(', ')}${more ? ', and fewer of other types' : ''}.`,
      noTown: (years: string) => `No documented incident the sources place in a town in ${years}.`,
      topTowns: (years: string, first: string, n: number, rest: { name: string; n: number }[]) =>
        `In ${years}, ${first} has the most documented incidents placed in a town (${n})` +
        (rest.length ? `, followed by ${rest.map((r) => `${r.name} (${r.n})`).join(' and ')}.` : '.'),
      mapTowns: (documented: string, towns: number, years: string) =>
        `${documented} the sources place in ${towns} ${n_(towns, 'town', 'towns')} in ${years}`,
      mapMost: (first: string, n: number, second: { name: string; n: number } | null) =>
        `; the most in ${first} (${n})${second ? `, then ${second.name} (${second.n})` : ''}.`,
      elsewhere: (n: number) => `${n} more ${n_(n, 'has', 'have')} no town in the sources.`,
    },
  },
  credit: creditEn,
  embed: embedEn,
  share: shareEn,
  list: {
    heading: (n: number) => `${n} ${n_(n, 'incident', 'incidents')}`,
    more: (n: number) => `Show ${n} more`,
    empty: 'No incident matches this selection.',
    source: 'Source',
    lines: (a: number, b: number) => (a === b ? `line ${a}` : `lines ${a}–${b}`),
    people: 'People',
    otherCountry: 'Other country',
    otherCountryUnknown: 'not stated by the source',
    case: 'This case',
    close: 'Close',
    placeUnstated: 'Place not stated',
    dateNote: 'Date',
    dateWithoutDay: (shown: string) => `${shown}, day not stated`,
    dateWithoutMonth: (shown: string) => `${shown}, month not stated`,
    outsideFilters: 'outside the current filters',
    caseEnd: (when: string) => `The reports say nothing of this case after ${when}.`,
    caseHint: 'In the order the events happened, as far as the sources date them.',
    countAnnounced: (n: number) => `${n} ${n_(n, 'incident', 'incidents')} in the selection`,
    skipToList: 'Skip to the list of incidents',
    citations: 'Sources and the words they cite',
    passageLoading: 'Loading the cited words…',
    passageFailed: (why: string) => `The cited words could not be loaded (${why}).`,
    passageMissing: 'The cited words of this source are not in the site’s data.',
    contextLine: '(context, not cited)',
    placedIn: (town: string, n: number) => `Placed in ${town} by the sources (${n})`,
    linkedTo: (town: string, n: number) =>
      `Linked to ${town}, not placed there (${n}): the sources tie ${n_(n, 'it', 'them')} to the town through a person, group or court there`,
    linkedWhy: 'Linked town (not where it happened)',
    inDocument: (title: string) => `Other records citing “${title}”`,
    previous: 'Previous in this document',
    next: 'Next in this document',
    // The accessible names start with the visible text (WCAG 2.5.3), then name the record.
    previousInDocument: (title: string) => `Previous in this document: ${title}`,
    nextInDocument: (title: string) => `Next in this document: ${title}`,
    positionInDocument: (i: number, n: number) => `record ${i} of ${n} citing it`,
    quotationCredit:
      'The quoted passages are short extracts for citation, credited to their publishers, who keep the rights to them; lines in grey are context around the cited lines.',
  },
  coverage: {
    notCovered: 'not covered',
    partlyCovered: 'partly covered',
    keyNone: 'No report covers this year',
    keyPartial: 'Partly covered: selected events only',
    /** "No report covers 2013: no data, not no incidents." */
    noneAt: (years: string) => `No report covers ${years}: no data, not no incidents.`,
    how: { annual: 'annual review', period: 'selected events', passing: 'in passing' },
    /** "2011: HRW World Report 2012 (events of 2011), annual review; …" */
    year: (year: number, docs: string) => `${year}: ${docs}.`,
    /** Coverage of a selection of years whose coverage differs from year to year. */
    uneven: (parts: string[]) => `The reports cover these years unevenly: ${parts.join('; ')}.`,
    fullPart: (years: string) => `${years} reviewed in annual reports`,
    partialPart: (years: string) => `${years} only partly (selected events)`,
    nonePart: (years: string) => `no report covers ${years}`,
    allFull: (years: string) => `${years}: each year covered by an annual review.`,
    allPartial: (years: string) => `${years}: the reports cover only selected events of these years.`,
    oneFull: (year: string) => `${year}: covered by an annual review.`,
    onePartial: (year: string) => `${year}: the reports cover only selected events of this year.`,
    notTotals: 'Counts are incidents the reports document, not totals.',
    notTrend: 'Counts are incidents the reports document, not totals: do not read them as a trend.',
    column: 'Reports covering the year',
    yearLabel: (year: number, n: number) => `${year}: ${n} documented ${n_(n, 'incident', 'incidents')}.`,
    years: 'Years',
  },
  context: {
    show: 'Show context: laws, elections, statements and visits',
    kinds: { law: 'Law', election: 'Election', statement: 'Statement', visit: 'Visit', other: 'Other event' } as Record<
      string,
      string
    >,
    list: (n: number, years: string) => `Context: ${n} ${n_(n, 'event', 'events')} in ${years}`,
    none: (years: string) => `No context record in ${years}.`,
    source: (where: string) => `Source: ${where}`,
    notIncidents: 'Context records are not incidents and are not counted.',
  },
  media: mediaEn,
  footer:
    'Data: incidents coded from reports by Human Rights Watch and others (each incident cites its document and lines). ' +
    'Boundaries © geoBoundaries (ODbL 1.0); neighbouring countries: Natural Earth; places: GeoNames (CC BY 4.0).',
  // Offline use and updates (src/features/offline/).
  offline: {
    updateReady: 'New data or a new version of the map is available.',
    reload: 'Reload',
  },
};

export type Strings = typeof en;
export type ExportStrings = typeof exportStringsEn;

/** The strings of the language shown now: live bindings, swapped by `loadStrings`. */
export let t: Strings = en;
export let exportStrings: ExportStrings = exportStringsEn;

const loaders: Record<Lang, () => Promise<{ t: Strings; exportStrings: ExportStrings }>> = {
  en: () => Promise.resolve({ t: en, exportStrings: exportStringsEn }),
  ru: () => import('./strings.ru.ts'),
  kk: () => import('./strings.kk.ts'),
};

let wanted: Lang = 'en';

/**
 * Loads a language's strings (a chunk of its own) and makes them the ones `t` reads; of
 * calls that overlap, the last one wins.
 */
export async function loadStrings(lang: Lang): Promise<void> {
  wanted = lang;
  const m = await loaders[lang]();
  if (wanted !== lang) return;
  t = m.t;
  exportStrings = m.exportStrings;
}
