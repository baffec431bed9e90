import { describe, expect, it } from 'vitest';
import { incidents, inTown, inYear, town } from './data.ts';
import { useExplorer } from './explorer.ts';

const zhanaozen2011 = inTown('zhanaozen').filter((i) => i.year === 2011);

describe('the URL and history', () => {
  const app = useExplorer();

  // One page since issue 14 (test/e2e/REMOVED.md): the selections Back and Forward step
  // through are the ones the reload restored, so they also survive the reload.
  it('a reload restores the years, the place and the open incident; Back and Forward then step through the selections', async () => {
    const incident = zhanaozen2011[0];
    if (!incident) throw new Error('the data has no Zhanaozen incident in 2011');
    await app.given.explorerAt();
    await app.when.clickYearBar(2011);
    await expect.poll(() => app.then.param('years')).toBe('2011');
    await app.when.choosePlace(town('zhanaozen').name);
    await expect.poll(() => app.then.param('place')).toBe('zhanaozen');
    await expect.poll(() => app.then.listCount()).toBe(zhanaozen2011.length);
    await app.when.openIncident(incident.id);
    await expect.poll(() => app.then.param('incident')).toBe(incident.id);
    const url = app.then.url();

    await app.when.reload();
    expect(app.then.url()).toBe(url);
    expect(await app.then.sliderValueText()).toBe('2011');
    expect(await app.then.placeValue()).toBe('zhanaozen');
    expect(await app.then.listCount()).toBe(zhanaozen2011.length);
    expect(await app.then.detailText()).toContain(incident.title);

    await app.when.back();
    await expect.poll(() => app.then.param('incident')).toBeNull();
    expect(app.then.param('place')).toBe('zhanaozen');

    await app.when.back();
    await expect.poll(() => app.then.param('place')).toBeNull();
    expect(app.then.param('years')).toBe('2011');
    await expect.poll(() => app.then.placeValue()).toBe('');
    await expect.poll(() => app.then.listCount()).toBe(inYear(2011).length);

    await app.when.back();
    await expect.poll(() => app.then.param('years')).toBeNull();
    await expect.poll(() => app.then.listCount()).toBe(incidents.length);
    expect(await app.then.sliderValueText()).not.toBe('2011');

    await app.when.forward();
    await expect.poll(() => app.then.param('years')).toBe('2011');
    expect(app.then.param('place')).toBeNull();
    await expect.poll(() => app.then.sliderValueText()).toBe('2011');
    await expect.poll(() => app.then.listCount()).toBe(inYear(2011).length);
  });
});
