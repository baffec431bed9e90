const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date at the precision the source gives it: "8 Aug 2011", "Aug 2011" or "2011". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (!month) return y ?? iso;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** "2011" or "2010–2012". */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date in words at the precision the source gives it: "8 October 2012", "November 2012" or "2012". */
export function formatDateLong(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = m === undefined ? undefined : LONG_MONTHS[Number(m) - 1];
  if (!month) return y ?? iso;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}
