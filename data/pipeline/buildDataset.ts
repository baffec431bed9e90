/**
 * The heart of the pipeline, pure: curated records in, checked and geocoded dataset out.
 * Every problem is collected (never thrown) so a curator sees them all in one run.
 */
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import {
  ContextRecord,
  IncidentRecord,
  PlaceRecord,
  SourceDocument,
  type GeoPrecision,
  type IncidentProperties,
  type LinkedPlace,
  type Source,
  type YearCoverage,
} from './schema.ts';
import type { CitingRecord } from './buildPassages.ts';
import { checkCopiedWording } from './checkCopiedWording.ts';
import { byDateThenId } from '../../src/data/byDateThenId.ts';
import { deriveCoverage } from '../../src/data/coverage.ts';
import type { DataError } from './DataError.ts';
import { resolveLinkedPlaces } from './linkedPlaces.ts';
import { normalize } from './normalizeText.ts';
import type { Located } from './readYamlList.ts';
import { lineOf, noteDuplicate, parseLocated, reporter } from './locatedErrors.ts';
import {
  checkPeople,
  checkPeopleOf,
  checkPeopleUsed,
  checkPlaceNames,
  checkRecordTranslations,
  gatherNameVariants,
  gatherText,
  TEXT_LANGS,
  TRANSLATIONS_REQUIRED,
  type TextLang,
} from './translations.ts';
import type { LocalizedText, NameVariants } from '../../src/data/datasetSchema.ts';

export type Regions = FeatureCollection<Polygon | MultiPolygon, { shapeISO: string; shapeName: string }>;

export interface DatasetInput {
  incidents: Located[];
  context: Located[];
  places: Located[];
  /** Rows of data/people.yaml (none when the file is absent). */
  people?: Located[];
  sourcesFile: string;
  sources: unknown;
  /** Lines of each seed document, or null when ../shared/seeds is absent. */
  seeds: Map<string, string[]> | null;
  regions: Regions;
  /** Whether a missing Russian or Kazakh text is an error (TRANSLATIONS_REQUIRED unless told). */
  translationsRequired?: boolean;
}

export interface Dataset {
  incidents: FeatureCollection<Point | null, IncidentProperties>;
  context: ContextRecord[];
  sources: SourceDocument[];
  /** Every year from the first incident's to the last's, with the documents that cover it. */
  coverage: YearCoverage[];
  /** Our Russian and Kazakh texts, one file per language. */
  text: Record<TextLang, LocalizedText>;
  /** Other Latin spellings of places and people, for the search. */
  names: NameVariants;
}

