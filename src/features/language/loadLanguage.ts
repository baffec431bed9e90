import type { Lang } from '../../data/lang.ts';
import { loadStrings } from '../../lib/strings.ts';

/**
 * Loads a language's strings and the faces of Noto Sans its text needs (fonts.css: Latin,
 * and for Russian and Kazakh the Cyrillic ones): the charts measure their labels on a canvas
 * (textWidth.ts), which measures in a fallback font until the face arrives, so keys laid out
 * before it would overlap, and an embed's height would change after its frame had taken it.
 * A font that fails to load is not an error (the page falls back to the system's sans-serif).
 */
export function loadLanguage(lang: Lang): Promise<void> {
  const sample = lang === 'en' ? 'Aa' : 'AaЖә';
  const fonts = !('fonts' in document)
    ? null
    : Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 11px "Noto Sans"`, sample))).catch(() => undefined);
  return Promise.all([loadStrings(lang), fonts]).then(() => undefined);
}
