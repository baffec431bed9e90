/**
 * The timeline's logic, free of React: clamping, stepping and the next frame of playback.
 * The component only renders it and forwards keys and clicks.
 */
import type { PlayMode } from '../../store/createAppStore.ts';

export type Years = [from: number, to: number];

export function clampYears([from, to]: Years, [min, max]: Years): Years {
  const a = Math.min(max, Math.max(min, Math.min(from, to)));
  const b = Math.min(max, Math.max(min, Math.max(from, to)));
  return [a, b];
}

/**
 * Moves the window of years by `delta`, keeping its width. When the window already spans
 * every year there is nowhere to move, so stepping starts scrubbing year by year from the
 * end the user moves away from.
 */
export function stepWindow([from, to]: Years, delta: number, [min, max]: Years): Years {
  if (from === min && to === max && min !== max) return delta > 0 ? [min, min] : [max, max];
  const width = to - from;
  const start = Math.min(max - width, Math.max(min, from + delta));
  return [start, start + width];
}

export function jumpWindow([from, to]: Years, edge: 'start' | 'end', [min, max]: Years): Years {
  const width = to - from;
  if (width === max - min) return edge === 'start' ? [min, min] : [max, max];
  return edge === 'start' ? [min, min + width] : [max - width, max];
}

/** Years of the first frame when play is pressed: restarts from the beginning at the end. */
export function firstFrame([from, to]: Years, mode: PlayMode, [min, max]: Years): Years {
  const atEnd = to === max;
  if (mode === 'accumulate') return atEnd || from !== min ? [min, min] : [from, to];
  const width = from === min && to === max ? 0 : to - from;
  return atEnd ? [min, min + width] : [from, from + width];
}

/** The next frame of playback, or null when the last year has been shown. */
export function nextFrame([from, to]: Years, mode: PlayMode, [, max]: Years): Years | null {
  if (to >= max) return null;
  return mode === 'accumulate' ? [from, to + 1] : [from + 1, to + 1];
}
