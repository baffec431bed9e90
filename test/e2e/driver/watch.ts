/**
 * Watching a page from the inside: the Content-Security-Policy violations it reports, and
 * every element it creates that could run code or load something.
 */
import type { Page } from 'playwright-core';

/** An element the page created that could run code or load something: a script, image, frame, or an on* attribute. */
export interface ActiveElement {
  tag: string;
  src: string;
  handlers: string[];
}

/**
 * Runs in every page before its own scripts: records the Content-Security-Policy violations
 * the page reports, and every element added to the document that could run code or load
 * something (scripts, images, frames, objects, and any on* attribute).
 */
export function watchPage() {
  const log = { violations: [] as string[], active: [] as { tag: string; src: string; handlers: string[] }[] };
  Object.defineProperty(window, '__e2eWatch', { value: log });
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      log.violations.push(
        `${e.effectiveDirective} refused ${e.blockedURI || 'something'}` +
          `${e.sample ? ` "${e.sample}"` : ''} (${e.sourceFile || 'the page'}:${e.lineNumber}:${e.columnNumber})`,
      ),
    true,
  );
  const ACTIVE = new Set(['script', 'img', 'image', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'source']);
  const note = (el: Element) => {
    const handlers = [...el.attributes].map((a) => a.name).filter((n) => n.toLowerCase().startsWith('on'));
    const tag = el.localName.toLowerCase();
    if (ACTIVE.has(tag) || handlers.length > 0) {
      log.active.push({ tag, src: el.getAttribute('src') ?? el.getAttribute('href') ?? '', handlers });
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element && r.attributeName?.toLowerCase().startsWith('on')) {
        note(r.target);
      }
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        note(n);
        for (const child of n.querySelectorAll('*')) note(child);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
  // The explorer's charts: how often their boxes' layout was read before they were drawn (a
  // forced layout of the whole new page on a phone), and the width each was first drawn at.
  const charts = { layoutReadsBeforeDrawn: 0, firstDrawn: [] as number[] };
  Object.defineProperty(window, '__e2eCharts', { value: charts });
  const read = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    if (this.matches('.year-bars, .ranked-bars') && !this.querySelector('svg')) charts.layoutReadsBeforeDrawn++;
    return read.call(this);
  };
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        for (const svg of [n, ...n.querySelectorAll('svg.chart-svg')])
          if (svg.matches('svg.chart-svg') && svg.closest('.app-charts'))
            charts.firstDrawn.push(Number(svg.getAttribute('width')));
      }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Text as a reader sees it: without the invisible isolate characters (U+2066-U+2069) that keep
 * data text in tooltips and titles from reordering ours (src/lib/isolate.tsx).
 */
export const visible = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** What watchPage() recorded in `page`. */
export function readWatchLog(page: Page): Promise<{ violations: string[]; active: ActiveElement[] }> {
  return page.evaluate(() => {
    const log = (window as unknown as { __e2eWatch?: { violations: string[]; active: ActiveElement[] } }).__e2eWatch;
    if (!log) throw new Error('The page is not watched: the init script did not run');
    return { violations: [...log.violations], active: log.active.map((a) => ({ ...a, handlers: [...a.handlers] })) };
  });
}
