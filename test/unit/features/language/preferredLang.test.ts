import { describe, expect, it } from 'vitest';
import { initialLang, preferredLang } from '../../../../src/features/language/preferredLang.ts';

describe('preferredLang', () => {
  it('takes the first preferred language we have, regional variants included', () => {
    expect(preferredLang(['ru-KZ', 'en-US'])).toBe('ru');
    expect(preferredLang(['kk-KZ', 'ru'])).toBe('kk');
    expect(preferredLang(['de-DE', 'KK', 'ru'])).toBe('kk');
    expect(preferredLang(['en-GB', 'ru'])).toBe('en');
  });

  it('falls back to English when none of them is ours', () => {
    expect(preferredLang(['de', 'uz-Latn'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});

describe('initialLang', () => {
  it('prefers a valid lang in the URL to the browser, and ignores an invalid one', () => {
    expect(initialLang('?lang=kk', ['ru-RU'])).toBe('kk');
    expect(initialLang('?lang=en', ['ru-RU'])).toBe('en');
    expect(initialLang('?lang=xx', ['ru-RU'])).toBe('ru');
    expect(initialLang('', ['fr'])).toBe('en');
  });
});
