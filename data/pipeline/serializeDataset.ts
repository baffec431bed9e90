import { join } from 'node:path';
import { incidentColumns, serializeIncidentColumns } from '../../src/data/incidentColumns.ts';
import type { Dataset } from './buildDataset.ts';

/**
 * The files the app loads, as path → text. One-space-indented JSON with one key order: the same
 * input gives the same bytes, so diffs of the committed output show real changes only.
 */
export function serializeDataset(dataset: Dataset, outDir: string): Map<string, string> {
  const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;
  return new Map([
    // The download and the file for other tools; the app loads the same incidents from incidents.json.
    [join(outDir, 'incidents.geojson'), json(dataset.incidents)],
    [join(outDir, 'incidents.json'), serializeIncidentColumns(incidentColumns(dataset.incidents.features))],
    [join(outDir, 'context.json'), json(dataset.context)],
    [join(outDir, 'sources.json'), json(dataset.sources)],
    [join(outDir, 'coverage.json'), json({ years: dataset.coverage })],
    // Loaded only by a Russian or Kazakh reader, or a search in Cyrillic; names.json on a first search.
    [join(outDir, 'text.ru.json'), json(dataset.text.ru)],
    [join(outDir, 'text.kk.json'), json(dataset.text.kk)],
    [join(outDir, 'names.json'), json(dataset.names)],
  ]);
}
