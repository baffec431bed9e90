/**
 * Our titles and summaries are our own words: none may repeat twelve or more consecutive
 * words of a document the record cites. Words are compared normalised (no accents, lower
 * case, punctuation dropped), against the whole document, so a sentence copied from the
 * paragraph next to the cited lines is caught too.
 */
import { normalize } from './normalizeText.ts';

export const COPIED_RUN = 12;

/** A document's words, each with its line, and where each run of COPIED_RUN words starts. */
interface DocIndex {
  words: string[];
  lineOf: number[];
  runs: Map<string, number>;
}

const indexes = new WeakMap<readonly string[], DocIndex>();

export function wordsOf(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function indexOf(lines: readonly string[]): DocIndex {
  const cached = indexes.get(lines);
  if (cached) return cached;
  const words: string[] = [];
  const lineOf: number[] = [];
  let hyphenated = false;
  lines.forEach((text, i) => {
    const lineWords = wordsOf(text);
    // A word a PDF extraction split at the line's end ("sen-" / "tenced") is one word.
    if (hyphenated && lineWords.length > 0 && words.length > 0) words[words.length - 1] += lineWords.shift() ?? '';
    for (const w of lineWords) {
      words.push(w);
      lineOf.push(i + 1);
    }
    if (text.trim() !== '') hyphenated = /\p{L}-$/u.test(text.trimEnd());
  });
  const runs = new Map<string, number>();
  for (let i = 0; i + COPIED_RUN <= words.length; i++) {
    const key = words.slice(i, i + COPIED_RUN).join(' ');
    if (!runs.has(key)) runs.set(key, i);
  }
  const index = { words, lineOf, runs };
  indexes.set(lines, index);
  return index;
}

export interface CopiedRun {
  doc: string;
  line: number;
  words: string;
}

/** The first longest run of COPIED_RUN or more words of `text` found in one of the documents. */
export function findCopiedRun(text: string, docs: readonly { doc: string; lines: readonly string[] }[]): CopiedRun | null {
  const words = wordsOf(text);
  let best: CopiedRun | null = null;
  let bestLength = 0;
  for (const { doc, lines } of docs) {
    const index = indexOf(lines);
    for (let i = 0; i + COPIED_RUN <= words.length; i++) {
      const at = index.runs.get(words.slice(i, i + COPIED_RUN).join(' '));
      if (at === undefined) continue;
      let n = COPIED_RUN;
      while (i + n < words.length && index.words[at + n] === words[i + n]) n++;
      if (n > bestLength) {
        bestLength = n;
        best = { doc, line: index.lineOf[at] ?? 1, words: words.slice(i, i + n).join(' ') };
      }
    }
  }
  return best;
}

/** Reports each title or summary that repeats a run of its documents' words. */
export function checkCopiedWording(
  record: { title: string; summary: string; sources: readonly { doc: string }[] },
  seeds: ReadonlyMap<string, readonly string[]> | null,
  at: (field: string, message: string) => void,
): void {
  if (!seeds) return;
  const docs = [...new Set(record.sources.map((s) => s.doc))].flatMap((doc) => {
    const lines = seeds.get(doc);
    return lines ? [{ doc, lines }] : [];
  });
  for (const field of ['title', 'summary'] as const) {
    const run = findCopiedRun(record[field], docs);
    if (!run) continue;
    const n = run.words.split(' ').length;
    at(
      field,
      `repeats ${n} consecutive words of ${run.doc} (line ${run.line}): "${run.words}"; say it in our own words (at most ${COPIED_RUN - 1} words in a row from the source)`,
    );
  }
}
