/**
 * The cited words: every line range a record cites, copied from its document with one line
 * of context either side, for public/data/passages.json. The site ships them so a reader can
 * check a record without the documents; the pipeline checks the committed copy against the
 * documents so that a passage never drifts from what it quotes.
 */
import { PassageFile, type Source } from './schema.ts';
import { passageLines } from '../../src/data/passages.ts';
import type { DataError } from './DataError.ts';

export const PASSAGES_FILE = 'public/data/passages.json';

/** A record as the passages need it: where it is written, and what it cites. */
export interface CitingRecord {
  id: string;
  file: string;
  line: number;
  sources: Source[];
}

const rangeKey = ([first, last]: readonly [number, number]) => `${first}-${last}`;

/**
 * The span of a passage: lines first..last, widened to the nearest non-blank line before and
 * after (most documents put a blank line between paragraphs, which tells the reader nothing).
 */
export function passageSpan(lines: readonly string[], first: number, last: number): [number, number] {
  const nonBlank = (n: number) => (lines[n - 1] ?? '').trim() !== '';
  let before = first - 1;
  while (before >= 1 && !nonBlank(before)) before--;
  let after = last + 1;
  while (after <= lines.length && !nonBlank(after)) after++;
  return [before >= 1 ? before : first, after <= lines.length ? after : Math.min(last, lines.length)];
}

/** Every cited range of every record, in document then line order (the same bytes for the same input). */
export function buildPassages(records: readonly CitingRecord[], seeds: ReadonlyMap<string, readonly string[]>): PassageFile {
  const ranges = new Map<string, Map<string, readonly [number, number]>>();
  for (const r of records) {
    for (const s of r.sources) {
      const lines = seeds.get(s.doc);
      if (!lines || s.lines[1] > lines.length) continue; // reported by the range check
      let byKey = ranges.get(s.doc);
      if (!byKey) ranges.set(s.doc, (byKey = new Map()));
      byKey.set(rangeKey(s.lines), s.lines);
    }
  }
  const out: PassageFile = {};
  for (const doc of [...ranges.keys()].sort()) {
    const lines = seeds.get(doc) ?? [];
    const sorted = [...(ranges.get(doc)?.values() ?? [])].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const passages: Record<string, [number, number]> = {};
    const used = new Set<number>();
    for (const [first, last] of sorted) {
      const span = passageSpan(lines, first, last);
      passages[rangeKey([first, last])] = span;
      for (let n = span[0]; n <= span[1]; n++) if ((lines[n - 1] ?? '').trim() !== '') used.add(n);
    }
    const text: Record<string, string> = {};
    for (const n of [...used].sort((a, b) => a - b)) text[String(n)] = lines[n - 1] ?? '';
    out[doc] = { passages, lines: text };
  }
  return out;
}

/** One passage as lines, to compare a committed one with a fresh one. */
const linesOf = (file: PassageFile, doc: string, [first, last]: readonly [number, number]) =>
  JSON.stringify(passageLines(file, doc, first, last));

/**
 * Compares the committed passages with the documents (through a fresh build), record by
 * record: a document edited after the records were coded moves its lines, and the record
 * must be re-read, not only the file regenerated.
 */
export function checkCommittedPassages(
  committed: PassageFile,
  fresh: PassageFile,
  records: readonly CitingRecord[],
): DataError[] {
  const errors: DataError[] = [];
  for (const r of records) {
    r.sources.forEach((s, i) => {
      const key = rangeKey(s.lines);
      if (!fresh[s.doc]?.passages[key]) return; // a range the documents cannot give is reported by the range check
      const have = committed[s.doc]?.passages[key];
      if (have && linesOf(committed, s.doc, s.lines) === linesOf(fresh, s.doc, s.lines)) return;
      errors.push({
        file: r.file,
        line: r.line,
        record: r.id,
        field: `sources.${i}`,
        message: have
          ? `the passage committed in ${PASSAGES_FILE} for lines ${key} of ${s.doc} no longer matches the document: re-read the record against ${s.doc}, fix its lines if they moved, then run npm run data`
          : `${PASSAGES_FILE} has no passage for lines ${key} of ${s.doc}: run npm run data and commit the result`,
      });
    });
  }
  return errors;
}

/** Without the documents the committed passages are kept: each cited range must be in them. */
function checkPassagesCover(committed: PassageFile, records: readonly CitingRecord[]): DataError[] {
  const errors: DataError[] = [];
  for (const r of records) {
    r.sources.forEach((s, i) => {
      const key = rangeKey(s.lines);
      if (committed[s.doc]?.passages[key]) return;
      errors.push({
        file: r.file,
        line: r.line,
        record: r.id,
        field: `sources.${i}`,
        message: `${PASSAGES_FILE} has no passage for lines ${key} of ${s.doc}, and without ../shared/seeds it cannot be written: run npm run data where the documents are`,
      });
    });
  }
  return errors;
}

/**
 * The passages to write, and the problems with them. With the documents: a fresh build, and
 * in check mode each committed passage compared with it. Without them: the committed file
 * as it is, which must cover every cited range.
 */
export function resolvePassages(
  committedText: string | null,
  seeds: ReadonlyMap<string, readonly string[]> | null,
  check: boolean,
  records: readonly CitingRecord[],
): { errors: DataError[]; passages: PassageFile } {
  const errors: DataError[] = [];
  let committed: PassageFile | null = null;
  if (committedText !== null) {
    try {
      const parsed = PassageFile.safeParse(JSON.parse(committedText));
      if (parsed.success) committed = parsed.data;
      else
        errors.push({
          file: PASSAGES_FILE,
          message: `not a passages file (${parsed.error.issues[0]?.message}): run npm run data`,
        });
    } catch (err) {
      errors.push({ file: PASSAGES_FILE, message: `not valid JSON (${(err as Error).message}): run npm run data` });
    }
  }
  if (seeds) {
    const passages = buildPassages(records, seeds);
    if (!check) return { errors: [], passages };
    if (committed) errors.push(...checkCommittedPassages(committed, passages, records));
    return { errors, passages };
  }
  if (!committed) {
    if (committedText === null) {
      errors.push({
        file: PASSAGES_FILE,
        message: 'missing, and without ../shared/seeds it cannot be written: run npm run data where the documents are',
      });
    }
    return { errors, passages: {} };
  }
  errors.push(...checkPassagesCover(committed, records));
  return { errors, passages: committed };
}
