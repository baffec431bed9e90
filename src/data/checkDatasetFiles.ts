/**
 * The checks of public/data/sources.json, context.json and coverage.json with plain
 * comparisons instead of zod, so that the chart embed and the data worker load no schema
 * library. They mirror SourceDocument, ContextList and CoverageFile (datasetSchema.ts, which
 * the pipeline writes the files with), and a unit test runs both over the same good and bad
 * files so that they cannot drift apart (test/unit/data/checkDatasetFiles.test.ts).
 *
 * Each error names the file, the field and the record (its position, counted from 1, and its
 * name when that is well formed): `data/context.json: date, event 3 (zhanaozen): not a calendar date`.
 */
import type { ContextList, CoverageFile, SourceDocument } from './datasetSchema.ts';
import { DatasetError } from './DatasetError.ts';
import { isRealDate } from './isRealDate.ts';
import { DOC_NAME, ISO_DATE, SLUG, isRecord, isText } from './plainChecks.ts';
import { COVERAGE_HOWS, COVERAGE_KINDS, COVERAGE_LEVELS } from './vocabulary.ts';

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What is wrong: the field (empty for the record itself) and what it should be. */
type Wrong = [field: string, expected: string] | null;
/** A check of a value found at `field` of a record, mirroring one of the schema's types. */
type Check = (v: unknown, field: string) => Wrong;

const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const at = (field: string, key: string | number) =>
  typeof key === 'number' ? `${field}[${key}]` : field ? `${field}.${key}` : key;

const is =
  (test: (v: unknown) => boolean, expected: string): Check =>
  (v, field) =>
    test(v) ? null : [field, expected];
const text = (minLength = 0) =>
  is((v) => isText(v) && v.length >= minLength, minLength ? `text of at least ${minLength} characters` : 'text');
const matching = (pattern: RegExp, expected: string) => is((v) => isText(v) && pattern.test(v), expected);
const oneOf = (values: readonly string[]) => is((v) => values.includes(v as string), `one of ${values.join(', ')}`);
const optional =
  (check: Check): Check =>
  (v, field) =>
    v === undefined ? null : check(v, field);
const docName = matching(DOC_NAME, 'a seed file name like 000_6711e81a8e671186.txt');
const date: Check = (v, field) =>
  matching(ISO_DATE, 'YYYY, YYYY-MM or YYYY-MM-DD')(v, field) ??
  (isRealDate(v as string) ? null : [field, 'not a calendar date (month 01-12, day within the month)']);
const month = matching(YEAR_MONTH, 'a month as YYYY-MM, e.g. 2011-01');

/**
 * An object of these fields, checked in order (`strict`: no others, as z.strictObject), then
 * `then`, a check of the whole (as the schema's refinements).
 */
function object(fields: Record<string, Check>, strict = true, then?: (v: Record<string, unknown>) => Wrong): Check {
  const names = Object.keys(fields);
  return (v, field) => {
    if (!isRecord(v)) return [field, `an object with ${names.join(', ')}`];
    for (const name of names) {
      const wrong = fields[name]!(v[name], at(field, name));
      if (wrong) return wrong;
    }
    const extra = strict && Object.keys(v).find((k) => !names.includes(k));
    if (extra) return [at(field, extra), `not a field of this record (${names.join(', ')})`];
    const wrong = then?.(v);
    return wrong ? [at(field, wrong[0]), wrong[1]] : null;
  };
}

/** A list of `item`s, of at least `min` of them. */
function list(item: Check, min = 0, expected = 'a list'): Check {
  return (v, field) => {
    if (!Array.isArray(v) || v.length < min) return [field, expected];
    for (let k = 0; k < v.length; k++) {
      const wrong = item(v[k], at(field, k));
      if (wrong) return wrong;
    }
    return null;
  };
}

/** `Source`: where in a seed document a record is reported. */
const source = object({
  doc: docName,
  lines: (v, field) =>
    !Array.isArray(v) || v.length !== 2 || !v.every((n) => isInt(n) && n >= 1)
      ? [field, 'two line numbers of at least 1']
      : v[0] > v[1]
        ? [field, 'first line after last line']
        : null,
});

/** `SourceDocument`: an entry of sources.json. */
const documentWrong = object({
  doc: docName,
  publisher: text(2),
  title: text(2),
  short: text(2),
  published: (v, field) => {
    const wrong = v === 'unknown' ? null : date(v, field);
    return wrong && [field, `${wrong[1]}, or "unknown"`];
  },
  period: text(4),
  kind: text(2),
  coverage: object({ kind: oneOf(COVERAGE_KINDS), from: month, to: month, note: optional(text(4)) }, true, (c) =>
    (c.from as string) > (c.to as string) ? ['to', 'from is after to'] : null,
  ),
  note: optional(text()),
});

/** `ContextList`'s entries: an event the timeline can mark (extra fields allowed, as z.object). */
const eventWrong = object(
  { id: text(), date, kind: text(), title: text(), summary: text(), sources: list(source, 1, 'a list of at least one source') },
  false,
);

/** `CoverageFile`'s entries: how the documents cover one year. */
const yearWrong = object({
  year: is(isInt, 'a whole number'),
  level: oneOf(COVERAGE_LEVELS),
  docs: list(object({ doc: docName, how: oneOf(COVERAGE_HOWS) })),
});

/**
 * Checks each record of a list with `wrong`, and throws a DatasetError naming the file, the
 * field and the record (`label` gives its name, when well formed) of the first problem.
 */
function checkList(
  records: unknown,
  [url, where]: [url: string, where: string],
  what: string,
  wrong: Check,
  label: (v: unknown) => string,
) {
  if (!Array.isArray(records)) throw new DatasetError(`${url}: ${where}: a list of records (${what} 1, ${what} 2, …)`);
  records.forEach((v, i) => {
    const w = wrong(v, '');
    if (!w) return;
    const name = label(v);
    const record = `${what} ${i + 1}${name ? ` (${name})` : ''}`;
    throw new DatasetError(`${url}: ${w[0] ? `${w[0]}, ` : ''}${record}: ${w[1]}`);
  });
  return records as unknown[];
}

/** Checks public/data/sources.json and returns it typed, or throws a DatasetError. */
export function checkSources(value: unknown, url: string): SourceDocument[] {
  const label = (d: unknown) => (isRecord(d) && !docName(d.doc, '') ? (d.doc as string) : '');
  return checkList(value, [url, 'the file'], 'document', documentWrong, label) as SourceDocument[];
}

/** Checks public/data/context.json and returns its events with the schema's fields only. */
export function checkContext(value: unknown, url: string): ContextList {
  const label = (e: unknown) => (isRecord(e) && isText(e.id) && SLUG.test(e.id) ? e.id : '');
  return checkList(value, [url, 'the file'], 'event', eventWrong, label).map((v) => {
    // As the schema's z.object does: fields the app does not know are left behind.
    const { id, date, kind, title, summary, sources } = v as ContextList[number];
    return { id, date, kind, title, summary, sources };
  });
}

/** Checks public/data/coverage.json and returns it typed, or throws a DatasetError. */
export function checkCoverage(value: unknown, url: string): CoverageFile {
  if (!isRecord(value)) throw new DatasetError(`${url}: the file: an object with years`);
  const extra = Object.keys(value).find((k) => k !== 'years');
  if (extra) throw new DatasetError(`${url}: ${extra}: not a field of this record (years)`);
  const label = (y: unknown) => (isRecord(y) && isInt(y.year) ? `year ${y.year}` : '');
  checkList(value.years, [url, 'years'], 'entry', yearWrong, label);
  return value as CoverageFile;
}
