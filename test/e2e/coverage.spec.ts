import { describe, expect, it } from 'vitest';
import { coverageDriver } from './coverageDriver.ts';
import { contextIn, inYear, sources } from './data.ts';
import { shareDialog } from './embedDriver.ts';
import { useExplorer } from './explorer.ts';
import { DESKTOP, MAP_TIMEOUT, PHONE } from './driver.ts';

const NO_2013 = 'No report covers 2013: no data, not no incidents.';
const WR_2011 = sources.get('001_0c2a45d908040ec7.txt')?.short ?? 'the 2011 World Report';

describe('what the reports cover', () => {
  const app = useExplorer();
  const coverage = coverageDriver(app);

  it('draws 2013, which no report covers, as not covered in the chart and on the timeline, at all years; a year button names its reports and selects its year on Enter', async () => {
    await app.given.explorerAt();
    expect(await coverage.yearColumn(2013)).toEqual({ coverage: 'none', label: 'not covered', bars: 0 });
    expect(await coverage.yearButtonName(2013)).toBe(NO_2013);
    expect((await coverage.yearColumn(2011)).coverage).toBe('full');
    expect((await coverage.yearColumn(2011)).bars).toBeGreaterThan(0);
    const track = await coverage.timelineCoverage();
    expect(track.none).toEqual([2013]);
    expect(track.partial).toContain(2014);
    expect(track.partial).not.toContain(2011);
    expect(await coverage.timelineNote()).toContain('no report covers 2013');

    // It names the reports that cover a year when its button has the focus, and selects it on Enter.
    const tip = await coverage.focusYear(2011);
    expect(tip).toContain(`${inYear(2011).length} documented incidents`);
    expect(tip).toContain(`${WR_2011}, annual review`);
    expect(await coverage.focusYear(2013)).toContain('not covered');
    await coverage.activateFocusedYear();
    await expect.poll(() => app.then.param('years')).toBe('2013');
  });

  it('names the covering reports on the timeline when the years move there by keyboard', async () => {
    await app.given.explorerAt('?years=2010');
    await app.when.pressOnTimeline('ArrowRight');
    await expect.poll(() => coverage.timelineNote()).toContain(`2011: ${WR_2011}, annual review`);
    await app.when.pressOnTimeline('ArrowRight');
    await app.when.pressOnTimeline('ArrowRight');
    await expect.poll(() => coverage.timelineNote()).toBe(NO_2013);
    expect(await app.then.sliderValueText()).toBe(`2013. ${NO_2013}`);
  });

  it('explains an empty 2013 in the map and the list as no data, not no incidents', async () => {
    await app.given.explorerAt('?years=2013&view=regions');
    expect(await app.then.listCount()).toBe(0);
    expect(await coverage.listEmptyText()).toBe(NO_2013);
    expect(await coverage.mapNotice()).toBe(NO_2013);
    const descriptions = await app.then.chartDescriptions();
    expect(descriptions.byType).toBe(NO_2013);
  });

  // "says nothing of coverage over the map when every selected year is covered" (?years=2011-2012)
  // is checked on the context records' page of the same years below (issue 14, test/e2e/REMOVED.md).

  it('says which selected years no report covers even when others have incidents', async () => {
    await app.given.explorerAt('?years=2012-2014');
    expect(await app.then.listCount()).toBe(inYear(2012).length + inYear(2014).length);
    expect(await coverage.mapNotice()).toBe(NO_2013);
    expect(await coverage.timelineNote()).toMatch(/^The reports cover these years unevenly: .*no report covers 2013\./);
  });

  // At the bottom left, the map's credit (bottom right) covered it on an 800 px map.
  it('shows the whole of that notice over the map, on a desktop and on a phone', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      await app.given.explorerAt('?years=2012-2014', viewport, { waitForMap: true });
      expect(await coverage.mapNotice()).toBe(NO_2013);
      expect(await coverage.mapNoticeCoveredBy(), `${viewport.width} px`).toEqual([]);
    }
  });

  it('shows the whole of that notice in a map embed 700 px wide', async () => {
    await app.given.pageOpenedAt('embed.html?chart=map&years=2012-2014', { viewport: { width: 700, height: 900 } });
    await app.page().locator('.map-canvas[data-idle]').waitFor({ timeout: MAP_TIMEOUT });
    expect(await coverage.mapNoticeCoveredBy()).toEqual([]);
  });
});

describe('context records', () => {
  const app = useExplorer();
  const coverage = coverageDriver(app);

  it('marks, on the chart and on the timeline, and lists exactly the context records of the selected years; says nothing of coverage over the map, every selected year being covered', async () => {
    await app.given.explorerAt('?years=2011-2012');
    // Once the map is drawn, so that no notice means none, not none yet.
    expect(await app.then.mapDrawn()).toBe(true);
    expect(await coverage.mapNotice(), 'a coverage notice over the map, with 2011 and 2012 covered').toBeNull();
    const expected = contextIn(2011, 2012);
    expect(expected.length).toBeGreaterThan(0);
    expect(await coverage.contextListIds()).toEqual(expected.map((c) => c.id));
    const marks = await coverage.contextMarks();
    expect(marks.chart).toHaveLength(expected.length);
    expect(marks.timeline).toHaveLength(expected.length);
    expect(marks.chart.every((y) => y === 2011 || y === 2012)).toBe(true);
  });

  it('shows a record’s date, title and source when it has the focus in the list, and when its mark is tapped; hides the marks when asked, and the link keeps the choice', async () => {
    await app.given.explorerAt('?years=2011');
    const [record] = contextIn(2011, 2011);
    if (!record) throw new Error('the data has no context record in 2011');
    const focused = await coverage.focusContext(record.id);
    expect(focused.ringed).toBe(true);
    expect(focused.tip).toContain(record.title);
    expect(focused.tip).toMatch(/Source: .+, lines? \d+/);
    await app.given.explorerAt('?years=2011');
    expect(await coverage.tapContextMark(record.id)).toContain(record.title);

    // The marks hide when the reader asks, and the link keeps the choice.
    await coverage.toggleContext();
    await expect.poll(() => app.then.param('context')).toBe('0');
    expect(await coverage.contextMarks()).toEqual({ chart: [], timeline: [] });
    await app.when.reload();
    expect(await coverage.contextMarks()).toEqual({ chart: [], timeline: [] });
  });

  it('the embed options hide the marks in the embed and the images, and the preview follows', async () => {
    const share = shareDialog(app);
    await app.given.explorerAt('?years=2011', undefined, { waitForMap: false });
    await share.when.openShareFor('Per year, by type');
    expect(new URL(await share.then.embedPreviewSrc()).searchParams.get('context')).toBeNull();
    expect((await share.then.imagePreview()).svg).toContain('context-mark');
    await share.when.setContextMarks(false);
    await expect.poll(async () => new URL(await share.then.embedPreviewSrc()).searchParams.get('context')).toBe('0');
    expect(await share.then.snippet()).toContain('context=0');
    await expect.poll(async () => (await share.then.imagePreview()).svg.includes('context-mark')).toBe(false);
    expect(app.then.param('context')).toBe('0');
  });
});
