import type { Lang } from '../../data/lang.ts';
import { loadStrings } from '../../lib/strings.ts';

/**
 * Loads a language's strings and, for Russian and Kazakh, Noto Sans's Cyrillic faces: the
 * charts measure their labels on a canvas (textWidth.ts), which measures in a fallback font
 * until the face arrives, and keys laid out from those widths would overlap once it does.
 * A font that fails to load is not an error (the page falls back to the system's sans-serif).
 */
export function loadLanguage(lang: Lang): Promise<void> {
  const fonts =
    lang === 'en' || !('fonts' in document)
      ? null
      : Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 11px "Noto Sans"`, 'Жә'))).catch(() => undefined);
  return Promise.all([loadStrings(lang), fonts]).then(() => undefined);
}
