import { describe, expect, it } from 'vitest';
import { defaultSelection } from '../../../../src/data/Selection.ts';
import { INCIDENT_TYPES } from '../../../../src/data/vocabulary.ts';
import { explorerLink } from '../../../../src/features/share/useShareLink.ts';

const YEARS: [number, number] = [2009, 2021];
const all = defaultSelection(YEARS, INCIDENT_TYPES);

describe('explorerLink', () => {
  it('writes the selection, not whatever the address bar holds', () => {
    const page = 'https://example.org/kz/?years=2010&junk=1#map';
    const sel = { ...all, from: 2011, to: 2012, place: { kind: 'region' as const, id: 'KZ-MAN' } };
    expect(explorerLink(sel, YEARS, page)).toBe('https://example.org/kz/?years=2011-2012&place=region%3AKZ-MAN#map');
  });

  it('is the plain page address for the default selection', () => {
    expect(explorerLink(all, YEARS, 'https://example.org/kz/index.html?types=protest')).toBe('https://example.org/kz/index.html');
  });
});
