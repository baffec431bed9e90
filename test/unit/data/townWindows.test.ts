import { describe, expect, it } from 'vitest';
import { createViewModel } from '../../../src/data/deriveView.ts';
import { townWindows } from '../../../src/data/townWindows.ts';
import { fixtureSelection, linkedDataset } from '../../fixtures/app/fixtureDataset.ts';
import type { Selection } from '../../../src/data/Selection.ts';
import type { Dataset } from '../../../src/data/Incident.ts';

/**
 * The fixture with incidents linked to towns (one with nothing placed in it), and one placed
 * in Almaty that its sources also tie to Almaty (not a link) and to Zhanaozen, a link
 * unless only precise places are shown.
 */
function dataset() {
  const data = linkedDataset();
  const placed = data.incidents.find((i) => i.geo_precision === 1 && i.place_id === 'almaty');
  if (!placed || placed.lon === null || placed.lat === null) throw new Error('the fixture has no incident placed in Almaty');
  const at = (place_id: string, place: string, lon: number, lat: number) => ({
    place_id,
    place,
    admin1: null,
    lon,
    lat,
    why: 'test',
  });
  placed.linked_places = [at('almaty', 'Almaty', placed.lon, placed.lat), at('zhanaozen', 'Zhanaozen', 52.86192, 43.34116)];
  return data;
}

/** What the shared view says of one window: each town's placed counts and its linked count. */
function fromView(data: Dataset, sel: Selection) {
  const { map } = createViewModel(data)(sel);
  const out = new Map<string, { total: number; byType: object; linked: number }>();
  for (const t of map.towns) out.set(t.id, { total: t.total, byType: t.byType, linked: 0 });
  for (const l of map.linked.values()) {
    const t = out.get(l.id);
    if (t) t.linked = l.count;
    else out.set(l.id, { total: 0, byType: expect.anything() as object, linked: l.count });
  }
  return out;
}

function fromWindows(data: Dataset, sel: Selection) {
  const out = new Map<string, { total: number; byType: object; linked: number }>();
  for (const w of townWindows(data.incidents, sel, data.years)) {
    if (w.from === sel.from && w.to === sel.to)
      out.set(w.town.id, { total: w.town.total, byType: w.town.byType, linked: w.linked });
  }
  return out;
}

/** The fixture with incidents linked to towns, one of them with nothing placed in it. */
describe('townWindows', () => {
  const windows = (): [number, number][] => {
    const [first, last] = dataset().years;
    const out: [number, number][] = [];
    for (let a = first; a <= last; a++) for (let b = a; b <= last; b++) out.push([a, b]);
    return out;
  };

  it('gives every window of years the towns and counts the map view gives it', () => {
    const data = dataset();
    for (const [from, to] of windows()) {
      const sel = fixtureSelection({ from, to });
      expect(fromWindows(data, sel), `${from}-${to}`).toEqual(fromView(data, sel));
    }
  });

  it('counts only the types, search and precision selected, as the map view does', () => {
    const data = dataset();
    for (const patch of [{ types: ['protest' as const] }, { q: 'zhanaozen' }, { precise: true }]) {
      for (const [from, to] of windows()) {
        const sel = fixtureSelection({ ...patch, from, to });
        expect(fromWindows(data, sel), `${JSON.stringify(patch)} ${from}-${to}`).toEqual(fromView(data, sel));
      }
    }
  });

  it('has no window outside the data years and none with an empty mark', () => {
    const data = dataset();
    const all = townWindows(data.incidents, fixtureSelection(), data.years);
    expect(all.length).toBeGreaterThan(0);
    for (const w of all) {
      expect(w.from).toBeGreaterThanOrEqual(data.years[0]);
      expect(w.to).toBeLessThanOrEqual(data.years[1]);
      expect(w.from).toBeLessThanOrEqual(w.to);
      expect(w.town.total + w.linked).toBeGreaterThan(0);
    }
  });
});
