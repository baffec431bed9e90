/**
 * Offline use (README, "Offline"): after one visit the explorer and the embeds open with no
 * network at all, and a new deployment reaches a returning reader whole, app and data
 * together, through the "reload" prompt. The only spec that lets the service worker run; it
 * serves dist/ from a server of its own, so that it can deploy a changed data file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en as t } from '../../src/lib/strings.ts';
import { inYear } from './data.ts';
import { createExplorer, DESKTOP, ROOT, startVersionedSite, type Explorer, type VersionedSite } from './driver.ts';

const ALLOW = { serviceWorkers: 'allow' } as const;

/** An explorer on a site of its own (startVersionedSite), for one describe block. */
function useSite(): { app: () => Explorer; site: () => VersionedSite } {
  let site: VersionedSite | undefined;
  let app: Explorer | undefined;
  beforeAll(async () => {
    site = await startVersionedSite();
    app = createExplorer({ baseUrl: site.url, browserWsEndpoint: inject('e2eBrowser') });
  });
  afterAll(async () => {
    await app?.close();
    await site?.close();
  });
  const need = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('The site is not started: beforeAll failed');
    return x;
  };
  return { app: () => need(app), site: () => need(site) };
}

describe('with no network, after one visit', () => {
  const { app } = useSite();

  it('the explorer draws the map, the charts and the list', async () => {
    await app().given.explorerAt('?years=2011', DESKTOP, ALLOW);
    await app().when.waitForServiceWorker();
    await app().when.setOffline(true);
    await app().when.reload();

    expect(await app().then.mapDrawn()).toBe(true);
    expect(await app().then.listCount()).toBe(inYear(2011).length);
    for (const chart of ['perYear', 'byType', 'topTowns'] as const) {
      expect(await app().then.barCount(chart), `bars in the ${chart} chart`).toBeGreaterThan(0);
    }
    expect(app().then.pageErrors()).toEqual([]);
  });

  it('an embed the explorer never showed draws its chart', async () => {
    // The embed page and its code came with the explorer's visit.
    await app().given.explorerAt('', DESKTOP, { ...ALLOW, waitForMap: false });
    await app().when.waitForServiceWorker();
    await app().when.setOffline(true);
    await app().when.navigate('embed.html?chart=byType&years=2011');
    expect(await app().then.embedBars()).toBeGreaterThan(0);
  });

  it('an embed opened once on its own draws its chart', async () => {
    await app().given.pageOpenedAt('embed.html?chart=perYear&years=2010-2012', ALLOW);
    expect(await app().then.embedBars()).toBeGreaterThan(0);
    await app().when.waitForServiceWorker();
    await app().when.setOffline(true);
    await app().when.navigate('embed.html?chart=perYear&years=2010-2012');
    expect(await app().then.embedBars()).toBeGreaterThan(0);
    expect(await app().then.pageText(), 'the date of the data stays shown').toContain(t.credit.updated(''));
  });
});

describe('when a new version of the data is deployed', () => {
  const { app, site } = useSite();

  it('a returning reader keeps the old version whole, is offered the new one, and gets it by reloading', async () => {
    await app().given.explorerAt('?years=2011', DESKTOP, ALLOW);
    await app().when.waitForServiceWorker();
    const [first] = await app().then.listItems();
    if (!first) throw new Error('no incident in 2011');

    // A new build: one record retitled; the service worker's precache lists the file's new revision.
    const retitled = 'Retitled in a new version of the data';
    const dist = (path: string) => readFileSync(resolve(ROOT, 'dist', path), 'utf8');
    const incidents = JSON.parse(dist('data/incidents.json')) as { id: string[]; title: string[] };
    const k = incidents.id.indexOf(first.id);
    if (k < 0) throw new Error(`${first.id} is not in dist/data/incidents.json`);
    incidents.title[k] = retitled;
    const sw = dist('sw.js');
    const entry = /\{url:"data\/incidents\.json",revision:"[0-9a-f]+"\}/;
    expect(sw, 'dist/sw.js precaches the incidents with a revision').toMatch(entry);
    site().replace('data/incidents.json', JSON.stringify(incidents));
    site().replace('sw.js', sw.replace(entry, '{url:"data/incidents.json",revision:"a-new-version"}'));

    // The next load still shows the version the reader has, app and data together...
    await app().when.reload();
    expect((await app().then.listItems())[0]?.title).toBe(first.title);
    // ...and offers the new one.
    expect(await app().then.updatePrompt()).toContain(t.offline.reload);

    await app().when.acceptUpdate();
    expect((await app().then.listItems())[0]?.title).toBe(retitled);
    expect(await app().then.updatePromptShown()).toBe(false);
  });
});
