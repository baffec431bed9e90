/**
 * When each frame of the years video shows, and for how long. Pure. A year fades in over the
 * one before at the full frame rate; once it stands still, frames come at STILL_FPS only:
 * an unchanging picture costs nothing to watch but every frame costs encoding, and on a
 * phone this cuts the work by three. The file still states FPS as its rate.
 */

export const FPS = 30;
export const SECONDS_PER_YEAR = 1;
/** The last year stays this much longer, so the end can be read before the video loops. */
export const HOLD_SECONDS = 1;
/** A year fades in over the previous one in this many frames (at FPS). */
export const FADE_FRAMES = 6;
/** Frames per second while a year stands still. */
export const STILL_FPS = 5;

export interface VideoFrameTime {
  /** Index of the year in the video. */
  year: number;
  /** Start and length in seconds. */
  time: number;
  duration: number;
  /** How far the year has faded in over the one before, 0 to 1 (1 when it stands alone). */
  fade: number;
}

/** The video's length in seconds for `years` years. */
export function videoSeconds(years: number): number {
  return years * SECONDS_PER_YEAR + HOLD_SECONDS;
}

export function videoSchedule(years: number): VideoFrameTime[] {
  const frames: VideoFrameTime[] = [];
  // Whole frames at FPS, so every timestamp falls on the stated rate's grid.
  const at = (frame: number) => frame / FPS;
  let start = 0;
  for (let year = 0; year < years; year++) {
    const length = Math.round((SECONDS_PER_YEAR + (year === years - 1 ? HOLD_SECONDS : 0)) * FPS);
    let f = 0;
    if (year > 0) {
      for (; f < FADE_FRAMES; f++) frames.push({ year, time: at(start + f), duration: at(1), fade: (f + 1) / FADE_FRAMES });
    }
    const step = Math.round(FPS / STILL_FPS);
    for (; f < length; f += step) {
      const next = Math.min(length, f + step);
      frames.push({ year, time: at(start + f), duration: at(next - f), fade: 1 });
    }
    start += length;
  }
  return frames;
}
