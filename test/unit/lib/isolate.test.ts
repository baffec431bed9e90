import { describe, expect, it } from 'vitest';
import { balanceIsolates, FSI, isolate, PDI } from '../../../src/lib/isolate.tsx';

describe('isolate', () => {
  it('wraps data text in a first-strong isolate', () => {
    expect(isolate('Human Rights Watch\u202E')).toBe(`${FSI}Human Rights Watch\u202E${PDI}`);
  });

  it('drops a stray pop-isolate that would close our isolate early', () => {
    expect(isolate(`Publisher${PDI}\u202E`)).toBe(`${FSI}Publisher\u202E${PDI}`);
  });

  it('closes an isolate the data opens, so it cannot swallow the text after it', () => {
    expect(balanceIsolates('\u2067عربي')).toBe(`\u2067عربي${PDI}`);
  });

  it('leaves balanced isolates and ordinary text as they are', () => {
    for (const text of ['Almaty', `a ${FSI}b${PDI} c`, 'Жанаозен']) expect(balanceIsolates(text)).toBe(text);
  });
});
