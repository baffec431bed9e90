/**
 * Plurals and numbers in the language of the interface. Plural categories come from
 * `Intl.PluralRules`, which every browser we support gets right for en, ru and kk (Russian
 * one/few/many, Kazakh one/other); a count is never a noun with an "s" glued on.
 *
 * Numbers are grouped by hand: Chromium claims `kk` but formats 1234567.5 as "1,234,567.5",
 * the English way, where Kazakh (like Russian) writes "1 234 567,5" with no-break spaces.
 */
import type { Lang } from '../data/lang.ts';

/** The forms of a word for each plural category a language uses; `other` is the fallback. */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<Lang, Intl.PluralRules>();

export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n);
}

/** The form of a word for the count `n`: plural('ru', 21, {one: 'случай', few: 'случая', many: 'случаев', other: 'случая'}). */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const category = pluralCategory(lang, n);
  return (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
}

/** A number as the language writes it: "1,234" in English, "1 234" (no-break space) in Russian and Kazakh. */
export function formatNumber(lang: Lang, n: number): string {
  const [int = '', frac] = String(Math.abs(n)).split('.');
  const group = lang === 'en' ? ',' : '\u00a0';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${n < 0 ? '−' : ''}${grouped}${frac ? (lang === 'en' ? '.' : ',') + frac : ''}`;
}
