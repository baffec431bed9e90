/**
 * The language of the interface when the URL names none: the first of the reader's
 * preferred languages (`navigator.languages`) that we have, regional variants included
 * (ru-KZ is Russian, kk-KZ Kazakh), else English.
 */
import { isLang, type Lang } from '../../data/lang.ts';

export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isLang(base)) return base;
  }
  return 'en';
}

/** The language a page opens in: the URL's `lang` when valid, else the reader's preference. */
export function initialLang(search: string, languages: readonly string[]): Lang {
  const fromUrl = new URLSearchParams(search).getAll('lang').at(-1);
  return isLang(fromUrl) ? fromUrl : preferredLang(languages);
}
