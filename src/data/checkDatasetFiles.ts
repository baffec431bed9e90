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

const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const isDocName = (v: unknown): v is string => isText(v) && DOC_NAME.test(v);
const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

/** The first field of `v` not in `fields`, as a Wrong. */
function extraField(v: Record<string, unknown>, fields: readonly string[], where = ''): Wrong {
  const extra = Object.keys(v).find((k) => !fields.includes(k));
  return extra === undefined ? null : [`${where}${extra}`, `not a field of this record (${fields.join(', ')})`];
}

function textWrong(v: unknown, field: string, minLength = 0): Wrong {
  if (isText(v) && v.length >= minLength) return null;
  return [field, minLength > 0 ? `text of at least ${minLength} characters` : 'text'];
}

function dateWrong(v: unknown, field: string): Wrong {
  if (!isText(v) || !ISO_DATE.test(v)) return [field, 'YYYY, YYYY-MM or YYYY-MM-DD'];
  return isRealDate(v) ? null : [field, 'not a calendar date (month 01-12, day within the month)'];
}

/** `Source`: where in a seed document a record is reported. */
function sourceWrong(v: unknown, field: string): Wrong {
  if (!isRecord(v)) return [field, 'an object with doc and lines'];
  if (!isDocName(v.doc)) return [`${field}.doc`, 'a seed file name like 000_6711e81a8e671186.txt'];
  const lines = v.lines;
  if (!Array.isArray(lines) || lines.length !== 2 || !lines.every((n) => isInt(n) && n >= 1))
    return [`${field}.lines`, 'two line numbers of at least 1'];
  if (lines[0] > lines[1]) return [`${field}.lines`, 'first line after last line'];
  return extraField(v, ['doc', 'lines'], `${field}.`);
}

function sourcesWrong(v: unknown): Wrong {
  if (!Array.isArray(v) || v.length === 0) return ['sources', 'a list of at least one source'];
  for (let k = 0; k < v.length; k++) {
    const wrong = sourceWrong(v[k], `sources[${k}]`);
    if (wrong) return wrong;
  }
  return null;
}

const DOCUMENT_FIELDS = ['doc', 'publisher', 'title', 'short', 'published', 'period', 'kind', 'coverage', 'note'];
const COVERAGE_FIELDS = ['kind', 'from', 'to', 'note'];

/** `SourceDocument`: an entry of sources.json. */
function documentWrong(d: unknown): Wrong {
  if (!isRecord(d)) return ['', `an object with ${DOCUMENT_FIELDS.join(', ')}`];
  if (!isDocName(d.doc)) return ['doc', 'a seed file name like 000_6711e81a8e671186.txt'];
  for (const field of ['publisher', 'title', 'short', 'kind'] as const) {
    const wrong = textWrong(d[field], field, 2);
    if (wrong) return wrong;
  }
  if (d.published !== 'unknown') {
    const wrong = dateWrong(d.published, 'published');
    if (wrong) return ['published', `${wrong[1]}, or "unknown"`];
  }
  const wrong = textWrong(d.period, 'period', 4) ?? (d.note === undefined ? null : textWrong(d.note, 'note'));
  if (wrong) return wrong;
  const c = d.coverage;
  if (!isRecord(c)) return ['coverage', `an object with ${COVERAGE_FIELDS.join(', ')}`];
  if (!(COVERAGE_KINDS as readonly unknown[]).includes(c.kind)) return ['coverage.kind', oneOf(COVERAGE_KINDS)];
  for (const end of ['from', 'to'] as const) {
    const v = c[end];
    if (!isText(v) || !YEAR_MONTH.test(v)) return [`coverage.${end}`, 'a month as YYYY-MM, e.g. 2011-01'];
  }
  if (c.note !== undefined) {
    const wrong = textWrong(c.note, 'coverage.note', 4);
    if (wrong) return wrong;
  }
  return (
    extraField(c, COVERAGE_FIELDS, 'coverage.') ??
    ((c.from as string) > (c.to as string) ? ['coverage.to', 'from is after to'] : null) ??
    extraField(d, DOCUMENT_FIELDS)
  );
}

/** `ContextList`'s entries: an event the timeline can mark. */
function eventWrong(e: unknown): Wrong {
  if (!isRecord(e)) return ['', 'an object with id, date, kind, title, summary and sources'];
  for (const field of ['id', 'kind', 'title', 'summary'] as const) {
    const wrong = textWrong(e[field], field);
    if (wrong) return wrong;
  }
  return dateWrong(e.date, 'date') ?? sourcesWrong(e.sources);
}

/** `CoverageFile`'s entries: how the documents cover one year. */
function yearWrong(y: unknown): Wrong {
  if (!isRecord(y)) return ['', 'an object with year, level and docs'];
  if (!isInt(y.year)) return ['year', 'a whole number'];
  if (!(COVERAGE_LEVELS as readonly unknown[]).includes(y.level)) return ['level', oneOf(COVERAGE_LEVELS)];
  if (!Array.isArray(y.docs)) return ['docs', 'a list'];
  for (let k = 0; k < y.docs.length; k++) {
    const doc: unknown = y.docs[k];
    const field = `docs[${k}]`;
    if (!isRecord(doc)) return [field, 'an object with doc and how'];
    if (!isDocName(doc.doc)) return [`${field}.doc`, 'a seed file name like 000_6711e81a8e671186.txt'];
    if (!(COVERAGE_HOWS as readonly unknown[]).includes(doc.how)) return [`${field}.how`, oneOf(COVERAGE_HOWS)];
    const extra = extraField(doc, ['doc', 'how'], `${field}.`);
    if (extra) return extra;
  }
  return extraField(y, ['year', 'level', 'docs']);
}

/**
 * Checks each record of a list with `wrong`, and throws a DatasetError naming the file, the
 * field and the record (`label` gives its name, when well formed) of the first problem.
 */
function checkList(
  list: unknown,
  [url, where]: [url: string, where: string],
  what: string,
  wrong: (v: unknown) => Wrong,
  label: (v: unknown) => string,
) {
  if (!Array.isArray(list)) throw new DatasetError(`${url}: ${where}: a list of records (${what} 1, ${what} 2, …)`);
  list.forEach((v, i) => {
    const w = wrong(v);
    if (!w) return;
    const name = label(v);
    const record = `${what} ${i + 1}${name ? ` (${name})` : ''}`;
    throw new DatasetError(`${url}: ${w[0] ? `${w[0]}, ` : ''}${record}: ${w[1]}`);
  });
  return list as unknown[];
}

/** Checks public/data/sources.json and returns it typed, or throws a DatasetError. */
export function checkSources(value: unknown, url: string): SourceDocument[] {
  const label = (d: unknown) => (isRecord(d) && isDocName(d.doc) ? d.doc : '');
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
  const extra = extraField(value, ['years']);
  if (extra) throw new DatasetError(`${url}: ${extra[0]}: ${extra[1]}`);
  const label = (y: unknown) => (isRecord(y) && isInt(y.year) ? `year ${y.year}` : '');
  checkList(value.years, [url, 'years'], 'entry', yearWrong, label);
  return value as CoverageFile;
}
