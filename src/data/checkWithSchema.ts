/**
 * Checks a parsed file against one of the zod schemas (datasetSchema.ts), for the files the
 * page loads later and only on demand (loadText.ts, loadPassages.ts). The dataset's own files
 * have plain checks instead (loadDataset.ts), so the first load carries no zod.
 */
import * as z from 'zod/mini';
import { DatasetError } from './DatasetError.ts';

export function checkWithSchema<T>(schema: z.ZodMiniType<T>, value: unknown, url: string): T {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new DatasetError(`${url}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unexpected shape'}`);
}
