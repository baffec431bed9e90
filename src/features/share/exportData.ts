/**
 * The incidents of a selection as files a researcher can open elsewhere: CSV for
 * spreadsheets (in a zip with a README.txt), GeoJSON for GIS. Both carry every source
 * citation and the credit and licence, so a copy that travels keeps saying where each row
 * comes from.
 */
import type { Dataset, Incident } from '../../data/Incident.ts';
import type { IncidentProperties } from '../../data/datasetSchema.ts';
import type { IncidentType } from '../../data/vocabulary.ts';

export interface ExportContext {
  data: Dataset;
  /** The types' names in the dataset's language, for type_label_<lang> in a Russian or Kazakh view. */
  typeLabels?: Readonly<Record<IncidentType, string>>;
  /** The credit and licence, one line. */
  credit: string;
  /** The explorer's link to the selection exported. */
  link: string;
}

/** The English properties, as in incidents.geojson, also in a Russian or Kazakh view of the dataset. */
function properties(i: Incident): IncidentProperties {
  const { lon, lat, haystack, english, ...props } = i;
  if (!english) return props;
  return {
    ...props,
    title: english.title,
    summary: english.summary,
    place: english.place,
    linked_places: props.linked_places.map((l, k) => ({ ...l, place: english.linked[k] ?? l.place })),
  };
}

/**
 * In a Russian or Kazakh view, what the downloads add beside the stable English columns: our
 * translations of the title and summary (empty where there is none yet), and the names of the
 * place, the people and the type in that language.
 */
function localized(i: Incident, data: Dataset, typeLabels: ExportContext['typeLabels']): Record<string, string> {
  const local = data.local;
  if (!local) return {};
  const translated = (value: string, base: string | undefined) => (base !== undefined && value !== base ? value : '');
  return {
    [`title_${local.lang}`]: translated(i.title, i.english?.title),
    [`summary_${local.lang}`]: translated(i.summary, i.english?.summary),
    [`place_name_${local.lang}`]: i.place_id ? (local.places.get(i.place_id) ?? '') : '',
    [`people_${local.lang}`]: i.people.map((p) => local.people.get(p) ?? p).join('; '),
    [`type_label_${local.lang}`]: typeLabels?.[i.type] ?? '',
  };
}

