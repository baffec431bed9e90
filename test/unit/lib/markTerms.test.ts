import { describe, expect, it } from 'vitest';
import { markTerms, recordTerms } from '../../../src/lib/markTerms.ts';

const marked = (text: string, terms: string[]) =>
  markTerms(text, terms)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('markTerms', () => {
  it('marks every occurrence of a term, whatever its case, and keeps all the text', () => {
    const text = 'Zhovtis appealed; ZHOVTIS lost. Almaty court.';
    const pieces = markTerms(text, ['Zhovtis', 'Almaty']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['Zhovtis', 'ZHOVTIS', 'Almaty']);
  });

  it('marks whole words only', () => {
    expect(marked('Aktau and Aktaube', ['Aktau'])).toEqual(['Aktau']);
  });

  it('prefers the longest term where two start at the same place', () => {
    expect(marked('Evgeniy Zhovtis was sentenced', ['Zhovtis', 'Evgeniy Zhovtis'])).toEqual(['Evgeniy Zhovtis']);
  });

  it('treats terms as text, not as patterns', () => {
    expect(marked('a (b) c a.b', ['(b)', 'a.b'])).toEqual(['(b)', 'a.b']);
    expect(marked('axb', ['a.b'])).toEqual([]);
  });

  it('marks nothing without terms', () => {
    expect(markTerms('text', [])).toEqual([{ text: 'text', mark: false }]);
  });
});

describe('recordTerms', () => {
  it('adds each person’s surname, for sources that spell the first name otherwise', () => {
    expect(recordTerms(['Evgeniy Zhovtis'], ['Almaty', null])).toEqual(['Evgeniy Zhovtis', 'Zhovtis', 'Almaty']);
  });
});
