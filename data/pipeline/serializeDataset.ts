import { join } from 'node:path';
import type { Dataset } from './buildDataset.ts';

/**
 * The files the app loads, as path → text. One-space-indented JSON with one key order: the same
 * input gives the same bytes, so diffs of the committed output show real changes only.
 */
export function serializeDataset(dataset: Dataset, outDir: string): Map<string, string> {
  const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;
  return new Map([
    [join(outDir, 'incidents.geojson'), json(dataset.incidents)],
    [join(outDir, 'context.json'), json(dataset.context)],
    [join(outDir, 'sources.json'), json(dataset.sources)],
    [join(outDir, 'coverage.json'), json({ years: dataset.coverage })],
  ]);
}
