import { describe, expect, it } from 'vitest';
import { coverageOf, deriveCoverage, yearRuns, type CoveringDocument } from '../../../src/data/coverage.ts';

const ANNUAL_2011: CoveringDocument = {
  doc: '001_0c2a45d908040ec7.txt',
  coverage: { kind: 'annual', from: '2011-01', to: '2011-12' },
};
const ANNUAL_2012_WITH_DEC_2011: CoveringDocument = {
  doc: '003_e1ad653199c6dbe5.txt',
  coverage: { kind: 'annual', from: '2011-12', to: '2012-12' },
};
const SELECTIVE: CoveringDocument = {
  doc: '002_16ee45c1811148a1.txt',
  coverage: { kind: 'selective', from: '2014-10', to: '2019-03' },
};

describe('deriveCoverage', () => {
  const table = deriveCoverage(
    [ANNUAL_2011, ANNUAL_2012_WITH_DEC_2011, SELECTIVE],
    [{ date: '2010-07', sources: [{ doc: ANNUAL_2011.doc, lines: [3, 4] }] }],
    [2010, 2015],
  );
  const at = (year: number) => table.find((y) => y.year === year);

  it('lists every year of the span, in order', () => {
    expect(table.map((y) => y.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015]);
  });

  it('calls a year fully covered only when an annual review spans all of it', () => {
    expect(at(2011)).toEqual({
      year: 2011,
      level: 'full',
      docs: [
        { doc: ANNUAL_2011.doc, how: 'annual' },
        // The 2012 review reaches back to December 2011: part of the year, not all of it.
        { doc: ANNUAL_2012_WITH_DEC_2011.doc, how: 'period' },
      ],
    });
    expect(at(2012)?.level).toBe('full');
  });

  it('calls a year in a selective period, even a whole one, partly covered', () => {
    expect(at(2015)).toEqual({ year: 2015, level: 'partial', docs: [{ doc: SELECTIVE.doc, how: 'period' }] });
    expect(at(2014)?.level).toBe('partial');
  });

  it('counts a record of a year outside its document’s period as coverage in passing', () => {
    expect(at(2010)).toEqual({ year: 2010, level: 'partial', docs: [{ doc: ANNUAL_2011.doc, how: 'passing' }] });
  });

  it('leaves a year that no document covers or mentions uncovered', () => {
    expect(at(2013)).toEqual({ year: 2013, level: 'none', docs: [] });
  });
});

describe('coverageOf', () => {
  const table = new Map(
    deriveCoverage([ANNUAL_2011, ANNUAL_2012_WITH_DEC_2011, SELECTIVE], [], [2011, 2016]).map((y) => [y.year, y]),
  );

  it('splits a range into its full, partial and uncovered years', () => {
    expect(coverageOf(table, 2011, 2016)).toEqual({
      full: [2011, 2012],
      partial: [2014, 2015, 2016],
      none: [2013],
      even: false,
    });
  });

  it('calls a range even when all its years are covered alike', () => {
    expect(coverageOf(table, 2011, 2012).even).toBe(true);
    expect(coverageOf(table, 2013, 2013)).toMatchObject({ none: [2013], even: true });
  });

  it('treats a year outside the table as not covered', () => {
    expect(coverageOf(table, 2020, 2020).none).toEqual([2020]);
  });
});

describe('yearRuns', () => {
  it('joins consecutive years', () => {
    expect(yearRuns([2009, 2010, 2013, 2015, 2016])).toEqual([
      [2009, 2010],
      [2013, 2013],
      [2015, 2016],
    ]);
    expect(yearRuns([])).toEqual([]);
  });
});
