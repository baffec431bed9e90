/**
 * The site under test: the production build (dist/, from `npx vite build`), served on a free
 * port of 127.0.0.1, by Vite's preview server or by a plain server whose files can be replaced.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import { preview } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ with Vite's preview server on a free port of 127.0.0.1. */
export async function startServer(): Promise<SiteServer> {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) {
    throw new Error(`No build to test: ${resolve(ROOT, 'dist/index.html')} is missing. Run \`npx vite build\` first.`);
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('The preview server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}

/** A site whose files can be replaced while it runs, as a new deployment replaces them. */
export interface VersionedSite extends SiteServer {
  /** Serves `body` at `path` (relative to dist/, e.g. "data/incidents.geojson") from now on. */
  replace(path: string, body: string): void;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
};

/**
 * Serves dist/ from a plain Node server on a free port of 127.0.0.1, with `replace()` to
 * deploy a changed file: what a returning reader's service worker meets after an update.
 * (Routes cannot stand in for it: they do not see what a service worker fetches.)
 */
export async function startVersionedSite(): Promise<VersionedSite> {
  const dist = resolve(ROOT, 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`No build to test in ${dist}: run \`npx vite build\` first.`);
  const replaced = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://site').pathname).replace(/^\/+/, '') || 'index.html';
    const file = resolve(dist, path);
    const body =
      replaced.get(path) ??
      (file.startsWith(`${dist}/`) && existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null);
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    replace: (path, body) => void replaced.set(path, body),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
