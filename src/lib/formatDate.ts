import { t } from './strings.ts';

/** The parts of an ISO date the source gives: year, and month and day when it gives them. */
function parts(iso: string): { y: string; m: number | null; d: number | null } {
  const [y = iso, m, d] = iso.split('-');
  const month = m === undefined ? NaN : Number(m);
  if (!(month >= 1 && month <= 12)) return { y, m: null, d: null };
  return { y, m: month, d: d === undefined ? null : Number(d) };
}

/**
 * A date at the precision the source gives it, never more: "8 Aug 2011", "Aug 2011" or
 * "2011" («16 дек. 2011», «2011 ж. 16 желтоқсан»). The month names are ours, not the
 * browser's: Chromium formats a Kazakh date as "2011 M12 16".
 */
export function formatDate(iso: string): string {
  const { y, m, d } = parts(iso);
  if (m === null) return y;
  return d === null ? t.dates.month(m, y) : t.dates.day(d, m, y);
}

/** "2011" or "2010–2012". */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** A date in words at the precision the source gives it: "8 October 2012", "November 2012" or "2012". */
export function formatDateLong(iso: string): string {
  const { y, m, d } = parts(iso);
  if (m === null) return y;
  return d === null ? t.dates.monthLong(m, y) : t.dates.dayLong(d, m, y);
}
