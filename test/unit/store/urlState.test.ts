import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES } from '../../../src/data/vocabulary.ts';
import { defaultSelection, type Selection } from '../../../src/data/Selection.ts';
import { encodeSelection, parseSelection } from '../../../src/store/urlState.ts';

const YEARS: [number, number] = [2009, 2013];
const DEFAULT = defaultSelection(YEARS, INCIDENT_TYPES);
const parse = (search: string) => parseSelection(search, YEARS);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const sel = (patch: Partial<Selection>): Selection => ({ ...DEFAULT, ...patch });

describe('encodeSelection / parseSelection round trip', () => {
  const cases: [string, Selection][] = [
    ['the defaults', DEFAULT],
    ['a year range', sel({ from: 2010, to: 2012 })],
    ['a single year', sel({ from: 2011, to: 2011 })],
    ['a subset of types', sel({ types: ['protest', 'detention', 'torture'] })],
    ['a single type', sel({ types: ['killing'] })],
    ['a town', sel({ place: { kind: 'town', id: 'zhanaozen' } })],
    ['a region', sel({ place: { kind: 'region', id: 'KZ-MAN' } })],
    ['an area', sel({ place: { kind: 'area', id: 'western-kazakhstan' } })],
    ['no stated place', sel({ place: { kind: 'unstated' } })],
    ['a search with spaces and symbols', sel({ q: 'Kozlov & co = 100% «Жаңаөзен»' })],
    ['an open incident', sel({ incident: '2011-12-16-police-open-fire' })],
    ['the regions map', sel({ mapMode: 'regions' })],
    ['precise places only', sel({ precise: true })],
    ['context markers hidden', sel({ context: false })],
    [
      'everything at once',
      sel({
        from: 2012,
        to: 2013,
        types: ['detention', 'prosecution'],
        place: { kind: 'town', id: 'almaty' },
        q: 'kozlov',
        incident: '2012-01-23-kozlov-arrested',
        mapMode: 'regions',
        precise: true,
        context: false,
      }),
    ],
  ];
  it.each(cases)('gives back %s', (_, selection) => {
    const { selection: back, invalid } = parse(encodeSelection(selection, YEARS));
    expect(back).toEqual(selection);
    expect(invalid).toEqual([]);
  });
});

describe('encodeSelection', () => {
  it('writes nothing for the default selection', () => {
    expect(encodeSelection(DEFAULT, YEARS)).toBe('');
  });

  it('writes all types as no types parameter, whatever the array identity', () => {
    expect(encodeSelection(sel({ types: [...INCIDENT_TYPES] }), YEARS)).toBe('');
  });

  it('writes a single year without a range', () => {
    expect(encodeSelection(sel({ from: 2011, to: 2011 }), YEARS)).toBe('?years=2011');
  });
});

describe('parseSelection: years', () => {
  it('clamps a range beyond the data to the data bounds', () => {
    const { selection, invalid } = parse('?years=1900-3000');
    expect([selection.from, selection.to]).toEqual([2009, 2013]);
    expect(invalid).toEqual([]);
  });

  it('reads a single year as a one-year range', () => {
    expect(parse('?years=2011').selection).toMatchObject({ from: 2011, to: 2011 });
  });

  it('normalizes a reversed range', () => {
    expect(parse('?years=2013-2010').selection).toMatchObject({ from: 2010, to: 2013 });
  });

  it('accepts an en dash between the years', () => {
    expect(parse('?years=2010%E2%80%932012').selection).toMatchObject({ from: 2010, to: 2012 });
  });

  it('clamps a single year before the data to the first year', () => {
    expect(parse('?years=1990').selection).toMatchObject({ from: 2009, to: 2009 });
  });

  it('falls back to all years and reports years invalid when they are not numbers', () => {
    const { selection, invalid } = parse('?years=last-decade');
    expect([selection.from, selection.to]).toEqual([2009, 2013]);
    expect(invalid).toEqual(['years']);
  });
});

describe('parseSelection: types', () => {
  it('drops unknown types and keeps the known ones in canonical order', () => {
    const { selection, invalid } = parse('?types=torture,nonsense,protest');
    expect(selection.types).toEqual(['protest', 'torture']);
    expect(invalid).toEqual([]);
  });

  it('falls back to all types and reports types invalid when none is known', () => {
    const { selection, invalid } = parse('?types=foo,bar');
    expect(selection.types).toEqual(INCIDENT_TYPES);
    expect(invalid).toEqual(['types']);
  });
});

describe('parseSelection: place', () => {
  it('reads a bare slug as a town', () => {
    expect(parse('?place=almaty').selection.place).toEqual({ kind: 'town', id: 'almaty' });
  });

  it('reads region:KZ-XXX as a region', () => {
    expect(parse('?place=region:KZ-MAN').selection.place).toEqual({ kind: 'region', id: 'KZ-MAN' });
  });

  it('reads area:slug as an area', () => {
    expect(parse('?place=area:western-kazakhstan').selection.place).toEqual({ kind: 'area', id: 'western-kazakhstan' });
  });

  it('reads unstated as the incidents with no place', () => {
    expect(parse('?place=unstated').selection.place).toEqual({ kind: 'unstated' });
  });

  it.each([
    '<script>alert(1)</script>',
    'region:<script>',
    'area:<b>x</b>',
    'region:kz-man',
    'region:',
    'Almaty',
    'javascript:alert(1)',
  ])('rejects %j and reports place invalid', (raw) => {
    const { selection, invalid } = parse(`?${new URLSearchParams({ place: raw })}`);
    expect(selection.place).toBeNull();
    expect(invalid).toEqual(['place']);
  });
});

