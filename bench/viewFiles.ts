/**
 * Which of a load's requests each view waits on, read from the build's manifest
 * (`build.manifest`, written by the benchmark's build): the list and charts need the page, the
 * code and styles the entry loads statically (with their fonts), the workers and the data;
 * the map needs, besides, the chunks its lazy import pulls in, MapLibre's worker and the
 * basemap. Other lazy chunks (the share dialog, the service worker's registration) are
 * neither's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
  isEntry?: boolean;
}

export type ViewKind = 'firstView' | 'map' | 'other';

/** The module the explorer lazy-loads its map from (MapPanel.tsx). */
const MAP_MODULE = 'src/features/map/IncidentMap.tsx';

export function viewFiles(siteDir: string): (path: string) => ViewKind {
  const file = join(siteDir, '.vite/manifest.json');
  if (!existsSync(file)) throw new Error(`${file}: no build manifest (the benchmark builds with build.manifest)`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  const closure = (key: string, into = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return into;
    into.add(chunk.file);
    for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) into.add(f);
    for (const k of chunk.imports ?? []) closure(k, into);
    return into;
  };
  const entry = closure('index.html');
  if (!manifest[MAP_MODULE]) throw new Error(`${file}: no chunk for ${MAP_MODULE}; update bench/viewFiles.ts`);
  const map = new Set([...closure(MAP_MODULE)].filter((f) => !entry.has(f)));
  const known = new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? []), ...(c.assets ?? [])]));
  return (path) => {
    if (path === 'index.html' || entry.has(path) || path.startsWith('data/')) return 'firstView';
    if (map.has(path) || path.startsWith('geo/') || /maplibre/i.test(path)) return 'map';
    // A script the manifest does not list is a worker's (Vite bundles workers on their own):
    // MapLibre's is matched above, so this is the data loader's.
    if (/\.m?js$/.test(path) && !known.has(path)) return 'firstView';
    return 'other';
  };
}
