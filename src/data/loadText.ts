/**
 * Loads our Russian or Kazakh texts (text.<lang>.json) and the other Latin spellings of names
 * (names.json), each at most once per page: an English reader who does not search loads neither.
 * A failed load is forgotten, so the next need tries again.
 */
import type { LocalizedText, NameVariants } from './datasetSchema.ts';

/**
 * The schemas and the check (zod) load with the first file: an English reader who does not
 * search needs neither, and they are most of the explorer's data-check code on this thread.
 */
const checking = () => Promise.all([import('./datasetSchema.ts'), import('./loadDataset.ts')]);

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
  return once(url, async () => {
    const [schema, { check, fetchJson }] = await checking();
    return check(schema.LocalizedText, await fetchJson(url, fetchImpl), url);
  });
}

export function loadNames(base = './data/', fetchImpl: typeof fetch = fetch): Promise<NameVariants> {
  const url = `${base}names.json`;
  return once(url, async () => {
    const [schema, { check, fetchJson }] = await checking();
    return check(schema.NameVariants, await fetchJson(url, fetchImpl), url);
  });
}
