/**
 * The English words of what leaves the explorer: the credit line, the embed, the share dialog,
 * the map as an image and the years as a video, and what images, cards and file names say
 * about the selection they count. strings.ts composes them into `en`.
 */
import type { IncidentType } from '../data/vocabulary.ts';
import { plural } from './plural.ts';

export const n_ = (n: number, one: string, other: string) => plural('en', n, { one, other });

export const creditEn = {
  data: (shown: number, incidents: number, reports: number, publishers: string[], others: boolean, years: string) =>
    `Data: ${shown === incidents ? '' : `${shown} of `}${incidents} ${n_(incidents, 'incident', 'incidents')} coded from ${reports} ${n_(reports, 'report', 'reports')} by ${publishers.join(', ')}${others ? ' and others' : ''}` +
    `${years ? ` (published ${years})` : ''}, each cited by line`,
  updated: (day: string) => `Data updated ${day}`,
  licence: 'Coding: Kazakhstan rights incidents dataset, CC BY 4.0',
};

export const embedEn = {
  explore: 'Explore and check every incident',
  loading: 'Loading…',
  mapTitle: (years: string) => `Where incidents happened, ${years}`,
  mapRegionsTitle: (years: string) => `Incidents per region, ${years}`,
};

export const shareEn = {
  open: 'Share / embed',
  openFor: (chart: string) => `Share / embed: ${chart}`,
  codeFailed: 'Sharing could not be loaded: its code did not arrive. Reload the page to try again.',
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
  csv: (n: number) => `CSV with a README, zipped (${n} ${n_(n, 'incident', 'incidents')})`,
  geojson: 'GeoJSON',
  altText: 'Text alternative (use it as the image’s alt text)',
  mapImagesNote: 'Images are made of the charts; embed the small map instead.',
  failed: (what: string) => `Could not make the file: ${what}`,
};

// The map as an image and the years as a video, made in the share dialog (src/features/share/media/).
export const mediaEn = {
  heading: 'Map image and video of the years',
  mapPng: 'Map PNG (2×, for screens)',
  mapPrint: 'Map PNG (print, 300 dpi)',
  mapSubtitle: (mode: string) => `Map of incidents by ${mode}`,
  notOnMap: 'Not on the map',
  unstated: (n: number) => `Place not stated: ${n}`,
  regionOnly: (n: number) => `Region known, town not stated: ${n} (outlined regions)`,
  areas: (list: string) => `Areas without a town: ${list}`,
  linked: (n: number) => `Tied to a town without being placed there: ${n} (rings)`,
  legendPies: 'Pies: incidents placed in a town, by type; the number is the count',
  legendRegions: 'Incidents placed in each region',
  legendRing: 'Ring: incidents tied to a town without being placed there',
  video: 'Video of the years',
  size: 'Video size',
  sizes: {
    landscape: 'Side by side, 1920×1080',
    square: 'Square, 1080×1080',
    vertical: 'Stacked, 1080×1920',
  },
  /** "Each year 1 s, then the last held 1 s more (12 × 1 s + 1 s)." */
  secondsPerYear: (n: number, hold: number, years: number) =>
    `Each year ${n} s, then the last held ${hold} s more (${years} × ${n} s + ${hold} s).`,
  makeVideo: 'Make the video',
  makeGif: 'Animated GIF',
  making: (what: string) => `Making the ${what} on this device…`,
  progress: 'Progress',
  cancel: 'Cancel',
  cancelled: 'Cancelled.',
  done: (name: string, bytes: number, seconds: number) =>
    `Made ${name} (${(bytes / 1e6).toFixed(2)} MB) in ${seconds.toFixed(1)} s.`,
  failed: (what: string) => `Could not make the video: ${what}`,
  noVideo: 'This browser can make neither WebCodecs video nor a recording of a canvas; try the GIF.',
  local: 'Everything is drawn and encoded on this device; nothing is uploaded.',
  yearCount: (n: number) => `${n} documented ${n_(n, 'incident', 'incidents')}`,
  yearCountPlaced: (n: number) => `${n} placed on the map`,
  noReport: (year: number) => `No report covers ${year}`,
  noReportSub: 'No data for this year, which is not the same as no incidents.',
  partial: 'Partly covered: selected events only',
  perYearTitle: 'Documented incidents per year',
  notCoveredBar: 'not covered',
  cardSize: 'Card size',
  cardSizes: { landscape: '1200×675', square: '1080×1080', vertical: '1080×1920' },
};
/** What images, cards, credits and file names say about the selection they count (issue 11). */
const typeNounsEn = {
  journalist_attack: ['attack on a journalist', 'attacks on journalists'],
  protest: ['protest or strike', 'protests or strikes'],
  detention: ['detention', 'detentions'],
  prosecution: ['prosecution or fine', 'prosecutions or fines'],
  extradition: ['extradition or return', 'extraditions or returns'],
  media_restriction: ['media or website ban', 'media or website bans'],
  organization_ban: ['organisation ban', 'organisation bans'],
  killing: ['killing or death in custody', 'killings or deaths in custody'],
  torture: ['case of torture or ill-treatment', 'cases of torture or ill-treatment'],
} satisfies Record<IncidentType, [string, string]>;

