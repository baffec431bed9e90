/**
 * A data file with markup and script in every text field: the explorer shows it as text
 * and runs none of it, with the Content-Security-Policy on, and with it off (so that the
 * rendering itself is tested, not only the policy behind it).
 */
import { describe, expect, it } from 'vitest';
import { incidentColumns } from '../../src/data/incidentColumns.ts';
import { loadDataset } from '../../src/data/loadDataset.ts';
import {
  ALMATY,
  hostile,
  hostileContext,
  hostileCoverage,
  hostileIncidents,
  hostileSources,
  HOSTILE_DOC,
  MARKER,
  TOWN_INCIDENT,
} from '../fixtures/e2e/hostileDataset.ts';
import { en as t } from '../../src/lib/strings.ts';
import { DESKTOP, type ActiveElement } from './driver.ts';
import { useExplorer } from './explorer.ts';

const data = {
  'incidents.geojson': { body: hostileIncidents() },
  'sources.json': { body: hostileSources() },
  'context.json': { body: hostileContext() },
  'coverage.json': { body: hostileCoverage() },
};

/** The build's own module scripts are the only active elements the page may hold. */
const notTheBuild = (a: ActiveElement) =>
  !(a.tag === 'script' && /^\.\/assets\/[\w-]+\.js$/.test(a.src) && a.handlers.length === 0);

describe('a data file with markup and script in its text', () => {
  const app = useExplorer();

  it('is a file the app accepts', async () => {
    const bodies: Record<string, unknown> = {
      './data/incidents.json': incidentColumns(hostileIncidents().features),
      './data/sources.json': hostileSources(),
      './data/context.json': hostileContext(),
      './data/coverage.json': hostileCoverage(),
    };
    const served = (async (url: string) => new Response(JSON.stringify(bodies[url]))) as typeof fetch;
    expect((await loadDataset('./data/', served)).incidents).toHaveLength(4);
  });

  for (const csp of ['on', 'bypassed'] as const) {
    it(`is shown as text and never run, with the Content-Security-Policy ${csp}`, async () => {
      await app.given.explorerAt('', DESKTOP, { data, bypassCsp: csp === 'bypassed' });

      // The list, the place picker and "Not on the map".
      expect((await app.then.listItems()).map((i) => i.title).sort()).toEqual(
        [hostile('title'), hostile('second title'), hostile('region title'), hostile('area title')].sort(),
      );
      expect(await app.then.placeOptions()).toEqual(expect.arrayContaining([hostile('town'), hostile('admin1')]));
      expect(await app.then.pageText()).toContain(`${hostile('area')} (1)`);

      // An incident's detail, its sources and its case.
      await app.when.openIncident(TOWN_INCIDENT);
      const detail = (await app.then.detailText()) ?? '';
      for (const field of ['title', 'summary', 'town', 'date note', 'other country', 'person one', 'person two']) {
        expect(detail, field).toContain(hostile(field));
      }
      expect(detail).toContain(`${hostile('publisher')}, “${hostile('report title')}”`);
      // The case chain shows subtypes, which are codes, with underscores as spaces (a run of them shows as one).
      expect((await app.then.caseChain()).join('\n')).toContain(hostile('second subtype').replace(/_+/g, ' '));

      // The tooltips of the map and of the top-towns chart.
      await app.when.scrollToMap();
      await app.when.hoverMapAt(ALMATY.lon, ALMATY.lat);
      expect(await app.then.mapTooltip()).toContain(hostile('town'));
      await app.when.hoverTownBar(hostile('town'));
      expect(await app.then.chartTooltip()).toContain(hostile('town'));
      // Too long for the chart's label room: cut with an ellipsis, whole in the row's title.
      const [row] = await app.then.rankedBars('topTowns');
      expect(row?.label).toMatch(/^town .*…$/);
      expect(row?.title).toBe(`${hostile('town')}: 1`);

      // A search for the markup itself finds the incidents that carry it.
      await app.when.typeSearch('<script>');
      await expect.poll(() => app.then.param('q'), { timeout: 10_000 }).toBe('<script>');
      expect(await app.then.listCount()).toBe(4);

      expect(await app.then.windowValue(MARKER)).toBeUndefined();
      expect((await app.then.activeElements()).filter(notTheBuild)).toEqual([]);
      const origin = app.origin();
      expect(app.then.requests().filter((u) => u.startsWith(`${origin}/x`) || u.startsWith('javascript:'))).toEqual([]);
      expect(await app.then.policyViolations()).toEqual([]);
      expect(app.then.pageErrors()).toEqual([]);
    });
  }
});

/** A right-to-left override, after a stray pop-isolate that would close a naive isolate around it. */
const RTL = '\u2069\u202E';

/** The hostile dataset with a right-to-left override at the end of the publisher, the titles, the places and the people. */
const overridden = {
  'incidents.geojson': {
    body: (() => {
      const fc = hostileIncidents();
      for (const f of fc.features) {
        const p = f.properties;
        Object.assign(p, {
          title: `${p.title}${RTL}`,
          summary: `${p.summary}${RTL}`,
          place: p.place && `${p.place}${RTL}`,
          people: p.people.map((name) => `${name}${RTL}`),
          date_note: p.date_note && `${p.date_note}${RTL}`,
        });
      }
      return fc;
    })(),
  },
  'sources.json': { body: hostileSources().map((s) => ({ ...s, publisher: `${s.publisher}${RTL}`, title: `${s.title}${RTL}` })) },
  'context.json': { body: hostileContext() },
  'coverage.json': { body: hostileCoverage() },
};

describe('data text with a right-to-left override', () => {
  const app = useExplorer();

  it('leaves the source line of the detail in its order', async () => {
    await app.given.explorerAt('', DESKTOP, { data: overridden, waitForMap: false });
    await app.when.openIncident(TOWN_INCIDENT);
    expect(await app.then.drawnLeftToRight(t.list.lines(1, 2))).toBe(true);
    expect(await app.then.drawnLeftToRight(HOSTILE_DOC)).toBe(true);
  });

  it('leaves the chart descriptions written around a place name in their order', async () => {
    expect(await app.then.drawnLeftToRight('has the most documented incidents placed in a town')).toBe(true);
  });
});
