/**
 * The shape of the generated dataset (public/data/), which the pipeline emits and the app
 * checks on load. Written with zod/mini, whose functions tree-shake: the chart embed pays a
 * few KB for its validation instead of all of zod. The curated records' schema
 * (data/pipeline/schema.ts, pipeline only) builds on these same definitions.
 */
// First: no schema may be built before zod is told not to compile with eval.
import './zodJitless.ts';
import * as z from 'zod/mini';
import { isRealDate } from './isRealDate.ts';
import { COVERAGE_HOWS, COVERAGE_KINDS, COVERAGE_LEVELS, INCIDENT_TYPES } from './vocabulary.ts';

// Free of zod, so that the app's plain checks (checkDatasetFiles.ts) share them without it.
export { isRealDate };
export { COVERAGE_HOWS, COVERAGE_KINDS, COVERAGE_LEVELS };
export type { CoverageHow, CoverageKind, CoverageLevel } from './vocabulary.ts';

/** Seed document file names: `000_6711e81a8e671186.txt`. */
export const DocName = z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a seed file name like 000_6711e81a8e671186.txt'));

/** ISO 8601 at the precision the source allows: YYYY, YYYY-MM or YYYY-MM-DD, and a real day. */
export const IsoDate = z
  .string()
  .check(
    z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'),
    z.refine(isRealDate, 'not a calendar date (month 01-12, day within the month)'),
  );

export const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens'));
export const Count = z.int().check(z.nonnegative());

export const Source = z.strictObject({
  doc: DocName,
  lines: z
    .tuple([z.int().check(z.positive()), z.int().check(z.positive())])
    .check(z.refine(([a, b]) => a <= b, 'first line after last line')),
});
export type Source = z.infer<typeof Source>;

/**
 * A town a source ties to an incident without saying the incident happened there: where the
 * person or organisation is based, or where the authority or court that acted sits. Never
 * the incident's place: `geometry`, `place` and `geo_precision` ignore it.
 */
export const LinkedPlace = z.strictObject({
  place_id: slug,
  place: z.string(),
  admin1: z.nullable(z.string()),
  lon: z.number(),
  lat: z.number(),
  /** The tie, as the source words it ("Shymkent-based activist"). */
  why: z.string(),
});
export type LinkedPlace = z.infer<typeof LinkedPlace>;

/** Properties of one Feature in public/data/incidents.geojson. */
export const IncidentProperties = z.strictObject({
  id: slug,
  date: IsoDate,
  date_note: z.nullable(z.string()),
  year: z.int(),
  type: z.enum(INCIDENT_TYPES),
  subtype: z.string(),
  title: z.string(),
  summary: z.string(),
  people: z.array(z.string()),
  actors: z.array(z.string()),
  targets: z.array(z.string()),
  place: z.nullable(z.string()),
  place_id: z.nullable(z.string()),
  admin1: z.nullable(z.string()),
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  linked_places: z.array(LinkedPlace),
  other_country: z.nullable(z.string()),
  case: z.nullable(z.string()),
  killed: z.nullable(Count),
  killed_at_least: z.boolean(),
  injured: z.nullable(Count),
  injured_at_least: z.boolean(),
  detained: z.nullable(Count),
  detained_at_least: z.boolean(),
  sources: z.array(Source).check(z.minLength(1)),
});
export type IncidentProperties = z.infer<typeof IncidentProperties>;

/** A month, YYYY-MM: the ends of the period a document reports on. */
export const YearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM, e.g. 2011-01'));

export const DocumentCoverage = z
  .strictObject({
    kind: z.enum(COVERAGE_KINDS),
    from: YearMonth,
    to: YearMonth,
    note: z.optional(z.string().check(z.minLength(4))),
  })
  .check(z.refine((c) => c.from <= c.to, { message: 'from is after to', path: ['to'] }));
export type DocumentCoverage = z.infer<typeof DocumentCoverage>;

/** An entry of data/sources.json, describing a seed document for a reader. */
export const SourceDocument = z.strictObject({
  doc: DocName,
  publisher: z.string().check(z.minLength(2)),
  title: z.string().check(z.minLength(2)),
  /** A few words that name the document in a tooltip or a sentence: "HRW World Report 2012 (events of 2011)". */
  short: z.string().check(z.minLength(2)),
  published: z.union([IsoDate, z.literal('unknown')]),
  period: z.string().check(z.minLength(4)),
  kind: z.string().check(z.minLength(2)),
  /** The period the document reports on, and how: what the counts of its years can mean. */
  coverage: DocumentCoverage,
  note: z.optional(z.string()),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** public/data/incidents.geojson: a point where the source names the town, no geometry otherwise. */
export const IncidentCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.union([z.null(), z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) })]),
      properties: IncidentProperties,
    }),
  ),
});

/** public/data/context.json: events the timeline can mark, not incidents. */
export const ContextList = z.array(
  z.object({
    id: z.string(),
    date: IsoDate,
    kind: z.string(),
    title: z.string(),
    summary: z.string(),
    sources: z.array(Source).check(z.minLength(1)),
  }),
);
export type ContextList = z.infer<typeof ContextList>;

/**
 * public/data/passages.json: the cited words, so a reader can check a record without the
 * documents. Per document: each cited range "first-last" with the lines it spans once its
 * context is added (the nearest non-blank line before and after), and the text of those
 * lines, each stored once however many passages share it. Blank lines are left out.
 */
export const PassageFile = z.record(
  DocName,
  z.strictObject({
    passages: z.record(
      z.string().check(z.regex(/^\d+-\d+$/, 'a line range like 19-21')),
      z.tuple([z.int().check(z.positive()), z.int().check(z.positive())]),
    ),
    lines: z.record(z.string().check(z.regex(/^\d+$/, 'a line number')), z.string()),
  }),
);
export type PassageFile = z.infer<typeof PassageFile>;

/** public/data/coverage.json: for every year of the timeline, which documents cover it and how. */
export const CoverageFile = z.strictObject({
  years: z.array(
    z.strictObject({
      year: z.int(),
      level: z.enum(COVERAGE_LEVELS),
      docs: z.array(z.strictObject({ doc: DocName, how: z.enum(COVERAGE_HOWS) })),
    }),
  ),
});
export type CoverageFile = z.infer<typeof CoverageFile>;
export type YearCoverage = CoverageFile['years'][number];

/**
 * public/data/text.ru.json and text.kk.json: our Russian or Kazakh title and summary of each
 * record (either may be missing while translations are written), the places' names by place id,
 * the first-level units' names by ISO code, and people's Cyrillic names by the spelling the
 * sources use. Loaded only by a reader of that
 * language, or by a search in Cyrillic.
 */
const LocalizedRecords = z.record(z.string(), z.strictObject({ title: z.optional(z.string()), summary: z.optional(z.string()) }));
export const LocalizedText = z.strictObject({
  incidents: LocalizedRecords,
  context: LocalizedRecords,
  places: z.record(z.string(), z.string()),
  regions: z.record(z.string(), z.string()),
  people: z.record(z.string(), z.string()),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** public/data/names.json: other Latin spellings of places (by id) and people (by source spelling), for search. */
export const NameVariants = z.strictObject({
  places: z.record(z.string(), z.array(z.string())),
  people: z.record(z.string(), z.array(z.string())),
});
export type NameVariants = z.infer<typeof NameVariants>;
