import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateLong } from '../../../src/lib/formatDate.ts';
import { formatNumber, plural } from '../../../src/lib/plural.ts';
import { en, loadStrings, t } from '../../../src/lib/strings.ts';

// Node's Intl is complete; the browser's is not (test/e2e/languages.spec.ts checks the same strings there).
afterEach(() => loadStrings('en'));

describe('plural forms', () => {
  const ru = { one: 'инцидент', few: 'инцидента', many: 'инцидентов', other: 'инцидента' };
  it('chooses the four Russian forms for 1, 2, 5, 11, 21, 22 and 25', () => {
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => `${n} ${plural('ru', n, ru)}`)).toEqual([
      '1 инцидент',
      '2 инцидента',
      '5 инцидентов',
      '11 инцидентов',
      '21 инцидент',
      '22 инцидента',
      '25 инцидентов',
      '111 инцидентов',
    ]);
  });

  it('counts in English and Kazakh with one and other', () => {
    expect([0, 1, 2, 21].map((n) => en.list.heading(n))).toEqual(['0 incidents', '1 incident', '2 incidents', '21 incidents']);
    expect(plural('kk', 1, { one: 'a', other: 'b' })).toBe('a');
    expect(plural('kk', 2, { one: 'a', other: 'b' })).toBe('b');
  });
});

describe('the Russian and Kazakh strings', () => {
  it('count incidents in Russian with the right form', async () => {
    await loadStrings('ru');
    expect([1, 2, 5, 21].map((n) => t.list.heading(n))).toEqual(['1 инцидент', '2 инцидента', '5 инцидентов', '21 инцидент']);
  });

  it('keep a Kazakh noun singular after a numeral', async () => {
    await loadStrings('kk');
    expect([1, 2, 5].map((n) => t.list.heading(n))).toEqual(['1 оқиға', '2 оқиға', '5 оқиға']);
  });

  it('write dates no more precise than the data, with our own Kazakh month names', async () => {
    await loadStrings('kk');
    expect([formatDateLong('2011-12-16'), formatDateLong('2011-12'), formatDateLong('2011')]).toEqual([
      '2011 жылғы 16 желтоқсан',
      '2011 жылғы желтоқсан',
      '2011',
    ]);
    expect(formatDate('2011-12-16')).toBe('2011 ж. 16 желтоқсан');
    await loadStrings('ru');
    expect([formatDateLong('2011-12-16'), formatDateLong('2011-12'), formatDate('2011-12-16'), formatDate('2011')]).toEqual([
      '16 декабря 2011 г.',
      'декабрь 2011 г.',
      '16 дек. 2011',
      '2011',
    ]);
  });

  it('keep the last of two overlapping loads', async () => {
    const a = loadStrings('ru');
    const b = loadStrings('kk');
    await Promise.all([a, b]);
    expect(t.lang).toBe('kk');
  });
});

describe('formatNumber', () => {
  it('groups thousands as each language writes them', () => {
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('ru', 1234567.5)).toBe('1\u00a0234\u00a0567,5');
    expect(formatNumber('kk', 1234)).toBe('1\u00a0234');
    expect(formatNumber('kk', 999)).toBe('999');
  });

  it('matches what Node’s complete Intl writes for Russian and Kazakh', () => {
    for (const lang of ['ru', 'kk'] as const)
      for (const n of [7, 1234, 98765, 1234567.25]) expect(formatNumber(lang, n)).toBe(new Intl.NumberFormat(lang).format(n));
  });
});
