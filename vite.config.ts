import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { refuseLeftovers } from './data/pipeline/leftovers.ts';
import { CSP_META_TAG } from './src/lib/csp.ts';

/**
 * Puts the Content-Security-Policy (src/lib/csp.ts) in every built page, right after the
 * charset. Build only: the dev server serves CSS as inline <style> elements, which the
 * policy refuses.
 */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml(html, ctx) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error(`${ctx.filename}: no <meta charset> to put the Content-Security-Policy after`);
      return html.replace(charset, (tag) => `${tag}\n    ${CSP_META_TAG}`);
    },
  };
}

/** The day of the last commit that changed data/, shown as "Data updated"; null without git. */
function dataUpdated(): string | null {
  try {
    const day = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'data/'], {
      cwd: import.meta.dirname,
      encoding: 'utf8',
    }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
  } catch {
    return null;
  }
}

/**
 * The service worker (Workbox, generated at build time by vite-plugin-pwa) and the web app
 * manifest: after one visit the explorer, the embeds, the data, the basemap and the fonts
 * open with no network (README, "Offline"). Workbox's runtime is bundled into the build
 * (sw.js and a workbox-*.js file beside it), never loaded from a CDN.
 *
 * Everything is precached as one revision: the app and the data files it was built with
 * arrive together, and a new build replaces them together, after the reader accepts the
 * "reload" prompt (src/features/offline/registerServiceWorker.ts), so an old app never meets new data.
 */
function offline() {
  return VitePWA({
    // Registered from our own bundled code (src/features/offline/registerServiceWorker.ts), never an inline script.
    injectRegister: false,
    registerType: 'prompt',
    manifest: {
      name: 'Kazakhstan human-rights incidents map',
      short_name: 'KZ incidents',
      description: 'Attacks on journalists, protests, detentions and extraditions in Kazakhstan, each traceable to its source.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#2b5c8a',
      background_color: '#ffffff',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The pages (with their CSP meta tag), the code, the styles, the fonts (woff2 only: every
      // browser with service workers reads it), the data and the basemap; the plugin adds the
      // manifest and its icons. Not data/incidents.geojson: the app reads incidents.json and
      // makes its downloads from memory; the GeoJSON is for other tools (117 MB at 100k incidents).
      globPatterns: ['**/*.{html,js,css,woff2}', 'data/*.json', 'geo/*.geojson'],
      // The query is read by the page, never by a server: `embed.html?chart=byType` is embed.html.
      ignoreURLParametersMatching: [/.*/],
      // No catch-all: the site has two pages, both precached; an unknown address is not the explorer.
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      // The first visit's page is served from the precache as soon as it is installed, so an
      // incident's cited words (fetched later) still open when the network goes mid-visit.
      clientsClaim: true,
    },
  });
}

/**
 * Chunk names that say what they hold. Rolldown names a chunk after a module in it: the chunk
 * both pages share is named after src/shared.css on purpose; these are named after what they
 * are for rather than after a library's file (papaparse.min, fflate's "browser").
 */
function chunkName(chunk: { name: string; moduleIds: readonly string[] }): string {
  const holds = (part: string) => chunk.moduleIds.some((id) => id.includes(part));
  if (holds('/node_modules/papaparse/')) return 'csv-papaparse';
  if (holds('/node_modules/fflate/')) return 'zip-fflate';
  // The map's layer colours and pie drawing, shared by the map and its legend.
  if (holds('/src/features/map/pieImage.ts')) return 'map-marks';
  return chunk.name;
}

export default defineConfig({
  define: { __DATA_UPDATED__: JSON.stringify(dataUpdated()) },
  plugins: [react(), cspMeta(), refuseLeftovers(), offline()],
  // Relative asset URLs, so the built site works from any folder of any static host.
  base: './',
  build: {
    // Chrome 66+, Safari 17+ and Firefox 115+ read <link rel="modulepreload"> themselves; an
    // older browser still loads every module, through the imports, a round trip later. Vite's
    // polyfill put its module in the chunk both pages share: 224 B gzip of the embed's budget.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The explorer, and the chrome-less page that embeds show one chart or a small map.
      input: { index: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') },
      output: {
        chunkFileNames: (chunk) => `assets/${chunkName(chunk)}-[hash].js`,
        codeSplitting: {
          // Small modules that both pages and some lazy chunks share: one chunk instead of a chunk
          // each (every file a page loads costs its own request and headers; measured: the embed's
          // JavaScript 0.4 KB gzip smaller).
          groups: [{ name: 'small-shared', test: /\/src\/(data\/(vocabulary|isRealDate|fetchJson)|lib\/plural)\.ts$/ }],
        },
      },
      // The map's drawing rules are re-exported by map/index.ts for the share dialog's map image
      // (src/features/share/media/); they have no side effects, so a page that uses none of them
      // (the chart embed) does not load them.
      treeshake: { moduleSideEffects: (id: string) => !/\/src\/features\/map\/(pieImage|mapStyle|townFeatures)\.ts$/.test(id) },
    },
  },
});
