/**
 * `npm run data`: validate the curated records, geocode them and write public/data/.
 * `npm run data:check`: the same, but fail if the committed outputs differ from a fresh run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, type Regions } from './buildDataset.ts';
import { PASSAGES_FILE, resolvePassages } from './buildPassages.ts';
import { formatError, type DataError } from './DataError.ts';
import { findLeftovers, removeLeftovers } from './leftovers.ts';
import { readYamlList, type Located } from './readYamlList.ts';
import { serializeDataset } from './serializeDataset.ts';
import { PEOPLE_FILE } from './translations.ts';
import { staleFiles } from './staleFiles.ts';
import { writeAtomically } from './writeAtomically.ts';

export interface BuildOptions {
  root: string;
  seedsDir: string;
  check: boolean;
  log: (line: string) => void;
  /** Whether a missing Russian or Kazakh text fails the run (TRANSLATIONS_REQUIRED unless told). */
  translationsRequired?: boolean;
}

/** Returns the process exit code: 0 written or up to date, 1 invalid or stale. */
export function runPipeline({ root, seedsDir, check, log, translationsRequired }: BuildOptions): number {
  const rel = (p: string) => relative(root, p) || p;
  const errors: DataError[] = [];
  // Read by root-relative name, so that records and YAML syntax errors alike name data/...
  const readYaml = (path: string): Located[] => readYamlList(rel(path), errors, readFileSync(path, 'utf8'));
  const readDir = (dir: string): Located[] =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .flatMap((f) => readYaml(join(root, dir, f)))
      : [];

  let seeds: Map<string, string[]> | null = null;
  if (existsSync(seedsDir)) {
    seeds = new Map(
      readdirSync(seedsDir)
        .filter((f) => f.endsWith('.txt'))
        // A final newline ends the last line; it does not start another (as wc -l, grep -n).
        .map((f) => [
          f,
          readFileSync(join(seedsDir, f), 'utf8')
            .replace(/\r?\n$/, '')
            .split('\n'),
        ]),
    );
  } else {
    log(
      `note: ${seedsDir} not found, so the cited lines (their range, the names in them, copied wording) are not checked against the documents and the committed passages are kept; everything else is.`,
    );
  }

  const sourcesPath = join(root, 'data/sources.json');
  let sources: unknown = [];
  try {
    sources = JSON.parse(readFileSync(sourcesPath, 'utf8'));
  } catch (err) {
    errors.push({ file: rel(sourcesPath), message: `cannot read: ${(err as Error).message}` });
  }
  const regions = JSON.parse(readFileSync(join(root, 'data/geo/kaz-adm1.geojson'), 'utf8')) as Regions;

  const {
    errors: dataErrors,
    dataset,
    citing,
  } = buildDataset({
    incidents: readDir('data/incidents'),
    context: readDir('data/context'),
    places: readYaml(join(root, 'data/places.yaml')),
    people: existsSync(join(root, PEOPLE_FILE)) ? readYaml(join(root, PEOPLE_FILE)) : [],
    sourcesFile: rel(sourcesPath),
    sources,
    seeds,
    regions,
    translationsRequired,
  });
  errors.push(...dataErrors);
  const passagesPath = join(root, PASSAGES_FILE);
  const committedPassages = existsSync(passagesPath) ? readFileSync(passagesPath, 'utf8') : null;
  const { errors: passageErrors, passages } = resolvePassages(committedPassages, seeds, check, citing);
  errors.push(...passageErrors);
  if (errors.length > 0) {
    for (const e of errors) log(formatError(e));
    log(`${errors.length} problem(s) found; nothing was written. Fix them and run npm run data again.`);
    return 1;
  }

  const outDir = join(root, 'public/data');
  const outputs = serializeDataset(dataset, outDir);
  outputs.set(passagesPath, `${JSON.stringify(passages, null, 1)}\n`);
  if (check) {
    const stale = staleFiles(outputs);
    for (const path of stale) log(`${rel(path)} is stale: run npm run data and commit the result.`);
    const leftovers = findLeftovers(outDir);
    for (const path of leftovers) log(`${rel(path)} is left from an interrupted run: run npm run data to remove it.`);
    const ok = stale.length === 0 && leftovers.length === 0;
    if (ok) log(`data: ${dataset.incidents.features.length} incidents, outputs up to date.`);
    return ok ? 0 : 1;
  }
  mkdirSync(outDir, { recursive: true });
  for (const path of removeLeftovers(outDir)) log(`data: removed ${rel(path)}, left by an interrupted run.`);
  writeAtomically(outputs);
  log(`data: wrote ${dataset.incidents.features.length} incidents, ${dataset.context.length} context records to public/data/.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  process.exitCode = runPipeline({
    root,
    seedsDir: process.env.SEEDS_DIR ?? resolve(root, '../shared/seeds'),
    check: process.argv.includes('--check'),
    log: (line) => console.log(line),
  });
}
