/**
 * Our Russian and Kazakh texts (issue #13): the people table (data/people.yaml), the places'
 * Cyrillic names and the records' translated titles and summaries, checked and gathered into
 * one file per language (public/data/text.<lang>.json) and one file of the other Latin
 * spellings search must know (public/data/names.json). The English files stay as they were,
 * so an English reader downloads nothing more.
 */
import { PersonRecord, type ContextRecord, type IncidentRecord, type PlaceRecord } from './schema.ts';
import type { LocalizedText, NameVariants } from '../../src/data/datasetSchema.ts';
import type { DataError } from './DataError.ts';
import type { Located } from './readYamlList.ts';
import { parseLocated, reporter } from './locatedErrors.ts';

/**
 * THE switch: whether a record, place or person without its Russian and Kazakh text fails the
 * pipeline. On since every record, place and person has them (#13): a new record needs all
 * three languages. Turn it off only while a batch of translations is being written. The checks
 * run either way (unit tests call them with `required` true; English-only fixtures pass false).
 */
export const TRANSLATIONS_REQUIRED = true;

export const TEXT_LANGS = ['ru', 'kk'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];

export const PEOPLE_FILE = 'data/people.yaml';

type Report = (field: string, message: string) => void;

/** A checked row of data/people.yaml, with where it is written. */
export interface PersonRow extends PersonRecord {
  file: string;
  line: number;
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** Reads data/people.yaml: each row valid, each source spelling once. */
export function checkPeople(items: Located[], errors: DataError[]): Map<string, PersonRow> {
  const rows = new Map<string, PersonRow>();
  for (const item of items) {
    const p = parseLocated(PersonRecord, item, errors, 'name');
    if (!p) continue;
    const at: Report = reporter(errors, item, p.name);
    const first = rows.get(p.name);
    if (first) {
      at('name', `"${p.name}" has a row already, at ${first.file}:${first.line}: keep one row per person`);
      continue;
    }
    for (const lang of TEXT_LANGS) {
      if (!CYRILLIC.test(p[lang])) at(lang, `"${p[lang]}" has no Cyrillic letter: write the ${lang} form in Cyrillic`);
    }
    rows.set(p.name, { ...p, file: item.file, line: item.line });
  }
  return rows;
}

/**
 * Each name in an incident's `people` must have a row (when translations are required: a row
 * is the person's Cyrillic name); called once per incident.
 */
export function checkPeopleOf(people: string[], rows: Map<string, PersonRow>, used: Set<string>, required: boolean, at: Report) {
  people.forEach((name, i) => {
    if (rows.has(name)) used.add(name);
    else if (required) {
      at(
        `people.${i}`,
        `"${name}" has no row in ${PEOPLE_FILE}: add one with the spelling used here as name and the ru and kk Cyrillic forms`,
      );
    }
  });
}

/** Every row of the people table must be a name some incident uses, spelled the same. */
export function checkPeopleUsed(rows: Map<string, PersonRow>, used: Set<string>, errors: DataError[]) {
  for (const row of rows.values()) {
    if (used.has(row.name)) continue;
    errors.push({
      file: row.file,
      line: row.line,
      record: row.name,
      field: 'name',
      message:
        "no incident's people names this person: spell the name exactly as in the incidents' people lists, or remove the row",
    });
  }
}

type Translated = Pick<IncidentRecord, 'title_ru' | 'title_kk' | 'summary_ru' | 'summary_kk'>;

/** A record's title and summary in Russian and Kazakh: present when required, Cyrillic when present. */
export function checkRecordTranslations(r: Translated, required: boolean, at: Report) {
  for (const lang of TEXT_LANGS) {
    for (const base of ['title', 'summary'] as const) {
      const field = `${base}_${lang}` as const;
      const value = r[field];
      if (value === undefined) {
        if (required)
          at(
            field,
            `no ${field}: write our ${LANG_NAMES[lang]} ${base} beside the English (data/README.md, "Russian and Kazakh")`,
          );
      } else if (!CYRILLIC.test(value)) {
        at(field, `has no Cyrillic letter: write the ${LANG_NAMES[lang]} ${base} in Cyrillic`);
      }
    }
  }
}

/** A place's Russian and Kazakh names, and the note saying where they come from. */
export function checkPlaceNames(p: PlaceRecord, required: boolean, at: Report) {
  for (const lang of TEXT_LANGS) {
    const field = `name_${lang}` as const;
    const value = p[field];
    if (value === undefined) {
      if (required) at(field, `no ${field}: write the place's usual ${LANG_NAMES[lang]} name`);
    } else if (!CYRILLIC.test(value)) {
      at(field, `"${value}" has no Cyrillic letter: write the ${LANG_NAMES[lang]} name in Cyrillic`);
    }
  }
  const named = p.name_ru !== undefined || p.name_kk !== undefined;
  if (p.names_source === undefined && (required || named)) {
    at('names_source', 'no names_source: say where the Russian and Kazakh forms come from');
  }
}

/** A checked place and the first-level unit it lies in (computed for towns). */
export interface PlaceEntry {
  record: PlaceRecord;
  admin1: string | null;
}

const LANG_NAMES: Record<TextLang, string> = { ru: 'Russian', kk: 'Kazakh' };

/** One language's texts, keyed by record id, place id and the source's spelling of a person. */
export function gatherText(
  lang: TextLang,
  incidents: readonly Translated[] & readonly { id: string }[],
  context: readonly ContextRecord[],
  places: readonly PlaceEntry[],
  people: Iterable<PersonRow>,
): LocalizedText {
  const records = (list: readonly (Translated & { id: string })[]) => {
    const out: LocalizedText['incidents'] = {};
    for (const r of list) {
      const title = r[`title_${lang}`];
      const summary = r[`summary_${lang}`];
      if (title === undefined && summary === undefined) continue;
      out[r.id] = { ...(title === undefined ? {} : { title }), ...(summary === undefined ? {} : { summary }) };
    }
    return out;
  };
  const placeNames: Record<string, string> = {};
  for (const { record: p } of places) {
    const name = p[`name_${lang}`];
    if (name !== undefined) placeNames[p.id] = name;
  }
  const peopleNames: Record<string, string> = {};
  for (const p of people) peopleNames[p.name] = p[lang];
  return {
    incidents: sortedByKey(records(incidents as readonly (Translated & { id: string })[])),
    context: sortedByKey(records(context)),
    places: sortedByKey(placeNames),
    regions: regionNames(lang, places),
    people: sortedByKey(peopleNames),
  };
}

/**
 * The names of the first-level units by ISO code: a region's own name, or for a city of
 * republican significance (Almaty, Astana: units with no region record) the name of the one
 * town in it.
 */
function regionNames(lang: TextLang, places: readonly PlaceEntry[]): Record<string, string> {
  const out: Record<string, string> = {};
  const townsIn = new Map<string, string[]>();
  for (const { record: p, admin1 } of places) {
    const name = p[`name_${lang}`];
    if (name === undefined) continue;
    if (p.kind === 'region') out[p.admin1] = name;
    else if (p.kind === 'town' && admin1) townsIn.set(admin1, [...(townsIn.get(admin1) ?? []), name]);
  }
  for (const [code, names] of townsIn) if (!(code in out) && names.length === 1 && names[0]) out[code] = names[0];
  return sortedByKey(out);
}

/** The same object with its keys in one order, whatever the order of the curated files: same input, same bytes. */
function sortedByKey<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The other Latin spellings of places and people, for the search (names.json). */
export function gatherNameVariants(places: readonly PlaceEntry[], people: Iterable<PersonRow>): NameVariants {
  const out: NameVariants = { places: {}, people: {} };
  for (const { record: p } of places) if (p.alt_names.length > 0) out.places[p.id] = p.alt_names;
  for (const p of people) if (p.alt_names.length > 0) out.people[p.name] = p.alt_names;
  return { places: sortedByKey(out.places), people: sortedByKey(out.people) };
}
