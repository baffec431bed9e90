/**
 * The geometry of the per-year chart, pure: where each year's column, the value axis and the
 * context marks go. The drawing (YearColumns), the explorer's keyboard axis and tooltip
 * (YearAxis) and the exports all place things with it, so they line up.
 */
import type { ContextEvent } from '../../data/Incident.ts';

/** Room left of the columns for the value axis, and right of them. */
export const PLOT_LEFT = 34;
export const PLOT_RIGHT = 8;
/** Room below the columns for the coverage line and the year labels. */
export const AXIS_HEIGHT = 22;
/** One row of context marks, and the most rows drawn (later marks share the last row). */
export const MARK_ROW = 9;
export const MAX_MARK_ROWS = 5;
const MARK_GAP = 8;

/** A round axis maximum and its ticks for counts up to `peak`: 0, 10, 20, 30, 40, 50 for 42. */
export function niceTicks(peak: number, most = 5): number[] {
  if (peak <= 0) return [0, 1];
  const raw = peak / most;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const wholeStep = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let v = 0; v < peak + wholeStep; v += wholeStep) ticks.push(v);
  return ticks;
}

export interface ContextMark {
  event: ContextEvent;
  year: number;
  /** Centre, in pixels from the left of the drawing. */
  x: number;
  /** Row from the top, 0-based. */
  row: number;
}

/**
 * The context records within `years`, each at its month within its year's column (mid-column
 * when the month is not stated), stacked in rows so that no two marks of a row touch.
 */
export function layoutMarks(events: readonly ContextEvent[], years: [number, number], width: number): ContextMark[] {
  const band = columnWidth(width, years);
  const placed = events
    .filter((e) => {
      const y = Number(e.date.slice(0, 4));
      return y >= years[0] && y <= years[1];
    })
    .map((event) => {
      const year = Number(event.date.slice(0, 4));
      const month = Number(event.date.slice(5, 7));
      const within = month >= 1 ? (month - 0.5) / 12 : 0.5;
      return { event, year, x: PLOT_LEFT + (year - years[0] + within) * band, row: 0 };
    })
    .sort((a, b) => a.x - b.x || (a.event.id < b.event.id ? -1 : 1));
  const rowEnds: number[] = [];
  for (const m of placed) {
    let row = rowEnds.findIndex((end) => m.x - end >= MARK_GAP);
    if (row === -1) row = rowEnds.length < MAX_MARK_ROWS ? rowEnds.length : MAX_MARK_ROWS - 1;
    rowEnds[row] = m.x;
    m.row = row;
  }
  return placed;
}

export function columnWidth(width: number, years: [number, number]): number {
  return Math.max(0, width - PLOT_LEFT - PLOT_RIGHT) / (years[1] - years[0] + 1);
}

/** The height the context marks take above the columns: none when there are none. */
export function marksHeight(marks: readonly ContextMark[]): number {
  return marks.length === 0 ? 0 : (Math.max(...marks.map((m) => m.row)) + 1) * MARK_ROW + 4;
}

/** One entry of the key under the columns: the hatching, the dotted line, or a kind of mark. */
export type KeyItem = { key: 'none' | 'partial' } | { key: 'mark'; kind: string };

export interface PlacedKeyItem<T> {
  item: T;
  label: string;
  x: number;
  row: number;
}

export const KEY_ROW = 16;
const KEY_SWATCH = 16;
const KEY_GAP = 12;

/** The key's entries in rows that fit `width`, each at its left edge: a line breaks before an entry that would overflow. */
export function layoutKey<T>(
  items: readonly { item: T; label: string }[],
  width: number,
  measure: (text: string) => number,
): PlacedKeyItem<T>[] {
  const out: PlacedKeyItem<T>[] = [];
  let x = PLOT_LEFT;
  let row = 0;
  for (const { item, label } of items) {
    const w = KEY_SWATCH + measure(label);
    if (x > PLOT_LEFT && x + w > width) {
      row++;
      x = PLOT_LEFT;
    }
    out.push({ item, label, x, row });
    x += w + KEY_GAP;
  }
  return out;
}

export function keyHeight(placed: readonly PlacedKeyItem<unknown>[]): number {
  return placed.length === 0 ? 0 : (Math.max(...placed.map((p) => p.row)) + 1) * KEY_ROW + 2;
}
