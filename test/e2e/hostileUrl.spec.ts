/**
 * Links are untrusted input: a link with markup, huge values, repeated keys or nonsense
 * opens the explorer on the closest valid selection, runs nothing, and the explorer still
 * works. (The codec itself is tested in test/unit/store/urlState.test.ts and hostileLinks.test.ts,
 * which took over the links that only exercise it: test/e2e/REMOVED.md; this is the page.)
 */
import { describe, expect, it } from 'vitest';
import { en as t } from '../../src/lib/strings.ts';
import { incidents, yearBounds } from './data.ts';
import type { ActiveElement } from './driver.ts';
import { useExplorer } from './explorer.ts';

const [FIRST, LAST] = yearBounds;
const ALL_YEARS = `${FIRST}–${LAST}`;
const ALL_TYPES = Object.values(t.types);
const MARKUP = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
const HUGE = (c: string) => c.repeat(10_000);
const KNOWN_KEYS = ['years', 'types', 'place', 'q', 'incident', 'view', 'precise', 'context'];

const link = (params: [string, string][]) => `?${new URLSearchParams(params).toString()}`;
const notTheBuild = (a: ActiveElement) => !(a.tag === 'script' && /^\.\/assets\/[\w-]+\.js$/.test(a.src));

interface Shown {
  years: string;
  count: number;
  types: string[];
  place: string;
  search: string;
}

/** The years shown after Home then End on the timeline: the window keeps its width. */
const AFTER_HOME_END = String(LAST);

const cases: { name: string; query: string; shown: Shown; afterHomeEnd?: string }[] = [
  {
    name: 'markup and script in the search',
    query: link([['q', MARKUP]]),
    // No report contains markup, so nothing matches; the text is kept as text.
    shown: { years: ALL_YEARS, count: 0, types: ALL_TYPES, place: '', search: MARKUP },
  },
  {
    name: '10,000-character values beside a valid one',
    query: link([
      ['years', HUGE('1')],
      ['q', HUGE('a')],
      ['place', HUGE('b')],
      ['types', HUGE('c')],
      ['precise', '1'],
    ]),
    shown: {
      years: ALL_YEARS,
      count: incidents.filter((i) => i.geo_precision === 1).length,
      types: ALL_TYPES,
      place: '',
      search: '',
    },
  },
];

describe('a hostile link', () => {
  const app = useExplorer();

  for (const { name, query, shown, afterHomeEnd = AFTER_HOME_END } of cases) {
    it(`with ${name} opens the closest valid selection, and the explorer works`, async () => {
      await app.given.explorerAt(query);
      expect(app.then.url().length, 'the page has the whole link').toBeGreaterThanOrEqual(query.length);
      expect({
        // The years, without the note on the years no report covers that may follow them.
        years: (await app.then.sliderValueText())?.split('. ')[0],
        count: await app.then.listCount(),
        types: await app.then.checkedTypes(),
        place: await app.then.placeValue(),
        search: await app.then.searchValue(),
      }).toEqual(shown);
      expect(await app.then.detailText()).toBeNull();
      expect(await app.then.mapDrawn()).toBe(true);

      // The explorer still answers, and the link it writes holds only valid parameters.
      await app.when.pressOnTimeline('Home');
      await app.when.pressOnTimeline('End');
      await expect.poll(async () => (await app.then.sliderValueText())?.split('. ')[0]).toBe(afterHomeEnd);
      await expect.poll(() => app.then.param('years')).toBe(afterHomeEnd.replace('–', '-'));
      const params = app.then.params();
      expect([...params.keys()].filter((k) => !KNOWN_KEYS.includes(k))).toEqual([]);
      expect(params.get('place')).toBeNull();
      expect(params.get('incident')).toBeNull();
      expect([...params.entries()].filter(([k, v]) => k !== 'q' && /[<>]/.test(v))).toEqual([]);

      expect(await app.then.windowValue('__pwned')).toBeUndefined();
      expect((await app.then.activeElements()).filter(notTheBuild)).toEqual([]);
      expect(await app.then.policyViolations()).toEqual([]);
      expect(app.then.pageErrors()).toEqual([]);
    });
  }
});