const incidentsEn = (n: number) => n_(n, 'incident', 'incidents');

export const exportStringsEn = {
  country: 'Kazakhstan',
  /**
   * "64 documented detentions in Almaty, Kazakhstan, 2011–2012": the number drawn, of which
   * types (none listed: all of them), where, when.
   */
  headline: (n: number, types: readonly IncidentType[], where: string, years: string) => {
    const [one] = types;
    const what =
      types.length === 0
        ? incidentsEn(n)
        : types.length > 3
          ? `${incidentsEn(n)} of ${types.length} types`
          : types.length === 1 && one
            ? typeNounsEn[one][n === 1 ? 0 : 1]
            : // One incident of several types cannot be named in the plural of each.
              n === 1
              ? `incident (${types.map((type) => typeNounsEn[type][0]).join(' or ')})`
              : `${types
                  .slice(0, -1)
                  .map((type) => typeNounsEn[type][1])
                  .join(', ')} and ${typeNounsEn[types.at(-1) ?? 'detention'][1]}`;
    return `${n === 0 ? 'No' : n} documented ${what} in ${where}, ${years}`;
  },
  highlighted: (n: number, years: string) => `; ${n} in ${years}`,
  topTowns: (towns: number, limit: number, where: string) =>
    towns >= limit ? `the top ${limit} towns of ${where}` : `${towns} ${n_(towns, 'town', 'towns')} of ${where}`,
  unstated: 'Kazakhstan (place not stated)',
  placed: (where: string) => `towns of ${where}`,
  townWithLinked: (town: string) => `${town}, Kazakhstan (placed there, or tied to it by the sources)`,
  inRegions: (where: string) => `the regions of ${where}`,
  typesLine: (names: string[]) => `Types: ${names.join(', ')}`,
  /** The embed URL cannot carry words of its own, so it shows the selection without the search. */
  embedNoSearch: (q: string, n: number) =>
    `The embed cannot carry the text search “${q}”: it shows all ${n} ${incidentsEn(n)} of these years, types and place, as the preview below does.`,
  downloadsSearch: (q: string, n: number) =>
    `Images and data files include the text search “${q}”: they count ${n} ${incidentsEn(n)}, and say so in their subtitle and file name.`,
  titleField: 'Title (written from the data; edit it if you like)',
  resetTitle: 'Use the title written from the data',
  noteField: 'Note (one line, optional)',
  previewOf: 'Preview of',
  previews: { png: 'Image', card: 'Social media card' },
  previewLoading: 'Drawing the preview…',
  searchPart: 'search',
};
