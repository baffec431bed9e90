/**
 * The incidents of a selection as files a researcher can open elsewhere: CSV for
 * spreadsheets, GeoJSON for GIS. Both carry every source citation and the credit and
 * licence, so a copy that travels keeps saying where each row comes from.
 */
import type { Dataset, Incident } from '../../data/Incident.ts';
import type { IncidentProperties } from '../../data/schema.ts';

export interface ExportContext {
  data: Dataset;
  /** The credit and licence, one line. */
  credit: string;
  /** The explorer's link to the selection exported. */
  link: string;
}

function properties(i: Incident): IncidentProperties {
  const { lon, lat, haystack, ...props } = i;
  return props;
}

function citation(i: Incident, data: Dataset): string {
  return i.sources
    .map((s) => {
      const doc = data.sources.get(s.doc);
      const lines = s.lines[0] === s.lines[1] ? `line ${s.lines[0]}` : `lines ${s.lines[0]}-${s.lines[1]}`;
      return `${doc ? `${doc.publisher}, "${doc.title}" (${doc.published})` : s.doc}, ${s.doc}, ${lines}`;
    })
    .join(' | ');
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'date_note',
  'year',
  'type',
  'subtype',
  'title',
  'summary',
  'people',
  'actors',
  'targets',
  'place',
  'place_id',
  'admin1',
  'geo_precision',
  'longitude',
  'latitude',
  'other_country',
  'case',
  'killed',
  'killed_at_least',
  'injured',
  'injured_at_least',
  'detained',
  'detained_at_least',
  'source_docs',
  'sources',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>;

export function csvRows(incidents: readonly Incident[], data: Dataset): CsvRow[] {
  return incidents.map((i) => ({
    id: i.id,
    date: i.date,
    date_note: i.date_note,
    year: i.year,
    type: i.type,
    subtype: i.subtype,
    title: i.title,
    summary: i.summary,
    people: i.people.join('; '),
    actors: i.actors.join('; '),
    targets: i.targets.join('; '),
    place: i.place,
    place_id: i.place_id,
    admin1: i.admin1,
    geo_precision: i.geo_precision,
    longitude: i.lon,
    latitude: i.lat,
    other_country: i.other_country,
    case: i.case,
    killed: i.killed,
    killed_at_least: i.killed_at_least,
    injured: i.injured,
    injured_at_least: i.injured_at_least,
    detained: i.detained,
    detained_at_least: i.detained_at_least,
    source_docs: i.sources.map((s) => `${s.doc}:${s.lines[0]}-${s.lines[1]}`).join('; '),
    sources: citation(i, data),
  }));
}

/**
 * CSV (RFC 4180, written by Papa Parse). The first line is a comment starting with "#",
 * giving the credit, licence and link: spreadsheet programs show it as a line of text, and
 * pandas or R skip it with comment='#' / comment.char='#'. Cells that a spreadsheet would run
 * as a formula (starting with = + - @) are defused: the data is hostile until proven otherwise.
 */
export async function incidentsCsv(incidents: readonly Incident[], ctx: ExportContext): Promise<string> {
  const { unparse } = (await import('papaparse')).default;
  const body = unparse(
    { fields: [...CSV_COLUMNS], data: csvRows(incidents, ctx.data) },
    { escapeFormulae: true, newline: '\r\n' },
  );
  return `# ${ctx.credit} ${ctx.link}\r\n${body}\r\n`;
}

/** GeoJSON (RFC 7946): the dataset's own features, with the credit, licence and cited reports as foreign members. */
export function incidentsGeoJson(incidents: readonly Incident[], ctx: ExportContext): string {
  const cited = new Set(incidents.flatMap((i) => i.sources.map((s) => s.doc)));
  const collection = {
    type: 'FeatureCollection',
    attribution: ctx.credit,
    link: ctx.link,
    sources: [...ctx.data.sources.values()].filter((s) => cited.has(s.doc)),
    features: incidents.map((i) => ({
      type: 'Feature',
      id: i.id,
      geometry: i.lon !== null && i.lat !== null ? { type: 'Point', coordinates: [i.lon, i.lat] } : null,
      properties: properties(i),
    })),
  };
  return `${JSON.stringify(collection, null, 1)}\n`;
}
