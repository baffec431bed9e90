/**
 * Whether an ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) names a real day, month or
 * year of the dataset's range. Free of zod: the schema (datasetSchema.ts) and the app's plain
 * checks (checkIncidentColumns.ts, checkDatasetFiles.ts) share it.
 */
export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || y < 1991 || y > 2100) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= last;
}
