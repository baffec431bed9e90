/**
 * What the plain checks of the data files (checkIncidentColumns.ts, checkDatasetFiles.ts)
 * share: the patterns of datasetSchema.ts (slug, IsoDate, DocName) and the basic tests.
 */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const DOC_NAME = /^\d{3}_[0-9a-f]{16}\.txt$/;

export const isText = (v: unknown): v is string => typeof v === 'string';
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
