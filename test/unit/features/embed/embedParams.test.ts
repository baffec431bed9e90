import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/data/Incident.ts';
import {
  DEFAULT_EMBED,
  encodeEmbedQuery,
  explorerQuery,
  parseEmbedOptions,
  parseEmbedSelection,
} from '../../../../src/features/embed/embedParams.ts';
import { parseSelection } from '../../../../src/store/urlState.ts';
import { fixtureDataset } from '../../../fixtures/app/fixtureDataset.ts';

let data: Dataset;
beforeAll(() => {
  data = fixtureDataset();
});
const selection = (search: string) => parseSelection(search, data.years).selection;

describe('parseEmbedOptions', () => {
  it('reads the chart, theme and title a link asks for', () => {
    expect(parseEmbedOptions('?chart=map&theme=dark&title=0')).toEqual({ chart: 'map', theme: 'dark', title: false });
  });

  it.each([
    ['?chart=<script>alert(1)</script>', 'a script as the chart'],
    ['?chart=PERYEAR&theme=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E', 'a case variant and markup as the theme'],
    [`?chart=${'x'.repeat(10_000)}&theme=${'y'.repeat(10_000)}`, '10,000-character values'],
  ])('falls back to the defaults on %s (%s)', (search) => {
    expect(parseEmbedOptions(search)).toEqual(DEFAULT_EMBED);
  });

  it('hides the title only for title=0', () => {
    expect(parseEmbedOptions('?title=false').title).toBe(true);
    expect(parseEmbedOptions('?title=<i>').title).toBe(true);
    expect(parseEmbedOptions('?title=0').title).toBe(false);
  });
});

describe('parseEmbedSelection', () => {
  it('never carries a search or an open incident into the embed', () => {
    const id = data.incidents[0]?.id ?? '';
    expect(selection(`?incident=${id}`).incident, 'the explorer reads the incident').toBe(id);
    const sel = parseEmbedSelection(`?years=2011&q=zhanaozen&incident=${id}`, data);
    expect(sel).toMatchObject({ from: 2011, to: 2011, q: '', incident: null });
  });

  it('drops a well-formed place the data does not know', () => {
    expect(parseEmbedSelection('?place=nowhere-town', data).place).toBeNull();
    expect(parseEmbedSelection('?place=area:nowhere', data).place).toBeNull();
    expect(parseEmbedSelection('?place=region:KZ-XXX', data).place).toBeNull();
  });

  it('keeps a place the data knows', () => {
    expect(parseEmbedSelection('?place=almaty', data).place).toEqual({ kind: 'town', id: 'almaty' });
  });
});

describe('encodeEmbedQuery', () => {
  it('writes the chart and the language always, the theme and hidden title only when not the default', () => {
    expect(encodeEmbedQuery(selection(''), DEFAULT_EMBED, data)).toBe('?chart=perYear&lang=en');
    expect(encodeEmbedQuery(selection('?years=2011'), { chart: 'byType', theme: 'dark', title: false }, data)).toBe(
      '?years=2011&chart=byType&theme=dark&title=0&lang=en',
    );
  });

  it('leaves out the search, the incident and an unknown place', () => {
    const id = data.incidents[0]?.id ?? '';
    const query = encodeEmbedQuery(selection(`?q=strike&incident=${id}&place=nowhere-town`), DEFAULT_EMBED, data);
    expect(query).toBe('?chart=perYear&lang=en');
  });

  it('keeps the map mode only for the map', () => {
    const regions = selection('?view=regions');
    expect(encodeEmbedQuery(regions, { ...DEFAULT_EMBED, chart: 'map' }, data)).toContain('view=regions');
    expect(encodeEmbedQuery(regions, DEFAULT_EMBED, data)).not.toContain('view=');
  });

  it('parses back to what it encoded', () => {
    const sel = selection('?years=2010-2012&types=protest,detention&place=zhanaozen&view=regions');
    const options = { chart: 'map', theme: 'light', title: false } as const;
    const query = encodeEmbedQuery(sel, options, data);
    expect(parseEmbedOptions(query)).toEqual(options);
    expect(parseEmbedSelection(query, data)).toEqual(sel);
  });
});

describe('explorerQuery', () => {
  it('links back to the selection the embed shows, without the search', () => {
    expect(explorerQuery(selection('?years=2011&q=strike&place=almaty'), data)).toBe('?years=2011&place=almaty');
  });
});
