/**
 * Numbers for the report. A measurement that hit its time limit is kept as the string
 * `>limit` (">60000"), never dropped and never replaced by the limit itself.
 */

/** Milliseconds or bytes, or `>limit` when the wait for it timed out. */
export type Measured = number | `>${number}`;

export const timedOut = (limitMs: number): Measured => `>${Math.round(limitMs)}`;

/** Orders numbers first, timeouts last (they are larger than any number we saw). */
function order(values: readonly Measured[]): Measured[] {
  const rank = (v: Measured) => (typeof v === 'number' ? v : Number.POSITIVE_INFINITY);
  return [...values].sort((a, b) => rank(a) - rank(b));
}

/** Nearest-rank percentile (p in 0..100): the value below which p% of the samples lie. */
export function percentile(values: readonly Measured[], p: number): Measured | null {
  if (values.length === 0) return null;
  const sorted = order(values);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

export const median = (values: readonly Measured[]) => percentile(values, 50);

export function max(values: readonly Measured[]): Measured | null {
  return values.length ? (order(values).at(-1) ?? null) : null;
}

export function round(v: Measured | null, digits = 1): Measured | null {
  if (typeof v !== 'number') return v;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** a / b, or null when either is missing or timed out. */
export function ratio(a: Measured | null, b: Measured | null): number | null {
  if (typeof a !== 'number' || typeof b !== 'number' || b === 0) return null;
  return Math.round((a / b) * 10) / 10;
}

export function fmtMs(v: Measured | null): string {
  if (v === null) return 'n/a';
  if (typeof v === 'string') return v;
  return v >= 100 ? String(Math.round(v)) : v.toFixed(1);
}

export function fmtKB(bytes: number | null): string {
  if (bytes === null) return 'n/a';
  return bytes >= 10 * 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

export function fmtMB(bytes: number | null): string {
  return bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
