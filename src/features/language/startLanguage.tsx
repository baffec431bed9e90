import type { Root } from 'react-dom/client';
import { t } from '../../lib/strings.ts';
import { loadLanguage } from './loadLanguage.ts';
import { initialLang } from './preferredLang.ts';

/**
 * Starts loading the page's language (the URL's `lang`, else the reader's; a failed load keeps
 * English) and, once it is in, sets `<html lang>` and shows `loading()` in that language on
 * `root` until `done()` is called: a page never flashes English before its own language.
 */
export function startLanguage(root: Root, loading: () => string): { strings: Promise<void>; done: () => void } {
  const strings = loadLanguage(initialLang(window.location.search, navigator.languages)).catch(() => undefined);
  let loaded = false;
  void strings.then(() => {
    document.documentElement.lang = t.lang;
    if (!loaded)
      root.render(
        <p className="status" role="status">
          {loading()}
        </p>,
      );
  });
  return {
    strings,
    done: () => {
      loaded = true;
    },
  };
}
