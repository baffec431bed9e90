/**
 * The temporary files of an interrupted `npm run data` (writeAtomically writes
 * `<output>.tmp-<pid>` and renames it; a run killed in between leaves the temp file). They must
 * not stay in public/data: the next run removes them, and the site's build refuses to copy them.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** A temporary file of writeAtomically: `incidents.geojson.tmp-12345`. */
export const TEMP_FILE = /\.tmp-\d+$/;

/** The temporary files anywhere under `dir`, as paths. */
export function findLeftovers(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => TEMP_FILE.test(name))
    .map((name) => join(dir, name))
    .sort();
}

/** Removes the temporary files an interrupted run left in `dir`; returns their paths. */
export function removeLeftovers(dir: string): string[] {
  const found = findLeftovers(dir);
  for (const path of found) rmSync(path, { force: true });
  return found;
}

/**
 * A Vite plugin that fails the build, before anything is written, when the public folder holds
 * a temporary file of an interrupted pipeline run: Vite would copy it into dist/ as it is.
 */
export function refuseLeftovers(): Plugin {
  let publicDir = '';
  let root = '';
  return {
    name: 'refuse-pipeline-leftovers',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      root = config.root;
    },
    buildStart() {
      const found = publicDir ? findLeftovers(publicDir) : [];
      if (found.length === 0) return;
      const names = found.map((p) => relative(root, p)).join(', ');
      this.error(
        `${names}: left by an interrupted \`npm run data\` and would be deployed. ` +
          'Run `npm run data` (it removes them) or delete them, then build again.',
      );
    },
  };
}
