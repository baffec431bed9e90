/**
 * Test roots for the data pipeline: each test gets a fresh temporary copy of
 * test/fixtures/pipeline/valid (optionally with broken files laid over it), with the real
 * first-level boundaries linked in at data/geo/kaz-adm1.geojson (1.9 MB: never copied into
 * the fixtures). The copy is removed when the test finishes, pass or fail.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { runPipeline } from '../../../data/pipeline/build.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(REPO_ROOT, 'test/fixtures/pipeline');
const TMP_PREFIX = 'kz-pipeline-test-';

/** The fake seed document of the fixtures, and the file of its incidents. */
export const DOC = '000_a1b2c3d4e5f60718.txt';
export const INCIDENTS = 'data/incidents/000_a1b2c3d4e5f60718.yaml';
export const OUTPUTS = [
  'public/data/incidents.geojson',
  'public/data/incidents.json',
  'public/data/context.json',
  'public/data/sources.json',
  'public/data/coverage.json',
  'public/data/text.ru.json',
  'public/data/text.kk.json',
  'public/data/names.json',
  'public/data/passages.json',
] as const;
export const NOTHING_WRITTEN = (n: number) => `${n} problem(s) found; nothing was written. Fix them and run npm run data again.`;

export interface RunResult {
  code: number;
  log: string[];
}

export interface FixtureRoot {
  root: string;
  seedsDir: string;
  /** Runs the pipeline on this root, collecting what it logs. */
  run(options?: { check?: boolean; seedsDir?: string }): RunResult;
  /** Lays test/fixtures/pipeline/broken/<name> over the root (its files replace or join the valid ones). */
  overlay(name: string): void;
  read(path: string): string;
  write(path: string, text: string): void;
  /** Bytes of the output files (a missing file reads as null). */
  outputs(): Record<string, Buffer | null>;
  /** Every file name under the root's public/data/. */
  outputDir(): string[];
  /** Changes one incident's title in the source records: the outputs are then stale. */
  editATitle(): void;
}

/** A fresh copy of the valid fixture root, with the given broken overlays, removed after the test. */
export function makeRoot(...overlays: string[]): FixtureRoot {
  const root = mkdtempSync(join(tmpdir(), TMP_PREFIX));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  mkdirSync(join(root, 'data/geo'), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'data/geo/kaz-adm1.geojson'), join(root, 'data/geo/kaz-adm1.geojson'));
  const seedsDir = join(root, 'seeds');

  const fixture: FixtureRoot = {
    root,
    seedsDir,
    run({ check = false, seedsDir: seeds = seedsDir } = {}) {
      const log: string[] = [];
      // The fixtures are English-only: the translation checks have tests of their own
      // (translations.test.ts), and the real data is built with them required.
      const code = runPipeline({ root, seedsDir: seeds, check, log: (line) => log.push(line), translationsRequired: false });
      return { code, log };
    },
    overlay(name) {
      const dir = join(FIXTURES, 'broken', name);
      if (!existsSync(dir)) throw new Error(`no fixture overlay ${dir}`);
      cpSync(dir, root, { recursive: true });
    },
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, text) => writeFileSync(join(root, path), text),
    outputs: () => Object.fromEntries(OUTPUTS.map((p) => [p, existsSync(join(root, p)) ? readFileSync(join(root, p)) : null])),
    outputDir: () => (existsSync(join(root, 'public/data')) ? readdirSync(join(root, 'public/data')).sort() : []),
    editATitle: () =>
      fixture.write(
        INCIDENTS,
        fixture.read(INCIDENTS).replace('Court closes the newspaper Test Weekly', 'A court closes Test Weekly'),
      ),
  };
  for (const name of overlays) fixture.overlay(name);
  return fixture;
}

/** Every file the pipeline writes to public/data, in the order a directory listing gives. */
export const ALL_OUTPUTS = [
  'context.json',
  'coverage.json',
  'incidents.geojson',
  'incidents.json',
  'names.json',
  'passages.json',
  'sources.json',
  'text.kk.json',
  'text.ru.json',
];
