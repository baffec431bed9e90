import { describe, expect, it } from 'vitest';
import { packHaystacks, unpackHaystacks } from '../../../src/data/packHaystacks.ts';

describe('packHaystacks', () => {
  it('gives back every text, in order, empty ones and texts outside the Basic Multilingual Plane included', () => {
    const texts = ['zhanaozen \u0001 strike', '', 'жаңаөзен', '𝔸 mathematical', '', 'a'.repeat(5000), 'ü'];
    expect(unpackHaystacks(packHaystacks(texts))).toEqual(texts);
  });

  it('sends one string and the end of each text', () => {
    const packed = packHaystacks(['ab', '', 'cde']);
    expect(packed.text).toBe('abcde');
    expect([...packed.ends]).toEqual([2, 2, 5]);
  });

  it('packs no texts as an empty string', () => {
    expect(packHaystacks([]).text).toBe('');
    expect(unpackHaystacks(packHaystacks([]))).toEqual([]);
  });

  it('splits a surrogate pair that two texts make when joined back where it was', () => {
    const texts = ['a\uD835', '\uDD38b'];
    expect(packHaystacks(texts).text).toBe('a𝔸b');
    expect(unpackHaystacks(packHaystacks(texts))).toEqual(texts);
  });
});