describe('parseSelection: robustness', () => {
  it('lets the last of repeated keys win', () => {
    const { selection } = parse('?years=2010&types=protest&years=2012&types=killing&view=towns&view=regions');
    expect(selection).toMatchObject({ from: 2012, to: 2012, types: ['killing'], mapMode: 'regions' });
  });

  it('drops 10,000-character values without crashing', () => {
    const huge = 'a'.repeat(10_000);
    const search = `?${new URLSearchParams({ years: '2'.repeat(10_000), types: huge, place: huge, q: huge, incident: huge, view: huge, precise: huge })}`;
    const { selection } = parse(search);
    expect(selection).toEqual(DEFAULT);
  });

  it('caps q at 100 characters', () => {
    expect(parse(`?q=${'x'.repeat(150)}`).selection.q).toBe('x'.repeat(100));
  });

  it('removes control characters from q', () => {
    const { q } = parse('?q=ab%00c%0Ad%1Fe%09f').selection;
    expect(q).not.toMatch(/[\u0000-\u001f]/);
    expect(q.replace(/\s/g, '')).toBe('abcdef');
  });

  it('never ends q with half of a surrogate pair when capping it', () => {
    const q = parse(`?q=${encodeURIComponent(`${'x'.repeat(99)}😀tail`)}`).selection.q;
    expect(q.length).toBeLessThanOrEqual(100);
    expect(q).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(q).not.toMatch(LONE_SURROGATE);
  });

  it('ignores unknown parameters', () => {
    expect(parse('?utm_source=x&foo=bar').selection).toEqual(DEFAULT);
  });

  it('reports an invalid incident id, view, precise and context flag and keeps their defaults', () => {
    const { selection, invalid } = parse('?incident=../../etc&view=satellite&precise=yes&context=off');
    expect(selection).toEqual(DEFAULT);
    expect(invalid).toEqual(['incident', 'view', 'precise', 'context']);
  });

  it('shows the context markers unless the link hides them', () => {
    expect(parse('').selection.context).toBe(true);
    expect(parse('?context=0').selection.context).toBe(false);
    expect(encodeSelection(sel({ context: false }), YEARS)).toBe('?context=0');
  });
});

describe('parseSelection: properties', () => {
  const KNOWN_KEYS = ['years', 'types', 'place', 'q', 'incident', 'view', 'precise', 'context'] as const;
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  );
  const bigNumber = fc.oneof(fc.integer(), fc.bigInt().map(String), fc.double().map(String), fc.nat(3000).map(String));
  const value = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'binary', minLength: 80, maxLength: 260 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.tuple(bigNumber, fc.constantFrom('-', '–', '', ' - '), bigNumber).map(([a, sep, b]) => `${a}${sep}${b}`),
    fc.subarray([...INCIDENT_TYPES, 'nonsense', '', 'PROTEST']).map((t) => t.join(',')),
    fc.constantFrom('unstated', 'region:KZ-MAN', 'area:western-kazakhstan', 'almaty', '<script>', '0', '1', 'regions', 'towns'),
    fc.string({ unit: 'binary-ascii', minLength: 9_000, maxLength: 11_000 }),
  );
  const pairs = fc.array(fc.tuple(key, value), { maxLength: 12 });
  // Half the queries encoded properly, half pasted raw (stray &, =, % and all).
  const query = fc.oneof(
    pairs.map((ps) => `?${new URLSearchParams(ps)}`),
    pairs.map((ps) => `?${ps.map(([k, v]) => `${k}=${v}`).join('&')}`),
    fc.string({ unit: 'binary', maxLength: 300 }),
  );

  it('parses any query into a valid selection without throwing', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { selection: s } = parse(search);
        expect(Number.isInteger(s.from) && Number.isInteger(s.to)).toBe(true);
        expect(YEARS[0] <= s.from && s.from <= s.to && s.to <= YEARS[1]).toBe(true);
        expect(s.types.length).toBeGreaterThan(0);
        expect(s.types).toEqual(INCIDENT_TYPES.filter((t) => s.types.includes(t)));
        expect(s.q.length).toBeLessThanOrEqual(100);
        expect(s.q).not.toMatch(/[\u0000-\u001f]/);
        expect(s.q).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: parsing the encoding of a parsed selection gives the same selection', () => {
    fc.assert(
      fc.property(query, (search) => {
        const once = parse(search).selection;
        const twice = parse(encodeSelection(once, YEARS));
        expect(twice.selection).toEqual(once);
        expect(twice.invalid).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
