import { describe, expect, it } from 'vitest';
import {
  FADE_FRAMES,
  FPS,
  HOLD_SECONDS,
  SECONDS_PER_YEAR,
  videoSchedule,
  videoSeconds,
} from '../../../../../src/features/share/media/videoTiming.ts';

describe('videoSchedule', () => {
  it('shows each year for its seconds and holds the last, with no gap or overlap', () => {
    const frames = videoSchedule(12);
    let t = 0;
    for (const f of frames) {
      expect(f.time).toBeCloseTo(t, 9);
      t += f.duration;
    }
    expect(t).toBeCloseTo(videoSeconds(12), 9);
    expect(videoSeconds(12)).toBe(12 * SECONDS_PER_YEAR + HOLD_SECONDS);
    for (let year = 0; year < 12; year++) {
      const own = frames.filter((f) => f.year === year).reduce((n, f) => n + f.duration, 0);
      expect(own).toBeCloseTo(SECONDS_PER_YEAR + (year === 11 ? HOLD_SECONDS : 0), 9);
    }
  });

  it('puts every frame on the stated frame rate’s grid', () => {
    for (const f of videoSchedule(5)) {
      expect(Math.abs(f.time * FPS - Math.round(f.time * FPS))).toBeLessThan(1e-9);
      expect(Math.abs(f.duration * FPS - Math.round(f.duration * FPS))).toBeLessThan(1e-9);
    }
  });

  it('fades each year after the first in over FADE_FRAMES frames, rising to full', () => {
    const frames = videoSchedule(3);
    expect(frames.filter((f) => f.year === 0).every((f) => f.fade === 1)).toBe(true);
    const fades = frames.filter((f) => f.year === 1 && f.fade < 1).map((f) => f.fade);
    expect(fades).toHaveLength(FADE_FRAMES - 1);
    expect([...fades].sort((a, b) => a - b)).toEqual(fades);
  });

  it('encodes far fewer frames than the full rate would', () => {
    expect(videoSchedule(12).length).toBeLessThan(videoSeconds(12) * FPS * 0.4);
  });
});
