/**
 * The day the curated data last changed (the date of the last commit touching data/), set by
 * vite.config.ts at build time; null where the build had no git history to ask.
 */
declare const __DATA_UPDATED__: string | null | undefined;

export const DATA_UPDATED: string | null = typeof __DATA_UPDATED__ === 'string' ? __DATA_UPDATED__ : null;
