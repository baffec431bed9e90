/**
 * The search must not leave the page in a Referer header, on a host that sends no
 * Referrer-Policy header: the e2e server (Vite's preview) ignores public/_headers, like GitHub
 * Pages or a plain web server, so only the pages' own policy and the app's requests stand.
 */
import { describe, expect, it } from 'vitest';
import { useExplorer } from './explorer.ts';

const QUERY = '?years=2011&q=Zhovtis';

describe('on a host that sends no headers (GitHub Pages, a plain web server, vite preview)', () => {
  const app = useExplorer();

  it('the map and the data worker send no Referer, and no request sends the page’s address', async () => {
    await app.given.explorerAt(QUERY, undefined, { waitForMap: true });
    await app.when.chooseMapMode('Regions');
    const sent = await app.then.referers();
    const urls = sent.map((r) => r.url);
    // The requests the hole was found in: the basemap, the data, and the scripts.
    for (const file of ['geo/kaz-regions.geojson', 'geo/neighbours.geojson', 'geo/labels.geojson', 'data/incidents.json']) {
      expect(
        urls.some((u) => u.endsWith(file)),
        file,
      ).toBe(true);
    }
    const own = (r: { url: string }) => /\/(geo|data)\/[\w-]+\.(geo)?json$/.test(r.url);
    expect(sent.filter((r) => own(r) && r.referer !== null)).toEqual([]);
    // The fonts a stylesheet loads send the stylesheet's address (the browser's default for a
    // file served without a policy header), never the page's, so never the search.
    expect(sent.filter((r) => r.referer !== null && !/^http:\/\/[^/?]+\/assets\/[\w-]+\.css$/.test(r.referer))).toEqual([]);
  });
});

describe('the map embed, on a host that sends no headers', () => {
  const app = useExplorer();

  it('sends no Referer with its data and map requests', async () => {
    await app.given.pageOpenedAt('embed.html?chart=map&years=2011');
    await expect
      .poll(() => app.then.requests().filter((u) => /\/(geo|data)\/[\w-]+\.(geo)?json$/.test(u)).length, { timeout: 45_000 })
      .toBeGreaterThanOrEqual(6);
    const sent = await app.then.referers();
    expect(sent.filter((r) => /\/(geo|data)\/[\w-]+\.(geo)?json$/.test(r.url) && r.referer !== null)).toEqual([]);
  });
});

describe('on a host that sends public/_headers (Netlify, Cloudflare Pages)', () => {
  const app = useExplorer();

  it('no request sends a Referer at all', async () => {
    await app.given.explorerAt(QUERY, undefined, { siteHeaders: true, waitForMap: true });
    await app.when.chooseMapMode('Regions');
    const sent = await app.then.referers();
    expect(sent.some((r) => r.url.endsWith('.woff2'))).toBe(true);
    expect(sent.filter((r) => r.referer !== null)).toEqual([]);
  });
});