export function buildDataset(input: DatasetInput): { errors: DataError[]; dataset: Dataset; citing: CitingRecord[] } {
  const errors: DataError[] = [];
  /** Every valid record with what it cites, where it is written: for the passages. */
  const citing: CitingRecord[] = [];
  const sources = checkSources(input, errors);
  const required = input.translationsRequired ?? TRANSLATIONS_REQUIRED;
  const places = checkPlaces(input, errors, required);
  const people = checkPeople(input.people ?? [], errors);
  const peopleUsed = new Set<string>();
  const ids = new Map<string, string>();
  const translated: IncidentRecord[] = [];

  const features: Feature<Point | null, IncidentProperties>[] = [];
  for (const item of input.incidents) {
    const r = parseLocated(IncidentRecord, item, errors);
    if (!r) continue;
    const at = reporter(errors, item, r.id);
    noteDuplicate(ids, r.id, item, at);
    const place = r.place_id === undefined ? undefined : places.get(r.place_id);
    if (r.place_id !== undefined && !place) {
      at('place_id', `unknown place "${r.place_id}": add it to data/places.yaml (npm run place -- <name>)`);
    }
    checkSourceRanges(r.sources, input.seeds, sources, at, namesOf(r.people, place));
    checkCopiedWording(r, input.seeds, at);
    checkRecordTranslations(r, required, at);
    checkPeopleOf(r.people, people, peopleUsed, required, at);
    translated.push(r);
    citing.push({ id: r.id, file: item.file, line: lineOf(item, 'sources'), sources: r.sources });
    features.push(toFeature(r, place, resolveLinkedPlaces(r, places, input.seeds, at)));
  }

  const context: ContextRecord[] = [];
  const contextTranslated: ContextRecord[] = [];
  for (const item of input.context) {
    const r = parseLocated(ContextRecord, item, errors);
    if (!r) continue;
    const at = reporter(errors, item, r.id);
    noteDuplicate(ids, r.id, item, at);
    checkSourceRanges(r.sources, input.seeds, sources, at, []);
    checkCopiedWording(r, input.seeds, at);
    checkRecordTranslations(r, required, at);
    citing.push({ id: r.id, file: item.file, line: lineOf(item, 'sources'), sources: r.sources });
    contextTranslated.push(r);
    // context.json stays English: the translations go to text.<lang>.json.
    const { title_ru: _tr, title_kk: _tk, summary_ru: _sr, summary_kk: _sk, ...english } = r;
    context.push(english);
  }
  checkPeopleUsed(people, peopleUsed, errors);

  features.sort((a, b) => byDateThenId(a.properties, b.properties));
  context.sort(byDateThenId);
  const documents = [...sources.values()];
  const placeRecords = [...places.values()];
  const text = Object.fromEntries(
    TEXT_LANGS.map((lang) => [lang, gatherText(lang, translated, contextTranslated, placeRecords, people.values())]),
  ) as Record<TextLang, LocalizedText>;
  const names = gatherNameVariants(placeRecords, people.values());
  const coverage = deriveCoverage(documents, [...features.map((f) => f.properties), ...context], yearSpan(features));
  return {
    errors,
    dataset: { incidents: { type: 'FeatureCollection', features }, context, sources: documents, coverage, text, names },
    citing,
  };
}

/** The timeline's years: from the first incident's to the last's. */
function yearSpan(features: Feature<Point | null, IncidentProperties>[]): [number, number] {
  const years = features.map((f) => f.properties.year);
  return years.length ? [Math.min(...years), Math.max(...years)] : [0, -1];
}

/** A place as records use it: its kind, names, point (towns only) and computed admin1. */
export interface Place {
  id: string;
  kind: PlaceRecord['kind'];
  name: string;
  alt_names: string[];
  point: [number, number] | null;
  admin1: string | null;
  record: PlaceRecord;
}

function checkPlaces(input: DatasetInput, errors: DataError[], required: boolean): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const item of input.places) {
    const p = parseLocated(PlaceRecord, item, errors);
    if (!p) continue;
    const at = reporter(errors, item, p.id);
    if (places.has(p.id)) at('id', `duplicate place id "${p.id}"`);
    checkPlaceNames(p, required, at);
    let admin1: string | null = null;
    if (p.kind === 'town') {
      admin1 = admin1At(input.regions, p.lon, p.lat);
      if (admin1 === null) at('lon', `point ${p.lon}, ${p.lat} is outside Kazakhstan: check the coordinates`);
    } else if (p.kind === 'region') {
      admin1 = p.admin1;
      if (!input.regions.features.some((f) => f.properties.shapeISO === p.admin1)) {
        at('admin1', `"${p.admin1}" is not one of the 16 first-level units in data/geo/kaz-adm1.geojson`);
      }
    }
    const point: [number, number] | null = p.kind === 'town' ? [p.lon, p.lat] : null;
    places.set(p.id, { id: p.id, kind: p.kind, name: p.name, alt_names: p.alt_names, point, admin1, record: p });
  }
  return places;
}

