import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../../src/store/createAppStore.ts';
import {
  TimelineController,
  type PlaySettings,
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

describe('TimelineController', () => {
  /** A clock that runs only when told: the one timer the controller may hold. */
  function fakeClock() {
    let next: { fn: () => void; ms: number } | null = null;
    return {
      setTimeout: (fn: () => void, ms: number) => (next = { fn, ms }),
      clearTimeout: () => (next = null),
      get pendingMs() {
        return next?.ms ?? null;
      },
      tick() {
        const t = next;
        next = null;
        t?.fn();
      },
    };
  }
  let store: AppStore;
  let clock: ReturnType<typeof fakeClock>;
  let timeline: TimelineController;
  const years = () => [store.getState().selection.from, store.getState().selection.to];
  beforeEach(() => {
    store = createAppStore(ALL);
    clock = fakeClock();
    timeline = new TimelineController(store, ALL, clock);
  });

  it('moves the window by the keys it knows and ignores the others', () => {
    store.getState().setYears(2010, 2011);
    expect(timeline.windowKey('ArrowRight')).toBe(true);
    expect(years()).toEqual([2011, 2012]);
    expect(timeline.windowKey('Home')).toBe(true);
    expect(years()).toEqual([2009, 2010]);
    expect(timeline.windowKey('a')).toBe(false);
    expect(years()).toEqual([2009, 2010]);
  });

  it('shows the first or the last year alone on Home or End from the whole range', () => {
    // test/e2e/timeline.spec.ts presses End then Home on one page; Home from the whole range is checked here.
    expect(timeline.windowKey('Home')).toBe(true);
    expect(years()).toEqual([2009, 2009]);
    store.getState().setYears(2009, 2013);
    expect(timeline.windowKey('End')).toBe(true);
    expect(years()).toEqual([2013, 2013]);
  });

  it('moves one end by its keys without crossing the other', () => {
    store.getState().setYears(2010, 2011);
    timeline.edgeKey('from', 'End');
    expect(years()).toEqual([2011, 2011]);
    timeline.edgeKey('from', 'ArrowRight');
    expect(years()).toEqual([2011, 2011]);
    timeline.edgeKey('to', 'End');
    expect(years()).toEqual([2011, 2013]);
  });

  it('shows the year pressed on the track alone, and the range dragged over', () => {
    const move = timeline.pressTrack(0.5, false);
    expect(years()).toEqual([2011, 2011]);
    move(0.1);
    expect(years()).toEqual([2009, 2011]);
    move(0.99);
    expect(years()).toEqual([2011, 2013]);
  });

  it('extends the window to the year shift-pressed', () => {
    store.getState().setYears(2010, 2010);
    timeline.pressTrack(0.7, true);
    expect(years()).toEqual([2010, 2012]);
  });

  it('drags one end of the window, never past the other', () => {
    store.getState().setYears(2010, 2011);
    const move = timeline.pressEdge('to');
    move(0.99);
    expect(years()).toEqual([2010, 2013]);
    move(0);
    expect(years()).toEqual([2010, 2010]);
  });

  it('plays one frame every `speed` ms up to the last year, then stops', () => {
    timeline.setSpeed(500);
    timeline.togglePlay();
    expect(store.getState().playing).toBe(true);
    const frames = [years()];
    while (clock.pendingMs !== null) {
      expect(clock.pendingMs).toBe(500);
      clock.tick();
      frames.push(years());
    }
    expect(frames).toEqual([
      [2009, 2009],
      [2010, 2010],
      [2011, 2011],
      [2012, 2012],
      [2013, 2013],
      [2013, 2013],
    ]);
    expect(store.getState().playing).toBe(false);
  });

  it("plays 'accumulate' by moving only the end", () => {
    timeline.setMode('accumulate');
    timeline.togglePlay();
    clock.tick();
    clock.tick();
    expect(years()).toEqual([2009, 2011]);
  });

  it('stops playing, and its clock, when a key moves the years or play is pressed again', () => {
    timeline.togglePlay();
    timeline.windowKey('ArrowRight');
    expect(store.getState().playing).toBe(false);
    expect(clock.pendingMs).toBeNull();
    timeline.togglePlay();
    timeline.togglePlay();
    expect(store.getState().playing).toBe(false);
    expect(clock.pendingMs).toBeNull();
  });

  it('takes a new speed at the next frame while playing', () => {
    timeline.togglePlay();
    expect(clock.pendingMs).toBe(1000);
    timeline.setSpeed(250);
    expect(clock.pendingMs).toBe(250);
  });

  it('clamps the speed to 100-5000 ms per year and tells its readers of a change', () => {
    const seen: PlaySettings[] = [];
    timeline.subscribe(() => seen.push(timeline.getSettings()));
    timeline.setSpeed(10);
    timeline.setSpeed(60_000);
    timeline.setSpeed(60_000);
    expect(seen.map((s) => s.speed)).toEqual([100, 5000]);
  });
});
