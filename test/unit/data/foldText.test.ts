import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/data/foldText.ts';

/** foldText's every step, with no shortcut for plain ASCII. */
const fullFold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‐‑–—]/g, '-')
    .replace(/[’ʼ`]/g, "'");

describe('foldText', () => {
  it('folds plain ASCII as the full folding does (lower case, backtick as apostrophe)', () => {
    const texts = ['Zhovtis `sentenced` IN Almaty', 'KZ-ALA | 2011-12-16 @ #1 ~ {x} \u0001'];
    const geojson = readFileSync(resolve(import.meta.dirname, '../../../public/data/incidents.geojson'), 'utf8');
    texts.push(
      ...geojson
        .split('\n')
        .filter((l) => /^[^\u0080-\uffff]*$/.test(l))
        .slice(0, 2000),
    );
    for (const s of texts) expect(foldText(s)).toBe(fullFold(s));
  });

  it('folds accents, Kazakh letters and typographic dashes and quotes', () => {
    expect(foldText('Жаңаөзен — Öskemen’s')).toBe("жанаозен - oskemen's");
  });
});
