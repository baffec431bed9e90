/** The languages of the interface and of our summaries: English, Russian, Kazakh (Cyrillic). */
export const LANGS = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);
