/**
 * Loads our Russian or Kazakh texts (text.<lang>.json) and the other Latin spellings of names
 * (names.json), each at most once per page: an English reader who does not search loads neither.
 * A failed load is forgotten, so the next need tries again.
 */
import type { ZodMiniType } from 'zod/mini';
import type { LocalizedText, NameVariants } from './datasetSchema.ts';

/**
 * Fetches `url` and checks it against one of the schemas. The schemas and the check (zod) load
 * with the first file, beside its request rather than before it: an English reader who does not
 * search needs neither, and they are most of the explorer's data-check code on this thread.
 */
async function fetchChecked<T>(
  url: string,
  fetchImpl: typeof fetch,
  schemaOf: (schemas: typeof import('./datasetSchema.ts')) => ZodMiniType<T>,
): Promise<T> {
  const response = fetchImpl(url, { referrerPolicy: 'no-referrer' });
  response.catch(() => undefined); // fetchJson reports it, once the check has loaded
  const [schemas, { checkWithSchema }, { fetchJson }] = await Promise.all([
    import('./datasetSchema.ts'),
    import('./checkWithSchema.ts'),
    import('./fetchJson.ts'),
  ]);
  return checkWithSchema(schemaOf(schemas), await fetchJson(url, () => response), url);
}

const loaded = new Map<string, Promise<unknown>>();

function once<T>(url: string, read: () => Promise<T>): Promise<T> {
  let p = loaded.get(url) as Promise<T> | undefined;
  if (!p) {
    p = read();
    loaded.set(url, p);
    p.catch(() => loaded.delete(url));
  }
  return p;
}

export function loadText(lang: 'ru' | 'kk', base = './data/', fetchImpl: typeof fetch = fetch): Promise<LocalizedText> {
  const url = `${base}text.${lang}.json`;
  return once(url, () => fetchChecked(url, fetchImpl, (s) => s.LocalizedText));
}

export function loadNames(base = './data/', fetchImpl: typeof fetch = fetch): Promise<NameVariants> {
  const url = `${base}names.json`;
  return once(url, () => fetchChecked(url, fetchImpl, (s) => s.NameVariants));
}
