/**
 * The timeline's logic, free of React (as Our World in Data's grapher does it): clamping,
 * stepping, what a key or a drag does to the years, and the timing of playback. The
 * component only renders it and forwards keys and pointer positions.
 *
 * The years and whether it plays live in the store (a link reproduces the years, and the
 * URL writer replaces rather than pushes entries while playing); the speed and the playback
 * mode belong to the timeline alone, so they live here.
 */
import type { AppStore } from '../../store/createAppStore.ts';

export type Years = [from: number, to: number];

/** 'window' moves the whole window a year on each frame; 'accumulate' moves only its end. */
export type PlayMode = 'window' | 'accumulate';

/** Milliseconds per year the speed box offers. */
export const SPEEDS = [
  { ms: 2000, label: '0.5×' },
  { ms: 1000, label: '1×' },
  { ms: 500, label: '2×' },
  { ms: 250, label: '4×' },
] as const;

export interface PlaySettings {
  /** Milliseconds per year. */
  speed: number;
  mode: PlayMode;
}

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

/** What a key does to the window of years, or null when the window ignores the key. */
export function windowKeyMove(years: Years, key: string, bounds: Years): Years | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return stepWindow(years, 1, bounds);
    case 'ArrowLeft':
    case 'ArrowDown':
      return stepWindow(years, -1, bounds);
    case 'PageUp':
      return stepWindow(years, 5, bounds);
    case 'PageDown':
      return stepWindow(years, -5, bounds);
    case 'Home':
      return jumpWindow(years, 'start', bounds);
    case 'End':
      return jumpWindow(years, 'end', bounds);
    default:
      return null;
  }
}

/** What a key does to one end of the window; the other end stays, and the ends never cross. */
export function edgeKeyMove([from, to]: Years, edge: 'from' | 'to', key: string, [min, max]: Years): Years | null {
  const delta = ({ ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 } as Record<string, number>)[key];
  const value = edge === 'from' ? from : to;
  let next: number | undefined;
  if (delta !== undefined) next = value + delta;
  else if (key === 'Home') next = edge === 'from' ? min : from;
  else if (key === 'End') next = edge === 'from' ? to : max;
  if (next === undefined) return null;
  return edge === 'from' ? [Math.min(next, to), to] : [from, Math.max(next, from)];
}

/** The year under a point `fraction` of the way along the track (0 = its left edge). */
export function yearAtFraction(fraction: number, [min, max]: Years): number {
  if (!Number.isFinite(fraction)) return min;
  return Math.min(max, Math.max(min, min + Math.floor(fraction * (max - min + 1))));
}

/** Timers, injected so that tests can run playback on a fake clock. */
export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const realClock: Clock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof globalThis.setTimeout>),
};

export class TimelineController {
  private settings: PlaySettings = { speed: 1000, mode: 'window' };
  private listeners = new Set<() => void>();
  private timer: unknown = null;

  constructor(
    private readonly store: AppStore,
    /** The dataset's first and last year. */
    readonly bounds: Years,
    private readonly clock: Clock = realClock,
  ) {}

  get years(): Years {
    const { from, to } = this.store.getState().selection;
    return [from, to];
  }

  get playing(): boolean {
    return this.store.getState().playing;
  }

  // --- settings, read by React through useSyncExternalStore -------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The same object until a setting changes. */
  readonly getSettings = (): PlaySettings => this.settings;

  setSpeed(ms: number): void {
    const speed = Math.min(5000, Math.max(100, Math.round(ms)));
    if (!Number.isFinite(speed) || speed === this.settings.speed) return;
    this.settings = { ...this.settings, speed };
    this.notify();
    // The next frame comes at the new pace.
    if (this.playing) this.schedule();
  }

  setMode(mode: PlayMode): void {
    if (mode === this.settings.mode) return;
    this.settings = { ...this.settings, mode };
    this.notify();
  }

  // --- the years ------------------------------------------------------------------------

  setYears([from, to]: Years): void {
    this.store.getState().setYears(from, to);
  }

  /** Handles a key pressed on the window; false when the window ignores it. */
  windowKey(key: string): boolean {
    const next = windowKeyMove(this.years, key, this.bounds);
    if (!next) return false;
    this.stop();
    this.setYears(next);
    return true;
  }

  /** Handles a key pressed on one end of the window; false when it ignores it. */
  edgeKey(edge: 'from' | 'to', key: string): boolean {
    const next = edgeKeyMove(this.years, edge, key, this.bounds);
    if (!next) return false;
    this.stop();
    this.setYears(next);
    return true;
  }

  showAll(): void {
    this.setYears(this.bounds);
  }

  /**
   * A press on the track at `fraction` of its width: shows that year alone, or with shift
   * extends the window to it. Returns what a move of the pointer then does: select the
   * range between the year pressed and the year under the pointer.
   */
  pressTrack(fraction: number, extend: boolean): (fraction: number) => void {
    this.stop();
    const [from, to] = this.years;
    const year = yearAtFraction(fraction, this.bounds);
    const anchor = extend ? from : year;
    this.setYears(extend ? [Math.min(anchor, year), Math.max(to, year)] : [anchor, anchor]);
    return (f) => {
      const y = yearAtFraction(f, this.bounds);
      this.setYears([Math.min(anchor, y), Math.max(anchor, y)]);
    };
  }

  /** A press on one end of the window; returns what a move of the pointer then does. */
  pressEdge(edge: 'from' | 'to'): (fraction: number) => void {
    this.stop();
    return (f) => {
      const [from, to] = this.years;
      const y = yearAtFraction(f, this.bounds);
      this.setYears(edge === 'from' ? [Math.min(y, to), to] : [from, Math.max(y, from)]);
    };
  }

  // --- playback -------------------------------------------------------------------------

  togglePlay(): void {
    if (this.playing) this.stop();
    else this.play();
  }

  /** Shows the first frame now and the next one every `speed` ms, until the last year. */
  play(): void {
    this.setYears(firstFrame(this.years, this.settings.mode, this.bounds));
    this.store.getState().setPlaying(true);
    this.schedule();
  }

  stop(): void {
    this.cancel();
    if (this.playing) this.store.getState().setPlaying(false);
  }

  /** Stops the clock (the component unmounts); the store keeps its state. */
  dispose(): void {
    this.cancel();
  }

  private schedule(): void {
    this.cancel();
    this.timer = this.clock.setTimeout(() => this.tick(), this.settings.speed);
  }

  private cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private tick(): void {
    this.timer = null;
    if (!this.playing) return;
    const next = nextFrame(this.years, this.settings.mode, this.bounds);
    if (!next) {
      this.store.getState().setPlaying(false);
      return;
    }
    this.setYears(next);
    this.schedule();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
