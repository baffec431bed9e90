import { beforeEach, describe, expect, it } from 'vitest';
import { createViewModel, type View } from '../../../../src/data/deriveView.ts';
import type { Dataset } from '../../../../src/data/Incident.ts';
import { describeByType, describePerYear, describeTopTowns } from '../../../../src/features/charts/describeCharts.ts';
import { t } from '../../../../src/lib/strings.ts';
import type { Selection } from '../../../../src/data/Selection.ts';
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

/** The fixture with no report covering 2013 (the real data's gap), everything else as derived. */
function withUncovered2013(d: Dataset): Dataset {
  const coverage = new Map(d.coverage);
  coverage.set(2013, { year: 2013, level: 'none', docs: [] });
  return { ...d, coverage };
}

const UNEVEN =
  'The reports cover these years unevenly: 2011–2012 reviewed in annual reports; 2009–2010, 2013 only partly (selected events). ' +
  'Counts are incidents the reports document, not totals: do not read them as a trend.';

describe('describePerYear', () => {
  it('names the peak year and the most frequent type with their numbers', () => {
    const e = expectedFromFixture();
    const text = describePerYear(view(sel()).perYear, 2009, 2013, data);
    expect(text).toContain(`${e.total} documented incidents from 2009–2013`);
    expect(text).toContain(`the most in ${e.peakYear} (${e.peakCount})`);
    expect(text).toContain(`${t.types[e.topType]} is the most frequent type (${e.topCount})`);
  });

  it('says where the most frequent type peaks', () => {
    expect(describePerYear(view(sel()).perYear, 2009, 2013, data)).toContain('peaking in 2011 with 2');
  });

  it('says the years are covered unevenly and the bars are no trend', () => {
    expect(describePerYear(view(sel()).perYear, 2009, 2013, data)).toBe(
      '12 documented incidents from 2009–2013; the most in 2011 (4). Protest or strike is the most frequent type (4), ' +
        `peaking in 2011 with 2. ${UNEVEN}`,
    );
  });

  it('names the years no report covers', () => {
    expect(describePerYear(view(sel()).perYear, 2009, 2013, withUncovered2013(data))).toContain(
      '2009–2010 only partly (selected events); no report covers 2013.',
    );
  });

  it('mentions the years selected when they are narrower than the chart', () => {
    expect(describePerYear(view(sel({ from: 2011, to: 2012 })).perYear, 2011, 2012, data)).toMatch(/ Selected: 2011–2012\.$/);
  });

  it('says there is nothing to show for an empty selection of covered years', () => {
    expect(describePerYear(view(sel({ q: 'no such words anywhere' })).perYear, 2009, 2013, data)).toBe(t.charts.none);
  });
});

describe('describeByType', () => {
  it('names the three largest types with their counts, and what the uneven coverage means', () => {
    expect(describeByType(view(sel()).byType, data, 2009, 2013)).toBe(
      '12 documented incidents in 2009–2013: protest or strike 4, detention 3, attack on journalist 1, and fewer of other types. ' +
        UNEVEN,
    );
  });

  it('calls the counts of evenly covered years documented incidents, not totals, and draws no trend warning', () => {
    const text = describeByType(view(sel({ from: 2011, to: 2012 })).byType, data, 2011, 2012);
    expect(text).toMatch(
      /2011–2012: each year covered by an annual review\. Counts are incidents the reports document, not totals\.$/,
    );
    expect(text).not.toContain('trend');
  });

  it('says a single year an annual review covers is covered by it', () => {
    expect(describeByType(view(sel({ from: 2011, to: 2011 })).byType, data, 2011, 2011)).toMatch(
      /2011: covered by an annual review\. Counts are incidents the reports document, not totals\.$/,
    );
  });

  it('says a year that only passing mentions cover is partly covered', () => {
    expect(describeByType(view(sel({ from: 2013, to: 2013 })).byType, data, 2013, 2013)).toContain(
      '2013: the reports cover only selected events of this year.',
    );
  });

  it('explains an empty year no report covers as no data, not no incidents', () => {
    const d = withUncovered2013(data);
    const empty = createViewModel(d)(sel({ from: 2013, to: 2013, q: 'no such words anywhere' }));
    expect(describeByType(empty.byType, d, 2013, 2013)).toBe('No report covers 2013: no data, not no incidents.');
  });
});

describe('describeTopTowns', () => {
  it('names the leading town and the next two', () => {
    expect(describeTopTowns(view(sel()).topTowns, data, 2009, 2013)).toBe(
      `In 2009–2013, ${isolate('Almaty')} has the most documented incidents placed in a town (3), followed by ${isolate('Zhanaozen')} (3) and ${isolate('Aktau')} (2). ` +
        UNEVEN,
    );
  });

  it('says so when no incident is placed in a town', () => {
    expect(describeTopTowns([], data, 2013, 2013)).toBe('No documented incident the sources place in a town in 2013.');
  });

  it('says when the empty years are years no report covers', () => {
    expect(describeTopTowns([], withUncovered2013(data), 2013, 2013)).toBe('No report covers 2013: no data, not no incidents.');
    expect(describeTopTowns([], withUncovered2013(data), 2012, 2013)).toBe(
      'No documented incident the sources place in a town in 2012–2013. No report covers 2013: no data, not no incidents.',
    );
  });
});