/** The localized columns of a Russian or Kazakh view, in their order; none in English. */
export function localColumns(data: Dataset): string[] {
  const lang = data.local?.lang;
  return lang ? ['title', 'summary', 'place_name', 'people', 'type_label'].map((c) => `${c}_${lang}`) : [];
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
  'linked_towns',
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

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> &
  Record<string, string | number | boolean | null>;

export function csvRows(incidents: readonly Incident[], data: Dataset, typeLabels?: ExportContext['typeLabels']): CsvRow[] {
  return incidents.map((i) => ({
    ...englishColumns(i, data),
    ...localized(i, data, typeLabels),
  }));
}

function englishColumns(incident: Incident, data: Dataset): CsvRow {
  const i = { ...incident, ...properties(incident) };
  return {
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
    // Towns the sources tie to the incident without placing it there (data/README.md).
    linked_towns: i.linked_places.map((l) => l.place_id).join('; '),
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
  };
}

/**
 * A line a spreadsheet could run as a formula: one that starts, after any spaces or invisible
 * format characters, with = + - @ (or their full-width forms, which some spreadsheets read as
 * the same), or that starts with a tab or carriage return (OWASP's list for CSV injection).
 */
const LIVE_LINE = /^(?:[\t\r]|[\p{Zs}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/**
 * Defuses a text cell for spreadsheets: every line of it that could start a formula gets a
 * leading apostrophe, which Excel, LibreOffice and Google Sheets show as text. Every line,
 * not only the first: a cell holding a line break is still one cell to a spreadsheet, but a
 * reader that splits lines (or a paste) must not meet a live formula either.
 */
export function defuseCell(text: string): string {
  const defused = text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 0 && LIVE_LINE.test(part) ? `'${part}` : part))
    .join('');
  // A cell that starts with a line break starts with a control character a spreadsheet may drop.
  return /^[\r\n]/.test(defused) ? `'${defused}` : defused;
}

function defuseRow(row: CsvRow): CsvRow {
  const out = { ...row };
  for (const key of Object.keys(out)) {
    const value = out[key];
    if (typeof value === 'string') out[key] = defuseCell(value);
  }
  return out;
}

/** The byte order mark: without it Excel reads UTF-8 as the local code page and garbles Cyrillic and quotes. */
export const BOM = '\uFEFF';

/**
 * CSV (RFC 4180, written by Papa Parse), UTF-8 with a byte order mark. The first line is the
 * header and every other line is a row: the credit, licence, link and coverage travel in the
 * README.txt beside it (see incidentsZip), so no reader meets a junk header. Every text cell is
 * defused (defuseCell): the data is hostile until proven otherwise.
 */
export async function incidentsCsv(
  incidents: readonly Incident[],
  data: Dataset,
  typeLabels?: ExportContext['typeLabels'],
): Promise<string> {
  const { unparse } = (await import('papaparse')).default;
  const body = unparse(
    { fields: [...CSV_COLUMNS, ...localColumns(data)], data: csvRows(incidents, data, typeLabels).map(defuseRow) },
    // Papa Parse's own escapeFormulae misses cells with a line break; defuseRow has done it.
    { escapeFormulae: false, quotes: false, newline: '\r\n' },
  );
  return `${BOM}${body}\r\n`;
}

/**
 * The README.txt that travels with the CSV (as Our World in Data's downloads do): what the file
 * holds, the credit and licence, the link to the selection, and what period each report covers,
 * since every count is a count of what the reports happen to document.
 */
export function csvReadme(incidents: readonly Incident[], ctx: ExportContext, csvName: string): string {
  const cited = new Set(incidents.flatMap((i) => i.sources.map((s) => s.doc)));
  const reports = [...ctx.data.sources.values()].map(
    (s) =>
      `- ${s.doc}: ${oneLine(s.publisher)}, "${oneLine(s.title)}" (${s.published}), ${oneLine(s.kind)}. ` +
      `Covers: ${oneLine(s.period)} (${s.coverage.kind}, ${s.coverage.from} to ${s.coverage.to})` +
      `${s.coverage.note ? `: ${oneLine(s.coverage.note)}` : ''}.` +
      `${cited.has(s.doc) ? '' : ' (No incident of this selection cites it.)'}`,
  );
  return [
    'Kazakhstan human-rights incidents: the incidents of one selection',
    '',
    `${csvName}: ${incidents.length} incident${incidents.length === 1 ? '' : 's'}, one per row, the first line the column names (UTF-8).`,
    'Each row cites the document and line numbers of the sentences that report it (columns source_docs and sources).',
    'Places: place and geo_precision say where the sources place an incident (1 a town, 2 a region or area, 3 not stated).',
    'linked_towns lists the towns the sources tie to an incident without placing it there (where a person or group is',
    'based, or the authority that acted sits); a selection of a town holds those incidents too, unless "precise places only".',
    ...translationNote(ctx.data),
    '',
    `Selection (open it in the explorer): ${ctx.link}`,
    '',
    `Credit: ${oneLine(ctx.credit)}`,
    "Licence of the coding: Creative Commons Attribution 4.0 (CC BY 4.0). The reports remain their publishers' work.",
    '',
    'What the reports cover. The counts are counts of what these five reports document, and they cover the',
    'years very unevenly: a year no report covers has no data, not no incidents.',
    ...reports,
    '',
    "Text cells that a spreadsheet could run as a formula (a line starting with =, +, -, @, a tab or a return) start with an apostrophe (').",
    '',
  ].join('\r\n');
}

/** What the README says of the localized columns of a Russian or Kazakh download; nothing in English. */
function translationNote(data: Dataset): string[] {
  const lang = data.local?.lang;
  if (!lang) return [];
  const language = lang === 'ru' ? 'Russian' : 'Kazakh';
  return [
    `Columns ending in _${lang} are in ${language}, beside the English ones (which keep their names and codes):`,
    `title_${lang} and summary_${lang} are our own translations of our English title and summary (empty where none is`,
    `written yet), not of the reports; place_name_${lang}, people_${lang} and type_label_${lang} give the place, the people`,
    `and the type in ${language}. The reports and the passages they are quoted by stay in their original language (English).`,
  ];
}

/** Data text on one line of the README: a publisher's line break must not start a line of its own. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The selection's CSV and its README.txt in one zip; fflate is loaded only when someone asks for it. */
export async function incidentsZip(incidents: readonly Incident[], ctx: ExportContext, stem: string): Promise<Blob> {
  const [{ zipSync, strToU8 }, csv] = await Promise.all([import('fflate'), incidentsCsv(incidents, ctx.data, ctx.typeLabels)]);
  const csvName = `${stem}.csv`;
  const zipped = zipSync(
    { [csvName]: strToU8(csv), 'README.txt': strToU8(`${BOM}${csvReadme(incidents, ctx, csvName)}`) },
    // A fixed date, so the same selection gives the same bytes.
    { mtime: new Date('2000-01-01T00:00:00Z') },
  );
  return new Blob([new Uint8Array(zipped)], { type: 'application/zip' });
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
      properties: { ...properties(i), ...localized(i, ctx.data, ctx.typeLabels) },
    })),
  };
  return `${JSON.stringify(collection, null, 1)}\n`;
}
