/**
 * The Content-Security-Policy (src/lib/csp.ts): every built page carries it, the explorer
 * works under it without a single refusal, it does refuse what it should, and the headers
 * of public/_headers let any site frame the embed but no other site frame the explorer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_META_TAG } from '../../src/lib/csp.ts';
import { town } from './data.ts';
import { ROOT } from './driver.ts';
import { useExplorer } from './explorer.ts';
import type { Explorer } from './driver.ts';

const mentionsPolicy = (m: string) => /content[- ]security[- ]policy/i.test(m);

/** What a reader does in a visit: every view and control that loads or draws something. */
async function useEverything(app: Explorer) {
  await app.when.clickYearBar(2011);
  await app.when.choosePlace(town('zhanaozen').name);
  const [first] = await app.then.listItems();
  if (!first) throw new Error('no incident in Zhanaozen in 2011');
  await app.when.openIncident(first.id);
  await app.when.clearPlace();
  await app.when.openTypeFilters();
  await app.when.toggleType('Detention');
  await app.when.typeSearch('strike');
  await expect.poll(() => app.then.param('q'), { timeout: 10_000 }).toBe('strike');
  let idle = await app.then.mapIdle();
  await app.when.chooseMapMode('Regions');
  idle = await app.then.mapIdleAfter(idle);
  await app.when.dragMap(80, 40);
  await app.then.mapIdleAfter(idle);
  await app.when.hoverMapAt(town('almaty').lon, town('almaty').lat);
}

describe('the Content-Security-Policy', () => {
  const app = useExplorer();

  it('is in every built page, before any script or style sheet', () => {
    const pages = readdirSync(resolve(ROOT, 'dist')).filter((f) => f.endsWith('.html'));
    expect(pages).toContain('index.html');
    for (const name of pages) {
      const html = readFileSync(resolve(ROOT, 'dist', name), 'utf8');
      const at = html.indexOf(CSP_META_TAG);
      expect(at, `${name} carries the policy`).toBeGreaterThan(0);
      const firstLoad = html.search(/<script|<link rel="stylesheet"|<style/);
      expect(firstLoad === -1 || at < firstLoad, `${name}: the policy comes before what it governs`).toBe(true);
    }
  });

  it('refuses a script injected into the page', async () => {
    await app.given.explorerAt('', undefined, { waitForMap: false });
    await app.when.injectInlineScript('window.__injected = 1');
    expect(await app.then.windowValue('__injected')).toBeUndefined();
    expect(await app.then.policyViolations()).toEqual([expect.stringMatching(/^script-src(-elem)? refused inline/)]);
  });

  // Served with public/_headers' headers, the page has two policies, the meta tag's and the
  // header's, and a browser enforces both: what passes here passes under the meta tag alone
  // (a host that sends no headers), so one visit tests both.
  it("lets the explorer load, draw its map and answer the reader without one refusal, with public/_headers' headers too", async () => {
    await app.given.explorerAt('', undefined, { siteHeaders: true });
    expect(await app.then.mapDrawn()).toBe(true);
    await useEverything(app);
    expect(await app.then.mapTooltip()).toMatch(/incidents?/);
    expect(await app.then.listCount()).toBeGreaterThan(0);

    expect(await app.then.policyViolations()).toEqual([]);
    expect(app.then.consoleMessages().filter(mentionsPolicy)).toEqual([]);
    expect(app.then.pageErrors()).toEqual([]);
  });

  it('keeps other sites from framing the explorer', async () => {
    await app.when.openFramedByAnotherSite('/');
    expect(await app.then.framedUrl()).toMatch(/^chrome-error:/);
    expect(app.then.consoleMessages().filter((m) => m.includes('frame-ancestors'))).not.toEqual([]);
  });

  it('lets any site frame the embed page', async () => {
    await app.when.openFramedByAnotherSite('/embed.html');
    expect(await app.then.framedUrl()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/embed\.html$/);
    expect(app.then.consoleMessages().filter((m) => m.includes('frame-ancestors'))).toEqual([]);
  });
});
