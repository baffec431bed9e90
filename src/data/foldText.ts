/**
 * Text as the search compares it: lower case, without accents (é, ё, й fold to e, е, и), and
 * Kazakh letters folded to the Russian letters readers type for them when they have no Kazakh
 * keyboard (Жаңаөзен and Жанаозен are one query). Applied to the query and to what it searches.
 */
const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};
const KAZAKH = /[әғқңөұүһі]/g;

const ASCII = /^[^\u0080-\uffff]*$/;

export function foldText(s: string): string {
  // Of the steps below, plain ASCII needs only two (most English text: twice as fast at 100k incidents).
  if (ASCII.test(s)) return s.toLowerCase().replace(/`/g, "'");
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(KAZAKH, (c) => KAZAKH_TO_RUSSIAN[c] ?? c)
    .replace(/[‐‑–—]/g, '-')
    .replace(/[’ʼ`]/g, "'");
}

/** Whether a query is (partly) in Cyrillic script: only then is the Russian and Kazakh text needed. */
export function hasCyrillic(s: string): boolean {
  return /[\u0400-\u04ff]/.test(s);
}
