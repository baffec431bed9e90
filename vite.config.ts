import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  define: { __DATA_UPDATED__: JSON.stringify(dataUpdated()) },
  plugins: [react(), cspMeta(), refuseLeftovers()],
  // Relative asset URLs, so the built site works from any folder of any static host.
  base: './',
  build: {
    rollupOptions: {
      // The explorer, and the chrome-less page that embeds show one chart or a small map.
      input: { index: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') },
    },
  },
});
