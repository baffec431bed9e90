/**
 * The builds the benchmark measures: the app (once, with the project's Vite config), one
 * copy of it per dataset with only its incidents replaced (data/incidents.json, which the app loads, and
 * data/incidents.geojson), and the "library floor"
 * bundles that do nothing but import and minimally use the libraries the app is built on.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..');

/**
 * Everything the benchmark writes but results.json. It sits under node_modules/.cache, as
 * Vite's own caches do: git, ESLint and Prettier already ignore it, and a floor bundle
 * built there resolves the project's packages.
 */
export const OUT = resolve(process.env.BENCH_OUT ?? join(ROOT, 'node_modules/.cache/kz-bench'));

/**
 * `vite build` of the app into `outDir` (no minification for CPU profiles with readable names),
 * with Vite's manifest (`.vite/manifest.json`), from which viewFiles.ts tells the map's files
 * from the list's.
 */
export async function buildApp(outDir: string, options: { minify?: boolean } = {}): Promise<void> {
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: options.minify ?? true,
      manifest: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1e6,
    },
  });
}

/**
 * A copy of the built site with other incidents: `incidents.geojson` and `incidents.json` (the
 * app's file, incidentColumns.ts) hold the same ones; sources and context stay real.
 */
export function siteWithData(builtDir: string, siteDir: string, files: { geojson: string; app: string }): void {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(builtDir, siteDir, { recursive: true });
  writeFileSync(join(siteDir, 'data/incidents.geojson'), files.geojson);
  writeFileSync(join(siteDir, 'data/incidents.json'), files.app);
}

export const gzipBytes = (data: Buffer | string) => gzipSync(data).length;

export interface BundleSize {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/** Raw and gzip (zlib's default level, as Vite's preview server uses) size of each .js file under `dir`. */
export function jsSize(dir: string): BundleSize {
  const files: BundleSize['files'] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.m?js$/.test(name)) {
        const data = readFileSync(path);
        files.push({ file: relative(dir, path), bytes: data.length, gzipBytes: gzipBytes(data) });
      }
    }
  };
  walk(dir);
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
  };
}

// The floors import what the app imports, the way it does (the map worker as a separate
// file), and use each import once so that nothing is tree-shaken away.
const MAPLIBRE = `
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
setWorkerUrl(workerUrl);
new MapLibreMap({ container: document.body, style: { version: 8, sources: {}, layers: [] } });
`;
const REACT = `
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.body).render(h('svg', { width: 300, height: 200 }));
`;

export const FLOORS = {
  /** maplibre-gl, its worker and react-dom/client. */
  explorer: MAPLIBRE + REACT,
  /** react-dom/client: what a chart embed cannot do without (the charts are our own SVG). */
  embed: REACT,
  /** maplibre-gl and its worker alone, to split the explorer's floor. */
  maplibre: MAPLIBRE,
} as const;

export type FloorName = keyof typeof FLOORS;

/** Builds one floor bundle with Vite (production mode, default minifier) and measures its JS. */
export async function buildFloor(name: FloorName): Promise<BundleSize> {
  const dir = join(OUT, 'floor', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.js'), FLOORS[name]);
  const outDir = join(dir, 'dist');
  await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1e6,
      rollupOptions: { input: join(dir, 'main.js') },
    },
  });
  return jsSize(outDir);
}
