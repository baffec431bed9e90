/**
 * In a browser without WebGL (Chromium started with --disable-webgl, which turns off
 * WebGL 1 and 2, SwiftShader included), the map says why it is missing and everything
 * else works.
 */
import { describe, expect, it } from 'vitest';
import { en as t } from '../../src/lib/strings.ts';
import { incidents, inYear, yearBounds } from './data.ts';
import { useExplorer } from './explorer.ts';

describe('a browser without WebGL', () => {
  const app = useExplorer({ chromiumArgs: ['--disable-webgl'] });

  it('shows why there is no map in its place', async () => {
    await app.given.explorerAt('', undefined, { waitForMap: false });
    expect(await app.then.mapNotice()).toBe(t.map.noWebgl);
    expect(app.then.pageErrors()).toEqual([]);
  });

  it('still runs the timeline, the charts and the list', async () => {
    await app.given.explorerAt('', undefined, { waitForMap: false });
    await app.then.mapNotice();
    expect(await app.then.listCount()).toBe(incidents.length);

    await app.when.pressOnTimeline('End');
    const last = yearBounds[1];
    await expect.poll(() => app.then.param('years')).toBe(String(last));
    await expect.poll(() => app.then.listCount()).toBe(inYear(last).length);

    await app.when.clickYearBar(2011);
    await expect.poll(() => app.then.listCount()).toBe(inYear(2011).length);
    expect(await app.then.barCount('byType')).toBeGreaterThan(0);

    const [first] = await app.then.listItems();
    if (!first) throw new Error('no incident in 2011');
    await app.when.openIncident(first.id);
    expect(await app.then.detailText()).toContain(first.title);
    expect(app.then.pageErrors()).toEqual([]);
  });

  it('in the map embed, says why without pointing to a timeline, charts or list it does not have', async () => {
    await app.given.pageOpenedAt('embed.html?chart=map&years=2011');
    expect(await app.then.statusShown(t.map.noWebglEmbed)).toBe(true);
    expect(await app.then.pageText()).not.toContain(t.map.noWebgl);
    expect(app.then.pageErrors()).toEqual([]);
  });
});
