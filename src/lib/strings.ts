/**
 * Every user-facing string of the explorer, in one place, so Russian and Kazakh versions
 * can follow as sibling objects of the same shape.
 */
import type { IncidentType } from '../data/vocabulary.ts';

export const en = {
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
    noWebglEmbed:
      'The map cannot be shown: this browser has WebGL turned off or unsupported. The explorer, linked below, lists every incident without it.',
    notOnMap: 'Not on the map',
    unstated: 'Place not stated',
    regionOnly: (region: string) => `${region} (region only)`,
    legendTypes: 'Incident types',
    legendRegions: 'Incidents per region',
    legendRegionOnly: 'Outlined: region known, town not stated',
    credit: 'Boundaries © geoBoundaries (ODbL) · Natural Earth · Places: GeoNames (CC BY 4.0)',
    townTooltip: (name: string, n: number) => `${name}: ${n} incident${n === 1 ? '' : 's'}`,
    townLinkedTooltip: (name: string, here: number, linked: number) =>
      `${name}: ${here} incident${here === 1 ? '' : 's'} here, ${linked} linked (the sources tie ${linked === 1 ? 'it' : 'them'} to the town without placing ${linked === 1 ? 'it' : 'them'} there)`,
    legendPlaced: (n: number) => `Pies: ${n} incident${n === 1 ? '' : 's'} placed in a town, by type:`,
    legendLinked: (n: number) =>
      `Rings: ${n} incident${n === 1 ? '' : 's'} the sources tie to a town (a person or court there) without placing ${n === 1 ? 'it' : 'them'} there`,
    legendRegionsPlaced: 'Incidents placed in each region (linked towns not counted)',
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
    selection: {
      someTypes: (n: number, of: number) => `${n} of ${of} incident types`,
      matching: (q: string) => `matching “${q}”`,
      precise: 'precise places only',
      highlighted: (years: string) => `highlighted: ${years}`,
    },
  },
  credit: {
    data: (shown: number, incidents: number, reports: number, publishers: string[], others: boolean, years: string) =>
      `Data: ${shown === incidents ? '' : `${shown} of `}${incidents} incidents coded from ${reports} report${reports === 1 ? '' : 's'} by ${publishers.join(', ')}${others ? ' and others' : ''}` +
      `${years ? ` (published ${years})` : ''}, each cited by line`,
    updated: (day: string) => `Data updated ${day}`,
    licence: 'Coding: Kazakhstan rights incidents dataset, CC BY 4.0',
  },
  embed: {
    explore: 'Explore and check every incident',
    loading: 'Loading…',
    mapTitle: (years: string) => `Where incidents happened, ${years}`,
    mapRegionsTitle: (years: string) => `Incidents per region, ${years}`,
  },
  share: {
    open: 'Share / embed',
    openFor: (chart: string) => `Share / embed: ${chart}`,
    title: 'Share, embed or download this view',
    close: 'Close',
    link: 'Link to this view',
    copy: 'Copy',
    copied: 'Copied',
    embed: 'Embed in a web page',
    chart: 'Chart',
    charts: { perYear: 'Per year, by type', byType: 'By type', topTowns: 'Top towns', map: 'Small map' },
    theme: 'Theme',
    themes: { auto: "Reader's preference", light: 'Light', dark: 'Dark' },
    showTitle: 'Show the title',
    resize: 'Resize to fit (adds a small script)',
    showContext: 'Mark context: laws, elections, statements, visits (embed and images)',
    snippet: 'Code to paste',
    preview: 'Preview',
    downloads: 'Download',
    png: 'PNG image (2×)',
    svg: 'SVG (for print)',
    card: 'Social media card',
    csv: (n: number) => `CSV with a README, zipped (${n} incident${n === 1 ? '' : 's'})`,
    geojson: 'GeoJSON',
    altText: 'Text alternative (use it as the image’s alt text)',
    mapImagesNote: 'Images are made of the charts; embed the small map instead.',
    failed: (what: string) => `Could not make the file: ${what}`,
  },
  list: {
    heading: (n: number) => `${n} incident${n === 1 ? '' : 's'}`,
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
    countAnnounced: (n: number) => `${n} incident${n === 1 ? '' : 's'} in the selection`,
    skipToList: 'Skip to the list of incidents',
    citations: 'Sources and the words they cite',
    passageLoading: 'Loading the cited words…',
    passageFailed: (why: string) => `The cited words could not be loaded (${why}).`,
    passageMissing: 'The cited words of this source are not in the site’s data.',
    contextLine: '(context, not cited)',
    placedIn: (town: string, n: number) => `Placed in ${town} by the sources (${n})`,
    linkedTo: (town: string, n: number) =>
      `Linked to ${town}, not placed there (${n}): the sources tie ${n === 1 ? 'it' : 'them'} to the town through a person, group or court there`,
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
    yearLabel: (year: number, n: number) => `${year}: ${n} documented incident${n === 1 ? '' : 's'}.`,
    years: 'Years',
  },
  context: {
    show: 'Show context: laws, elections, statements and visits',
    kinds: { law: 'Law', election: 'Election', statement: 'Statement', visit: 'Visit', other: 'Other event' } as Record<
      string,
      string
    >,
    list: (n: number, years: string) => `Context: ${n} event${n === 1 ? '' : 's'} in ${years}`,
    none: (years: string) => `No context record in ${years}.`,
    source: (where: string) => `Source: ${where}`,
    notIncidents: 'Context records are not incidents and are not counted.',
  },
  // Offline use and updates (src/features/offline/).
  offline: {
    updateReady: 'New data or a new version of the map is available.',
    reload: 'Reload',
  },
};

