/**
 * The hostile links the browser suite used to open one by one (test/e2e/REMOVED.md): what
 * the codec makes of each. The page-level part (nothing runs, the explorer still answers)
 * stays in test/e2e/hostileUrl.spec.ts for markup in the search and for a 40 KB link.
 */
import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES } from '../../../src/data/vocabulary.ts';
import { parseSelection } from '../../../src/store/urlState.ts';

const YEARS: [number, number] = [2009, 2021];
const link = (params: [string, string][]) => parseSelection(`?${new URLSearchParams(params).toString()}`, YEARS);
const NOTHING_ELSE = { place: null, q: '', incident: null, mapMode: 'towns', precise: false };

describe('a hostile link opens the closest valid selection', () => {
  it('repeated keys: the last one wins', () => {
    const { selection } = link([
      ['years', '2010'],
      ['years', '2011'],
      ['types', 'protest'],
      ['types', 'detention'],
    ]);
    expect(selection).toMatchObject({ from: 2011, to: 2011, types: ['detention'], ...NOTHING_ELSE });
  });

  it('a year with eight digits: all years, and years reported invalid', () => {
    const { selection, invalid } = link([['years', '99999999']]);
    expect(selection).toMatchObject({ from: 2009, to: 2021, types: INCIDENT_TYPES, ...NOTHING_ELSE });
    expect(invalid).toEqual(['years']);
  });

  it('a range ending far in the future: clamped to the last year of the data', () => {
    const { selection, invalid } = link([['years', '2011-999999']]);
    expect(selection).toMatchObject({ from: 2011, to: 2021, types: INCIDENT_TYPES, ...NOTHING_ELSE });
    expect(invalid).toEqual([]);
  });

  it('a script as the types: all types, and types reported invalid', () => {
    const { selection, invalid } = link([['types', '<script>window.__pwned=1</script>']]);
    expect(selection).toMatchObject({ from: 2009, to: 2021, types: INCIDENT_TYPES, ...NOTHING_ELSE });
    expect(invalid).toEqual(['types']);
  });

  it('one real type among junk: that type alone', () => {
    const { selection, invalid } = link([['types', 'detention,<script>,../x']]);
    expect(selection).toMatchObject({ from: 2009, to: 2021, types: ['detention'], ...NOTHING_ELSE });
    expect(invalid).toEqual([]);
  });

  it('paths as the place and the incident, markup as the view: the defaults, each reported invalid', () => {
    const { selection, invalid } = link([
      ['place', '../../etc'],
      ['incident', '../../etc/passwd'],
      ['view', '<b>regions</b>'],
      ['precise', 'yes'],
    ]);
    expect(selection).toMatchObject({ from: 2009, to: 2021, types: INCIDENT_TYPES, ...NOTHING_ELSE });
    expect(invalid).toEqual(['place', 'incident', 'view', 'precise']);
  });
});
