import { describe, expect, it } from 'vitest';
import {
  clampYears,
  firstFrame,
  jumpWindow,
  nextFrame,
  stepWindow,
  type Years,
} from '../../../src/features/timeline/TimelineController.ts';

const ALL: Years = [2009, 2013];

describe('clampYears', () => {
  it('clamps to the bounds and orders the ends', () => {
    expect(clampYears([2020, 1990], ALL)).toEqual([2009, 2013]);
    expect(clampYears([2012, 2010], ALL)).toEqual([2010, 2012]);
  });
});

describe('stepWindow', () => {
  it('moves the window right keeping its width', () => {
    expect(stepWindow([2009, 2010], 1, ALL)).toEqual([2010, 2011]);
  });

  it('moves the window left keeping its width', () => {
    expect(stepWindow([2011, 2013], -1, ALL)).toEqual([2010, 2012]);
  });

  it('stops at the last year, keeping the width', () => {
    expect(stepWindow([2011, 2013], 1, ALL)).toEqual([2011, 2013]);
    expect(stepWindow([2010, 2011], 5, ALL)).toEqual([2012, 2013]);
  });

  it('stops at the first year, keeping the width', () => {
    expect(stepWindow([2009, 2011], -1, ALL)).toEqual([2009, 2011]);
    expect(stepWindow([2012, 2013], -5, ALL)).toEqual([2009, 2010]);
  });

  it('from the full range, stepping right gives the first year alone', () => {
    expect(stepWindow(ALL, 1, ALL)).toEqual([2009, 2009]);
  });

  it('from the full range, stepping left gives the last year alone', () => {
    expect(stepWindow(ALL, -1, ALL)).toEqual([2013, 2013]);
  });

  it('stays put when the data has a single year', () => {
    expect(stepWindow([2011, 2011], 1, [2011, 2011])).toEqual([2011, 2011]);
    expect(stepWindow([2011, 2011], -1, [2011, 2011])).toEqual([2011, 2011]);
  });
});

describe('jumpWindow', () => {
  it('jumps to the start keeping the width', () => {
    expect(jumpWindow([2011, 2012], 'start', ALL)).toEqual([2009, 2010]);
  });

  it('jumps to the end keeping the width', () => {
    expect(jumpWindow([2010, 2011], 'end', ALL)).toEqual([2012, 2013]);
  });

  it('from the full range, jumps to the first or the last year alone', () => {
    expect(jumpWindow(ALL, 'start', ALL)).toEqual([2009, 2009]);
    expect(jumpWindow(ALL, 'end', ALL)).toEqual([2013, 2013]);
  });
});

describe('firstFrame', () => {
  it("'window' from the full range starts with the first year alone", () => {
    expect(firstFrame(ALL, 'window', ALL)).toEqual([2009, 2009]);
  });

  it("'window' starts from the current window when it is not at the end", () => {
    expect(firstFrame([2010, 2011], 'window', ALL)).toEqual([2010, 2011]);
  });

  it("'window' restarts from the beginning, keeping the width, at the end", () => {
    expect(firstFrame([2012, 2013], 'window', ALL)).toEqual([2009, 2010]);
  });

  it("'accumulate' keeps a window that already starts at the first year", () => {
    expect(firstFrame([2009, 2011], 'accumulate', ALL)).toEqual([2009, 2011]);
  });

  it("'accumulate' starts from the first year alone otherwise", () => {
    expect(firstFrame([2010, 2011], 'accumulate', ALL)).toEqual([2009, 2009]);
    expect(firstFrame(ALL, 'accumulate', ALL)).toEqual([2009, 2009]);
  });
});

describe('nextFrame', () => {
  it("'window' moves both ends one year on", () => {
    expect(nextFrame([2009, 2010], 'window', ALL)).toEqual([2010, 2011]);
  });

  it("'accumulate' moves only the end one year on", () => {
    expect(nextFrame([2009, 2010], 'accumulate', ALL)).toEqual([2009, 2011]);
  });

  it('returns null once the last year has been shown', () => {
    expect(nextFrame([2012, 2013], 'window', ALL)).toBeNull();
    expect(nextFrame([2009, 2013], 'accumulate', ALL)).toBeNull();
  });

  it("plays a one-year 'window' through every year and then stops", () => {
    const frames: Years[] = [];
    for (let f: Years | null = firstFrame(ALL, 'window', ALL); f; f = nextFrame(f, 'window', ALL)) frames.push(f);
    expect(frames).toEqual([
      [2009, 2009],
      [2010, 2010],
      [2011, 2011],
      [2012, 2012],
      [2013, 2013],
    ]);
  });
});