/** What images, cards, credits and file names say about the selection they count (issue 11). */
export const exportStrings = {
  country: 'Kazakhstan',
  /** How a count of one type reads in a headline: "1 documented detention", "64 documented detentions". */
  typeNouns: {
    journalist_attack: ['attack on a journalist', 'attacks on journalists'],
    protest: ['protest or strike', 'protests or strikes'],
    detention: ['detention', 'detentions'],
    prosecution: ['prosecution or fine', 'prosecutions or fines'],
    extradition: ['extradition or return', 'extraditions or returns'],
    media_restriction: ['media or website ban', 'media or website bans'],
    organization_ban: ['organisation ban', 'organisation bans'],
    killing: ['killing or death in custody', 'killings or deaths in custody'],
    torture: ['case of torture or ill-treatment', 'cases of torture or ill-treatment'],
  } satisfies Record<IncidentType, [string, string]>,
  incidents: (n: number) => (n === 1 ? 'incident' : 'incidents'),
  ofTypes: (n: number, types: number) => `${n === 1 ? 'incident' : 'incidents'} of ${types} types`,
  /** "64 documented detentions in Almaty, Kazakhstan, 2011–2012". */
  headline: (n: number, what: string, where: string, years: string) =>
    `${n === 0 ? 'No' : n} documented ${what} in ${where}, ${years}`,
  highlighted: (n: number, years: string) => `; ${n} in ${years}`,
  topTowns: (towns: number, limit: number, where: string) =>
    towns >= limit ? `the top ${limit} towns of ${where}` : `${towns} town${towns === 1 ? '' : 's'} of ${where}`,
  unstated: 'Kazakhstan (place not stated)',
  placed: (where: string) => `towns of ${where}`,
  townWithLinked: (town: string) => `${town}, Kazakhstan (placed there, or tied to it by the sources)`,
  inRegions: (where: string) => `the regions of ${where}`,
  typesLine: (names: string[]) => `Types: ${names.join(', ')}`,
  /** The embed URL cannot carry words of its own, so it shows the selection without the search. */
  embedNoSearch: (q: string, n: number) =>
    `The embed cannot carry the text search “${q}”: it shows all ${n} ${n === 1 ? 'incident' : 'incidents'} of these years, types and place, as the preview below does.`,
  downloadsSearch: (q: string, n: number) =>
    `Images and data files include the text search “${q}”: they count ${n} ${n === 1 ? 'incident' : 'incidents'}, and say so in their subtitle and file name.`,
  titleField: 'Title (written from the data; edit it if you like)',
  resetTitle: 'Use the title written from the data',
  noteField: 'Note (one line, optional)',
  previewOf: 'Preview of',
  previews: { png: 'Image', card: 'Social media card' },
  previewLoading: 'Drawing the preview…',
  searchPart: 'search',
};

export type Strings = typeof en;
export const t: Strings = en;
