/**
 * The cited words of a record, from public/data/passages.json. Loaded on demand: only the
 * incident detail needs them, and the file (about 35 KB gzip) would otherwise delay the
 * first view for every reader.
 */
import type { PassageFile, Source } from './datasetSchema.ts';

export interface PassageLine {
  /** 1-based line number in the document. */
  n: number;
  text: string;
  /** True for the line of context before or after the cited lines. */
  context: boolean;
}

export interface Passage {
  doc: string;
  first: number;
  last: number;
  /** Empty when the file has no such passage (the pipeline writes every cited one). */
  lines: PassageLine[];
}

/** The lines of one cited range of a document, with their context, in document order. */
export function passageLines(file: PassageFile, doc: string, first: number, last: number): PassageLine[] {
  const entry = file[doc];
  const span = entry?.passages[`${first}-${last}`];
  if (!entry || !span) return [];
  const out: PassageLine[] = [];
  for (let n = span[0]; n <= span[1]; n++) {
    const text = entry.lines[String(n)];
    if (text !== undefined) out.push({ n, text, context: n < first || n > last });
  }
  return out;
}

/** Each source of a record as a passage to quote, in the record's order of sources. */
export function passagesFor(file: PassageFile, record: { sources: readonly Source[] }): Passage[] {
  return record.sources.map(({ doc, lines: [first, last] }) => ({
    doc,
    first,
    last,
    lines: passageLines(file, doc, first, last),
  }));
}

/**
 * The records that cite a document, in the order of the document (by first cited line, then
 * last, then id), each with the range it cites: a record citing the document twice appears
 * once per range.
 */
export function recordsCitingDoc<R extends { id: string; sources: readonly Source[] }>(
  records: readonly R[],
  doc: string,
): { record: R; first: number; last: number }[] {
  return records
    .flatMap((record) =>
      record.sources.filter((s) => s.doc === doc).map((s) => ({ record, first: s.lines[0], last: s.lines[1] })),
    )
    .sort((a, b) => a.first - b.first || a.last - b.last || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
}
