import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isSeq, isMap } from 'yaml';
import type { DataError } from './DataError.ts';

export interface Located<T = unknown> {
  file: string;
  line: number;
  value: T;
  /** Line of each top-level key of the item, to point errors at the field. */
  fieldLines: Record<string, number>;
}

/**
 * Reads a YAML file that holds a list of mappings and keeps the line of each item
 * and of each of its keys, so that errors can name the line a curator must edit.
 */
export function readYamlList(file: string, errors: DataError[], text = readFileSync(file, 'utf8')): Located[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  for (const e of doc.errors) {
    errors.push({ file, line: e.linePos?.[0].line, message: `YAML syntax: ${e.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return [];
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    errors.push({ file, line: 1, message: 'expected a list of records ("- id: ...")' });
    return [];
  }
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  return doc.contents.items.map((item) => {
    const fieldLines: Record<string, number> = {};
    if (isMap(item)) {
      for (const pair of item.items) {
        const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
        if (key && typeof key.value === 'string') fieldLines[key.value] = lineOf(key.range?.[0]);
      }
    }
    const node = item as { range?: [number, number, number] } | null;
    return { file, line: lineOf(node?.range?.[0]), value: (item as { toJSON(): unknown } | null)?.toJSON() ?? item, fieldLines };
  });
}
