/**
 * Text fitting: labels cut to their room (fitText) and image text broken into lines (wrap),
 * measured by a stand-in canvas whose every UTF-16 unit is half the font size wide (so half of
 * an emoji is narrower than the whole, and a cut by units would fit where a cut by characters
 * does not).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

const CHAR = 0.5;
const measure = (text: string, size: number) => text.length * size * CHAR;

let fitText: typeof import('../../../src/lib/textWidth.ts').fitText;
let textWidth: typeof import('../../../src/lib/textWidth.ts').textWidth;
let wrap: typeof import('../../../src/features/share/exportImage.ts').wrap;

beforeAll(async () => {
  const ctx = { font: '', measureText: (text: string) => ({ width: measure(text, Number(/(\d+)px/.exec(ctx.font)?.[1])) }) };
  vi.stubGlobal('document', { createElement: () => ({ getContext: () => ctx }) });
  ({ fitText, textWidth } = await import('../../../src/lib/textWidth.ts'));
  ({ wrap } = await import('../../../src/features/share/exportImage.ts'));
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('textWidth', () => {
  it('measures in the font size asked for', () => {
    expect(textWidth('Almaty', 10)).toBe(30);
    expect(textWidth('Almaty', 20)).toBe(60);
  });
});

describe('fitText', () => {
  it('leaves text that fits as it is', () => {
    expect(fitText('Almaty', 10, 30)).toBe('Almaty');
  });

  it('cuts text that does not fit to the longest start that fits with "…"', () => {
    const fitted = fitText('Ust-Kamenogorsk', 10, 50);
    expect(fitted).toBe('Ust-Kamen…');
    expect(textWidth(fitted, 10)).toBeLessThanOrEqual(50);
  });

  it('never cuts a character outside the BMP in half', () => {
    const fitted = fitText('😀😀😀😀😀😀😀😀', 10, 22);
    expect(fitted).toBe('😀…');
    expect(fitted).not.toMatch(LONE_SURROGATE);
  });

  it('drops the spaces before the "…"', () => {
    expect(fitText('East Kazakhstan Region', 10, 30)).toBe('East…');
  });

  it('gives "…" alone when not even one character fits', () => {
    expect(fitText('Almaty', 10, 6)).toBe('…');
  });
});

describe('wrap', () => {
  const text = 'Police detained dozens of striking oil workers in Zhanaozen after the December shooting';

  it('breaks text at spaces into lines no wider than the room, keeping every word in order', () => {
    const lines = wrap(text, 10, 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 10), line).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('puts a word wider than the room on a line of its own rather than cutting it', () => {
    expect(wrap('a Zhanaozenmunaigas b', 10, 40)).toEqual(['a', 'Zhanaozenmunaigas', 'b']);
  });

  it('folds runs of white space and line breaks in data text into single spaces', () => {
    expect(wrap('one\n\ttwo   three', 10, 1000)).toEqual(['one two three']);
  });
});