function checkSources(input: DatasetInput, errors: DataError[]): Map<string, SourceDocument> {
  const out = new Map<string, SourceDocument>();
  if (!Array.isArray(input.sources)) {
    errors.push({ file: input.sourcesFile, message: 'expected a JSON array of documents' });
    return out;
  }
  input.sources.forEach((s, i) => {
    const parsed = SourceDocument.safeParse(s);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ file: input.sourcesFile, record: `#${i + 1}`, field: issue.path.join('.'), message: issue.message });
      }
      return;
    }
    if (input.seeds && !input.seeds.has(parsed.data.doc)) {
      errors.push({ file: input.sourcesFile, record: parsed.data.doc, field: 'doc', message: 'no such file in ../shared/seeds' });
    }
    out.set(parsed.data.doc, parsed.data);
  });
  return out;
}

/**
 * Each source range must exist in its document and, when the record names people or a
 * place, mention at least one of them: a cheap guard against a range that points at
 * the wrong sentence.
 */
function checkSourceRanges(
  list: Source[],
  seeds: Map<string, string[]> | null,
  docs: Map<string, SourceDocument>,
  at: (field: string, message: string) => void,
  names: string[],
) {
  list.forEach((s, i) => {
    const field = `sources.${i}`;
    if (!docs.has(s.doc)) at(`${field}.doc`, `"${s.doc}" is not described in data/sources.json`);
    if (!seeds) return;
    const lines = seeds.get(s.doc);
    if (!lines) return at(`${field}.doc`, `no document "${s.doc}" in ../shared/seeds`);
    const [first, last] = s.lines;
    if (last > lines.length) {
      return at(`${field}.lines`, `lines ${first}-${last} run past the end of ${s.doc} (${lines.length} lines)`);
    }
    if (names.length === 0) return;
    const text = normalize(lines.slice(first - 1, last).join(' '));
    if (!names.some((n) => text.includes(n))) {
      at(
        `${field}.lines`,
        `lines ${first}-${last} of ${s.doc} name none of the record's people or place (${names.join(', ')}): check the range`,
      );
    }
  });
}

/** Words to look for in a source range: each person's surname and every spelling of the place. */
function namesOf(people: string[], place: Place | undefined): string[] {
  const names = people.map((p) => normalize(p.trim().split(/\s+/).at(-1) ?? p));
  if (place) names.push(...[place.name, ...place.alt_names].map((n) => normalize(n.replace(/ Region$/, ''))));
  return names.filter((n) => n.length >= 3);
}

export function admin1At(regions: Regions, lon: number, lat: number): string | null {
  const pt = point([lon, lat]);
  return regions.features.find((f) => booleanPointInPolygon(pt, f))?.properties.shapeISO ?? null;
}

function toFeature(
  r: IncidentRecord,
  place: Place | undefined,
  linked: LinkedPlace[],
): Feature<Point | null, IncidentProperties> {
  const precision: GeoPrecision = !place ? 3 : place.kind === 'town' ? 1 : 2;
  const geometry: Point | null = place?.point ? { type: 'Point', coordinates: place.point } : null;
  // Property order is fixed here so that the output is byte-for-byte deterministic.
  const properties: IncidentProperties = {
    id: r.id,
    date: r.date,
    date_note: r.date_note ?? null,
    year: Number(r.date.slice(0, 4)),
    type: r.type,
    subtype: r.subtype,
    title: r.title,
    summary: r.summary,
    people: r.people,
    actors: r.actors,
    targets: r.targets,
    place: place?.name ?? null,
    place_id: place?.id ?? null,
    admin1: place?.admin1 ?? null,
    geo_precision: precision,
    linked_places: linked,
    other_country: r.other_country ?? null,
    case: r.case ?? null,
    killed: r.killed ?? null,
    killed_at_least: r.killed_at_least ?? false,
    injured: r.injured ?? null,
    injured_at_least: r.injured_at_least ?? false,
    detained: r.detained ?? null,
    detained_at_least: r.detained_at_least ?? false,
    sources: r.sources.map((s) => ({ doc: s.doc, lines: s.lines })),
  };
  return { type: 'Feature', id: r.id, geometry, properties };
}
