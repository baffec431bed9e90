/**
 * The order the data files list their records in: by date, then id, compared as strings
 * ("2011" before "2011-08"). The pipeline writes incidents and context records so
 * (data/pipeline/buildDataset.ts), and the bench's synthetic incidents follow it.
 */
export function byDateThenId(a: { date: string; id: string }, b: { date: string; id: string }): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
