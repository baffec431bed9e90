/**
 * The built site's Content-Security-Policy, written once. The build puts it in every page
 * as a meta tag (the cspMeta plugin in vite.config.ts); public/_headers carries it as a real
 * header, adding frame-ancestors, which a meta tag cannot carry; the tests check both
 * against this module (test/unit/lib/csp.test.ts, test/e2e/csp.spec.ts).
 *
 * Everything comes from the site's own origin. What the libraries need beyond that, each
 * checked against the production build:
 * - img-src data: blob:  data: for the favicon (`data:,`) and the icons in maplibre-gl.css;
 *   blob: for the PNG export, which draws a chart's SVG through a blob: image
 *   (src/features/share/exportImage.ts), and for MapLibre's image decoding where
 *   createImageBitmap is missing.
 * - worker-src 'self'    MapLibre's worker is a file of the build (setWorkerUrl); MapLibre
 *   only wraps it in a blob: when the worker URL is on another origin, which ours never is.
 *   The explorer's data loader (src/data/datasetWorker.ts) is a file of the build too.
 *   The service worker (sw.js, src/features/offline/) is a file of the build too.
 * - style-src 'self'     no 'unsafe-inline': React and MapLibre set styles through the
 *   CSSOM (element.style), which a policy does not govern, and Vite emits CSS as files.
 * No 'unsafe-eval': zod, the one library that probes `new Function`, runs jitless
 * (src/data/zodJitless.ts).
 *
 * Vite's dev server serves CSS as inline <style> elements, which the policy refuses, so the
 * meta tag is only added at build time; the dev server runs without a policy.
 */

export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  // The share dialog previews the embed page of the same site in a frame.
  ['frame-src', "'self'"],
  // The web app manifest (manifest.webmanifest, for installing to a home screen).
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** The policy of the meta tag: everything but frame-ancestors, which browsers ignore there. */
export const CSP_META_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Who may frame a page: the explorer only its own site; the embed any site. */
export type FrameAncestors = "'self'" | '*';

/** The policy a page is served with as a header. */
export function cspHeaderPolicy(frameAncestors: FrameAncestors): string {
  return `${CSP_META_POLICY}; frame-ancestors ${frameAncestors}`;
}

/** The meta tag the build puts in every page's head. */
export const CSP_META_TAG = `<meta http-equiv="Content-Security-Policy" content="${CSP_META_POLICY}" />`;

/**
 * The pages of the site and who may frame them. Static hosts serve a page at its name with
 * and without ".html" (Cloudflare Pages redirects to the bare name), so both are listed.
 * No page rule uses a wildcard: Netlify and Cloudflare Pages join the values of a header
 * set by two matching rules, and two policies are both enforced, so a `/*` policy with
 * frame-ancestors 'self' would also forbid framing the embed.
 */
export const PAGES: readonly { paths: readonly string[]; frameAncestors: FrameAncestors }[] = [
  { paths: ['/', '/index.html'], frameAncestors: "'self'" },
  { paths: ['/embed', '/embed.html'], frameAncestors: '*' },
];

/** Regenerates public/_headers from this module. */
export const HEADERS_COMMAND =
  'npx tsx -e "import(\'./src/lib/csp.ts\').then((m) => process.stdout.write(m.headersFile()))" > public/_headers';

/** public/_headers, in the format of Netlify and Cloudflare Pages. */
export function headersFile(): string {
  const lines = [
    '# Response headers for Netlify and Cloudflare Pages, generated from src/lib/csp.ts by',
    `# ${HEADERS_COMMAND}`,
    '# Edit the policy there, not here: test/unit/lib/csp.test.ts fails while the two differ.',
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
  ];
  for (const page of PAGES) {
    for (const path of page.paths) {
      lines.push(path, `  Content-Security-Policy: ${cspHeaderPolicy(page.frameAncestors)}`);
      if (page.frameAncestors === "'self'") lines.push('  X-Frame-Options: SAMEORIGIN');
    }
  }
  return `${lines.join('\n')}\n`;
}
