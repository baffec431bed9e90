import { beforeEach, describe, expect, it } from 'vitest';
import { createViewModel, type View } from '../../../../src/data/deriveView.ts';
import type { Dataset } from '../../../../src/data/Incident.ts';
import { describeByType, describePerYear, describeTopTowns } from '../../../../src/features/charts/describeCharts.ts';
import { t } from '../../../../src/lib/strings.ts';
import type { Selection } from '../../../../src/store/Selection.ts';
import { fixtureDataset, fixtureSelection } from '../../../fixtures/app/fixtureDataset.ts';
import { isolate } from '../../../../src/lib/isolate.tsx';

let data: Dataset;
let view: (s: Selection) => View;
beforeEach(() => {
  data = fixtureDataset();
  view = createViewModel(data);
});
const sel = fixtureSelection;

/** The peak year and the most frequent type, counted straight from the fixture's incidents. */
function expectedFromFixture() {
  const perYear = new Map<number, number>();
  const perType = new Map<string, number>();
  for (const i of data.incidents) {
    perYear.set(i.year, (perYear.get(i.year) ?? 0) + 1);
    perType.set(i.type, (perType.get(i.type) ?? 0) + 1);
  }
  const [peakYear, peakCount] = [...perYear].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  const [topType, topCount] = [...perType].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return { total: data.incidents.length, peakYear, peakCount, topType: topType as keyof typeof t.types, topCount };
}

describe('describePerYear', () => {
  it('names the peak year and the most frequent type with their numbers', () => {
    const e = expectedFromFixture();
    const text = describePerYear(view(sel()).perYear, 2009, 2013);
    expect(text).toContain(`${e.total} incidents from 2009–2013`);
    expect(text).toContain(`the most in ${e.peakYear} (${e.peakCount})`);
    expect(text).toContain(`${t.types[e.topType]} is the most frequent type (${e.topCount})`);
  });

  it('says where the most frequent type peaks', () => {
    expect(describePerYear(view(sel()).perYear, 2009, 2013)).toContain('peaking in 2011 with 2');
  });

  it('reads as one sentence per fact for the whole fixture', () => {
    expect(describePerYear(view(sel()).perYear, 2009, 2013)).toBe(
      '12 incidents from 2009–2013; the most in 2011 (4). Protest or strike is the most frequent type (4), peaking in 2011 with 2.',
    );
  });

  it('mentions the years selected when they are narrower than the chart', () => {
    expect(describePerYear(view(sel({ from: 2011, to: 2012 })).perYear, 2011, 2012)).toMatch(/ Selected: 2011–2012\.$/);
  });

  it('says there is nothing to show for an empty selection', () => {
    expect(describePerYear(view(sel({ q: 'no such words anywhere' })).perYear, 2009, 2013)).toBe(t.charts.none);
  });
});

describe('describeByType', () => {
  it('names the three largest types with their counts', () => {
    expect(describeByType(view(sel()).byType, '2009–2013')).toBe(
      '12 incidents in 2009–2013: protest or strike 4, detention 3, attack on journalist 1, and fewer of other types.',
    );
  });
});

describe('describeTopTowns', () => {
  it('names the leading town and the next two', () => {
    expect(describeTopTowns(view(sel()).topTowns, '2009–2013')).toBe(
      `In 2009–2013, ${isolate('Almaty')} has the most incidents placed in a town (3), followed by ${isolate('Zhanaozen')} (3) and ${isolate('Aktau')} (2).`,
    );
  });

  it('says so when no incident is placed in a town', () => {
    expect(describeTopTowns([], '2013')).toBe('No incident the sources place in a town in 2013.');
  });
});
