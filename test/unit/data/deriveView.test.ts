import { beforeEach, describe, expect, it } from 'vitest';
import { createViewModel, type View } from '../../../src/data/deriveView.ts';
import type { Dataset } from '../../../src/data/Incident.ts';
import { INCIDENT_TYPES } from '../../../src/data/vocabulary.ts';
import type { Selection } from '../../../src/data/Selection.ts';
import { fixtureDataset, fixtureSelection } from '../../fixtures/app/fixtureDataset.ts';

let data: Dataset;
let view: (s: Selection) => View;
beforeEach(() => {
  data = fixtureDataset();
  view = createViewModel(data);
});
const sel = fixtureSelection;
const ids = (v: View) => v.incidents.map((i) => i.id).sort();
const totals = (v: View) => v.perYear.map((r) => [r.year, r.total]);

describe('deriveView', () => {
  it('covers the years of the fixture', () => {
    expect(data.years).toEqual([2009, 2013]);
  });

  it('counts incidents per year', () => {
    expect(totals(view(sel()))).toEqual([
      [2009, 2],
      [2010, 2],
      [2011, 4],
      [2012, 3],
      [2013, 1],
    ]);
  });

  it('counts incidents per year and type', () => {
    const rows = view(sel()).perYear;
    expect(rows.map((r) => r.protest)).toEqual([0, 1, 2, 1, 0]);
    expect(rows.map((r) => r.detention)).toEqual([0, 1, 0, 1, 1]);
    for (const r of rows) expect(INCIDENT_TYPES.reduce((s, t) => s + r[t], 0)).toBe(r.total);
  });

  it('counts incidents per type, leaving out types with none', () => {
    expect(view(sel()).byType).toEqual([
      { type: 'journalist_attack', count: 1 },
      { type: 'protest', count: 4 },
      { type: 'detention', count: 3 },
      { type: 'prosecution', count: 1 },
      { type: 'media_restriction', count: 1 },
      { type: 'organization_ban', count: 1 },
      { type: 'killing', count: 1 },
    ]);
  });

  it('filters the incidents by the years selected', () => {
    const v = view(sel({ from: 2011, to: 2011 }));
    expect(v.incidents).toHaveLength(4);
    expect(v.incidents.every((i) => i.year === 2011)).toBe(true);
  });

  it('lists the incidents newest first', () => {
    const dates = view(sel()).incidents.map((i) => i.date);
    expect(dates[0]).toBe('2013');
    expect(dates.at(-1)).toBe('2009-05-12');
  });

  it('the year chart ignores the year filter', () => {
    expect(totals(view(sel({ from: 2012, to: 2012 })))).toEqual(totals(view(sel())));
  });

  it('the year chart honours the types filter', () => {
    expect(totals(view(sel({ types: ['protest'] })))).toEqual([
      [2009, 0],
      [2010, 1],
      [2011, 2],
      [2012, 1],
      [2013, 0],
    ]);
  });

  it('the year chart honours the place filter', () => {
    expect(totals(view(sel({ from: 2009, to: 2009, place: { kind: 'town', id: 'almaty' } })))).toEqual([
      [2009, 1],
      [2010, 1],
      [2011, 0],
      [2012, 1],
      [2013, 0],
    ]);
  });

  it("place 'unstated' selects only incidents with no place (geo_precision 3)", () => {
    expect(ids(view(sel({ place: { kind: 'unstated' } })))).toEqual([
      '2009-11-rights-group-closed',
      '2013-kozlov-moved-to-remote-colony',
    ]);
  });

  it('a town filter selects only incidents placed in that town', () => {
    const v = view(sel({ place: { kind: 'town', id: 'aktau' } }));
    expect(ids(v)).toEqual(['2012-06-relatives-picket-court', '2012-10-08-kozlov-convicted']);
  });

  it('a region filter includes the town-level incidents in that region', () => {
    const v = view(sel({ place: { kind: 'region', id: 'KZ-MAN' } }));
    expect(v.incidents).toHaveLength(6);
    expect(
      v.incidents
        .filter((i) => i.geo_precision === 1)
        .map((i) => i.place_id)
        .sort(),
    ).toEqual(['aktau', 'aktau', 'zhanaozen', 'zhanaozen', 'zhanaozen']);
    expect(v.incidents.filter((i) => i.geo_precision === 2).map((i) => i.id)).toEqual(['2011-12-17-regional-communications-cut']);
  });

  it('an area filter selects the incidents placed in that area', () => {
    expect(ids(view(sel({ place: { kind: 'area', id: 'western-kazakhstan' } })))).toEqual(['2011-05-oil-workers-strike-west']);
  });

  it("'precise' excludes incidents placed only in a region or nowhere", () => {
    const v = view(sel({ precise: true }));
    expect(v.incidents).toHaveLength(8);
    expect(v.incidents.every((i) => i.geo_precision === 1)).toBe(true);
    expect(v.perYear.reduce((s, r) => s + r.total, 0)).toBe(8);
  });

  it('the map view counts incidents per town, largest first', () => {
    const towns = view(sel()).map.towns.map((t) => [t.id, t.total]);
    expect(towns).toEqual([
      ['almaty', 3],
      ['zhanaozen', 3],
      ['aktau', 2],
    ]);
  });

  it('the map view counts town types and keeps the town point', () => {
    const zhanaozen = view(sel()).map.towns.find((t) => t.id === 'zhanaozen');
    expect(zhanaozen).toMatchObject({ name: 'Zhanaozen', lon: 52.86192, lat: 43.34116 });
    expect(zhanaozen?.byType).toMatchObject({ protest: 1, detention: 1, killing: 1, torture: 0 });
  });

  it('the map view counts region totals and region-only incidents', () => {
    const map = view(sel()).map;
    expect(Object.fromEntries(map.regionTotals)).toEqual({ 'KZ-ALA': 3, 'KZ-MAN': 6 });
    expect(Object.fromEntries(map.regionOnly)).toEqual({ 'KZ-MAN': 1 });
    expect(map.maxRegion).toBe(6);
  });

  it('the map view counts areas and incidents with no stated place', () => {
    const map = view(sel()).map;
    expect(Object.fromEntries(map.areas)).toEqual({ 'western-kazakhstan': { name: 'western Kazakhstan', count: 1 } });
    expect(map.unstated).toBe(2);
  });

  it('the map view follows the years selected', () => {
    const map = view(sel({ from: 2012, to: 2013 })).map;
    expect(map.towns.map((t) => [t.id, t.total])).toEqual([
      ['aktau', 2],
      ['almaty', 1],
    ]);
    expect(map.unstated).toBe(1);
    expect(map.regionOnly.size).toBe(0);
    expect(map.areas.size).toBe(0);
  });

  it('lists the towns with the most incidents', () => {
    expect(view(sel()).topTowns).toEqual([
      { id: 'almaty', name: 'Almaty', count: 3 },
      { id: 'zhanaozen', name: 'Zhanaozen', count: 3 },
      { id: 'aktau', name: 'Aktau', count: 2 },
    ]);
  });

  it('search matches people, case-insensitively', () => {
    expect(ids(view(sel({ q: 'vladimir KOZLOV' })))).toEqual([
      '2012-01-23-kozlov-arrested',
      '2012-10-08-kozlov-convicted',
      '2013-kozlov-moved-to-remote-colony',
    ]);
  });

  it('search matches the place name, case-insensitively', () => {
    expect(ids(view(sel({ q: 'AKTAU' })))).toEqual(['2012-06-relatives-picket-court', '2012-10-08-kozlov-convicted']);
  });

  it('search matches summary text, case-insensitively', () => {
    expect(ids(view(sel({ q: 'Curfew' })))).toEqual(['2011-12-17-regional-communications-cut']);
  });

  it('search ignores surrounding spaces', () => {
    expect(ids(view(sel({ q: '  curfew  ' })))).toEqual(['2011-12-17-regional-communications-cut']);
  });

  it('search with no match gives an empty view', () => {
    const v = view(sel({ q: 'no such words anywhere' }));
    expect(v.incidents).toEqual([]);
    expect(v.perYear.every((r) => r.total === 0)).toBe(true);
    expect(v.map.towns).toEqual([]);
  });

  describe('memoization', () => {
    it('an equal selection object gives the same arrays', () => {
      const a = view(sel({ from: 2010, to: 2012, types: ['protest', 'killing'] }));
      const b = view(sel({ from: 2010, to: 2012, types: ['protest', 'killing'] }));
      expect(b.incidents).toBe(a.incidents);
      expect(b.perYear).toBe(a.perYear);
      expect(b.byType).toBe(a.byType);
      expect(b.topTowns).toBe(a.topTowns);
      expect(b.map).toBe(a.map);
    });

    it('changing only the years keeps perYear identical', () => {
      const a = view(sel({ from: 2009, to: 2013, place: { kind: 'region', id: 'KZ-MAN' } }));
      const b = view(sel({ from: 2011, to: 2011, place: { kind: 'region', id: 'KZ-MAN' } }));
      expect(b.perYear).toBe(a.perYear);
      expect(b.incidents).not.toBe(a.incidents);
    });

    it('changing fields the view does not read keeps every array', () => {
      const a = view(sel());
      const b = view(sel({ mapMode: 'regions', incident: '2011-12-16-police-open-fire' }));
      expect(b.incidents).toBe(a.incidents);
      expect(b.perYear).toBe(a.perYear);
      expect(b.map).toBe(a.map);
    });

    it('changing the types recomputes perYear', () => {
      const a = view(sel());
      const b = view(sel({ types: ['protest'] }));
      expect(b.perYear).not.toBe(a.perYear);
    });
  });
});
