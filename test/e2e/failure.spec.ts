/**
 * When a data file is missing, cut short, not JSON, or of the wrong shape, the page says
 * so, naming the file, instead of going blank or drawing half an explorer. When the map's
 * code, or the share dialog's, does not arrive, its place says so and the rest works, in the
 * explorer and in the map embed.
 */
import { describe, expect, it } from 'vitest';
import { en as t } from '../../src/lib/strings.ts';
import { incidentFeatures, incidents, inYear, yearBounds } from './data.ts';
import { useExplorer } from './explorer.ts';

describe('a damaged data file', () => {
  const app = useExplorer();

  const expectAlertOnly = async (file: string, reason: RegExp) => {
    const alert = await app.then.alertText();
    expect(alert).toContain(`data/${file}`);
    expect(alert).toMatch(reason);
    expect(alert).toMatch(/Reload the page/);
    expect(await app.then.loadingShown()).toBe(false);
    // The message is the whole page: no half-drawn explorer around it.
    expect((await app.then.pageText()).trim()).toBe(alert);
    expect(app.then.pageErrors()).toEqual([]);
  };

  it('names the file the server does not have (404)', async () => {
    await app.given.pageOpenedAt('', { data: { 'incidents.json': { status: 404, body: 'Not found' } } });
    await expectAlertOnly('incidents.json', /answered 404/);
    // Nor the map's code (290 KB) downloading behind the message.
    expect(app.then.requests().filter((url) => /\/IncidentMap-[^/]*\.js$/.test(url))).toEqual([]);
  });

  it('names the file that arrives cut short', async () => {
    await app.given.pageOpenedAt('', { data: { 'sources.json': { truncateAt: 300 } } });
    await expectAlertOnly('sources.json', /not valid JSON/);
  });

  it('names the file that is not JSON at all (a host’s HTML page)', async () => {
    const html = '<!doctype html><html><body><h1>Page not found</h1></body></html>';
    await app.given.pageOpenedAt('', { data: { 'context.json': { body: html } } });
    await expectAlertOnly('context.json', /not valid JSON/);
  });

  it('names the file, the field and the incident that do not fit the schema', async () => {
    const [first] = incidentFeatures;
    const wrong = {
      type: 'FeatureCollection',
      features: [{ ...first, properties: { ...first?.properties, date: '2011-02-30' } }],
    };
    await app.given.pageOpenedAt('', { data: { 'incidents.geojson': { body: wrong } } });
    await expectAlertOnly('incidents.json', /date, incident 1 \(.+\): not a calendar date/);
  });

  it('says the request failed when the connection breaks', async () => {
    await app.given.pageOpenedAt('', { data: { 'incidents.json': { abort: true } } });
    await expectAlertOnly('incidents.json', /network request failed/);
  });
});

describe('code failing to download', () => {
  const app = useExplorer();

  it('of the map: its place says so, and the timeline, the charts and the list still work', async () => {
    await app.given.explorerAt('', undefined, { failPaths: /^\/assets\/IncidentMap-[^/]*\.js$/ });
    expect(await app.then.mapNotice()).toBe(t.map.codeFailed);
    expect(await app.then.listCount()).toBe(incidents.length);
    await app.when.pressOnTimeline('End');
    const last = yearBounds[1];
    await expect.poll(() => app.then.listCount()).toBe(inYear(last).length);
    expect(await app.then.barCount('byType')).toBeGreaterThan(0);
    expect(app.then.pageErrors()).toEqual([]);
  });

  it('of the map embed: its place says so, and its title, description, credit and link stay', async () => {
    await app.given.pageOpenedAt('embed.html?chart=map&years=2011', { failPaths: /^\/assets\/IncidentMap-[^/]*\.js$/ });
    const page = app.page();
    const message = page.getByRole('status').filter({ hasText: t.map.codeFailedEmbed });
    await expect.poll(() => message.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/ incidents .*2011/);
    expect((await page.locator('.embed-desc').textContent())?.trim()).not.toBe('');
    expect(await page.getByRole('link', { name: `${t.embed.explore} →` }).count()).toBe(1);
    expect(app.then.pageErrors()).toEqual([]);
  });

  it('of the share dialog: an alert says so, and the page goes on', async () => {
    await app.given.explorerAt('', undefined, { failPaths: /^\/assets\/ShareDialog-[^/]*\.js$/ });
    await app.page().getByRole('button', { name: t.share.open, exact: true }).click();
    expect(await app.then.alertText()).toBe(`${t.share.codeFailed} ${t.share.close}`);
    expect(await app.then.listCount()).toBe(incidents.length);
    await app.page().getByRole('alert').getByRole('button', { name: t.share.close, exact: true }).click();
    await expect.poll(() => app.page().getByRole('alert').count()).toBe(0);
    expect(app.then.pageErrors()).toEqual([]);
  });
});
