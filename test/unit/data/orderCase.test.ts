import { describe, expect, it } from 'vitest';
import { dateSpan, datePrecision, orderCaseSteps, type CaseStep } from '../../../src/data/orderCase.ts';

const step = (id: string, date: string, subtype = 'detention'): CaseStep => ({ id, date, subtype });
const ids = (steps: CaseStep[]) => steps.map((s) => s.id);

describe('dateSpan', () => {
  it('gives a day, a month or a whole year as the span the date may stand for', () => {
    expect(dateSpan('2010-01-28')).toEqual(['2010-01-28', '2010-01-28']);
    expect(dateSpan('2012-02')).toEqual(['2012-02-01', '2012-02-29']);
    expect(dateSpan('2010')).toEqual(['2010-01-01', '2010-12-31']);
  });

  it('names the precision of a date', () => {
    expect([datePrecision('2010'), datePrecision('2010-01'), datePrecision('2010-01-28')]).toEqual(['year', 'month', 'day']);
  });
});

describe('orderCaseSteps', () => {
  it('does not sort a date known only to the year before dated steps of that year', () => {
    // The Zhovtis case as the data lists it: "2010" would sort first as a string.
    const steps = [
      step('sentence', '2009-09-03', 'sentence'),
      step('appeals-turned-down', '2010', 'appeal'),
      step('colony-pressure', '2010-01'),
      step('supreme-court', '2010-01-28', 'appeal'),
      step('parole-denied', '2011-08-02', 'parole_denied'),
    ];
    expect(ids(orderCaseSteps(steps))).toEqual([
      'sentence',
      'supreme-court',
      'colony-pressure',
      'appeals-turned-down',
      'parole-denied',
    ]);
  });

  it('keeps steps whose spans do not overlap in date order, whatever their precision', () => {
    const steps = [step('c', '2012'), step('a', '2010-03-26'), step('b', '2011-08')];
    expect(ids(orderCaseSteps(steps))).toEqual(['a', 'b', 'c']);
  });

  it('puts an arrest known only to the year before the dated sentence it led to', () => {
    const steps = [
      step('arrest', '2012', 'arrest'),
      step('sentence', '2012-10-08', 'sentence'),
      step('appeal', '2012-11', 'appeal'),
    ];
    expect(ids(orderCaseSteps(steps))).toEqual(['arrest', 'sentence', 'appeal']);
  });

  it('does not pull a later re-arrest before a judgment that an earlier arrest already precedes', () => {
    // Kuramshin: arrested in January, convicted and released in August, case reopened, rearrested.
    const steps = [
      step('arrest', '2012-01', 'arrest'),
      step('conviction', '2012-08', 'conviction'),
      step('release', '2012-08', 'release'),
      step('retrial', '2012', 'appeal'),
      step('rearrest', '2012', 'arrest'),
    ];
    expect(ids(orderCaseSteps(steps))).toEqual(['arrest', 'conviction', 'release', 'retrial', 'rearrest']);
  });

  it('keeps the data order for steps with the same date', () => {
    const steps = [step('b', '2018-03', 'charge'), step('a', '2018-03', 'psychiatric_detention')];
    expect(ids(orderCaseSteps(steps))).toEqual(['b', 'a']);
  });

  it('does not change the array it is given', () => {
    const steps = [step('late', '2012'), step('early', '2011')];
    orderCaseSteps(steps);
    expect(ids(steps)).toEqual(['late', 'early']);
  });
});
