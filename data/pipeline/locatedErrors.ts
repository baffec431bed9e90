/**
 * Problems of a curated YAML record, reported at the line of the field they are about: the
 * record parsed against its schema, a field's line, a duplicate id. Shared by every check
 * of the pipeline so each names file, line, record and field the same way.
 */
import type { z } from 'zod';
import type { DataError } from './DataError.ts';
import type { Located } from './readYamlList.ts';

/** Parses a record against its schema; each issue is reported at its field's line, named by `recordKey` (its id). */
export function parseLocated<T>(schema: z.ZodType<T>, item: Located, errors: DataError[], recordKey = 'id'): T | null {
  const parsed = schema.safeParse(item.value);
  if (parsed.success) return parsed.data;
  const value = (item.value as Record<string, unknown> | null)?.[recordKey];
  const record = typeof value === 'string' ? value : undefined;
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
    // An unknown field is an issue of the record itself: point at the first unknown key.
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
    const line = lineOf(item, typeof key === 'string' ? key : undefined);
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
    errors.push({ file: item.file, line, record, field, message });
  }
  return null;
}

/** The line of a field's top-level key ("sources" for "sources.0.lines"), else of the record. */
export function lineOf(item: Located, field: string | undefined): number {
  const key = field?.split('.')[0];
  return (key === undefined ? undefined : item.fieldLines[key]) ?? item.line;
}

/** Reports problems of one record's fields, at the line of the field. */
export function reporter(errors: DataError[], item: Located, record: string) {
  return (field: string, message: string) => errors.push({ file: item.file, line: lineOf(item, field), record, field, message });
}

/** Notes an id's first use, and reports any later one as a duplicate. */
export function noteDuplicate(ids: Map<string, string>, id: string, item: Located, at: (field: string, message: string) => void) {
  const first = ids.get(id);
  if (first) at('id', `duplicate id, first used at ${first}: ids are never reused`);
  else ids.set(id, `${item.file}:${item.line}`);
}
