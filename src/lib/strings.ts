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
    notOnMap: 'Not on the map',
    unstated: 'Place not stated',
    regionOnly: (region: string) => `${region} (region only)`,
    legendTypes: 'Incident types',
    legendRegions: 'Incidents per region',
    legendRegionOnly: 'Outlined: region known, town not stated',
    credit: 'Boundaries © geoBoundaries (ODbL) · Natural Earth · Places: GeoNames (CC BY 4.0)',
    townTooltip: (name: string, n: number) => `${name}: ${n} incident${n === 1 ? '' : 's'}`,
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
  },
};

export type Strings = typeof en;
export const t: Strings = en;
