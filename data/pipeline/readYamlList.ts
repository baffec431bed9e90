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
 * The errors the yaml library reports on the line before a line indented too far: that line
 * ("  date: 2012") reads as a key whose value goes on over the next ("   title: x").
 */
const MISREAD_AS_CONTINUATION = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

/** The first line after `line` (1-based) indented more than it: the one the curator changed; null when none. */
function indentedMoreAfter(lines: string[], line: number): number | null {
  const base = indentOf(lines[line - 1] ?? '');
  for (let i = line; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (!isContent(text)) continue;
    return indentOf(text) > base ? i + 1 : null;
  }
  return null;
}

/** The id of the record that holds `line` (1-based), from the nearest "- id: ..." at or above it. */
function recordAt(lines: string[], line: number): string | undefined {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = /^-\s+id:\s*['"]?([^'"#\s]+)/.exec(lines[i] ?? '');
    if (m) return m[1];
    if (/^-(\s|$)/.test(lines[i] ?? '')) return undefined;
  }
  return undefined;
}

/**
 * Reads a YAML file that holds a list of mappings and keeps the line of each item
 * and of each of its keys, so that errors can name the line a curator must edit.
 */
export function readYamlList(file: string, errors: DataError[], text = readFileSync(file, 'utf8')): Located[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lines = text.split(/\r\n|\r|\n/);
  const seen = new Set<string>();
  for (const e of doc.errors) {
    const at = e.linePos?.[0].line;
    const moved = at !== undefined && MISREAD_AS_CONTINUATION.has(e.code) ? indentedMoreAfter(lines, at) : null;
    const line = moved ?? at;
    const record = line === undefined ? undefined : recordAt(lines, line);
    const message = moved
      ? `YAML syntax: this line is indented more than the one before it (${indentOf(lines[moved - 1] ?? '')} spaces), ` +
        'so it reads as the continuation of that line: give it the indentation of the fields around it'
      : `YAML syntax: ${e.message.split('\n')[0]}`;
    // The library reports one misplaced line as several errors; the curator needs it once.
    if (!seen.has(`${line}:${message}`)) errors.push({ file, line, ...(record ? { record } : {}), message });
    seen.add(`${line}:${message}`);
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
