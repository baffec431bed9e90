/**
 * The benchmark's web server: a built site served on a free port of 127.0.0.1 by Vite's preview
 * server, with its compressible files gzipped once in advance, as a static host serves them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview, type Plugin } from 'vite';

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/** The types a static host compresses, by extension (those Vite's preview server gzips). */
const COMPRESSED_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

/**
 * Serves each compressible file of `dir` from a gzipped copy made once, when the server starts,
 * as a static host does (Cloudflare Pages, Netlify, GitHub Pages and nginx's `gzip_static` keep
 * compressed copies): Vite's preview server would gzip every response anew, which at 100k
 * incidents costs its process (on the browser's two cores) over a second per load. Same level
 * (zlib's default) and threshold (1 KB) as the preview server, so the same bytes travel.
 */
function precompressed(dir: string): Plugin {
  const copies = new Map<string, { type: string; body: Buffer }>();
  const walk = (at: string) => {
    for (const e of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, e.name);
      if (e.isDirectory()) walk(path);
      const type = COMPRESSED_TYPES[extname(e.name)];
      if (!e.isFile() || !type) continue;
      const data = readFileSync(path);
      // Not the GeoJSON download (117 MB at 100k, which the explorer never requests): it is left to the preview server.
      if (data.length >= 1024 && data.length < 64e6)
        copies.set(`/${relative(dir, path).split('\\').join('/')}`, { type, body: gzipSync(data) });
    }
  };
  walk(dir);
  return {
    name: 'bench-precompressed',
    configurePreviewServer(server) {
      // Before the preview server's own compression and static files.
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const copy = copies.get(path.endsWith('/') ? `${path}index.html` : path);
        if (!copy || req.method !== 'GET' || !/\bgzip\b/.test(String(req.headers['accept-encoding']))) return next();
        res.writeHead(200, {
          'Content-Type': copy.type,
          'Content-Encoding': 'gzip',
          'Content-Length': copy.body.length,
          Vary: 'Accept-Encoding',
        });
        res.end(copy.body);
      });
    },
  };
}

/** Serves `dir` (a built site) on a free port of 127.0.0.1 with Vite's preview server, its compressible files gzipped in advance (precompressed). */
export async function serveSite(dir: string): Promise<SiteServer> {
  const server = await preview({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    build: { outDir: dir },
    plugins: [precompressed(dir)],
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('The preview server has no TCP address');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
