/**
 * The map's town labels name a town as the place list does: each city label points at its town
 * in data/places.yaml and carries that town's name, which the app shows in the reader's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../fixtureRoot.ts';

const labels = JSON.parse(readFileSync(join(REPO_ROOT, 'public/geo/labels.geojson'), 'utf8')) as {
  features: { properties: { kind: string; name: string; place_id?: string } }[];
};
const places = parse(readFileSync(join(REPO_ROOT, 'data/places.yaml'), 'utf8')) as { id: string; name: string }[];
const cities = labels.features.map((f) => f.properties).filter((p) => p.kind === 'city');

describe('city labels', () => {
  it('carry the name of their town in data/places.yaml', () => {
    const named = cities.filter((c) => c.place_id !== undefined);
    expect(named.map((c) => [c.name, places.find((p) => p.id === c.place_id)?.name])).toEqual(named.map((c) => [c.name, c.name]));
  });

  it('point at a town for every city the places table knows (Ust-Kamenogorsk, not Oskemen)', () => {
    const known = cities.filter((c) => places.some((p) => p.name === c.name));
    expect(known.filter((c) => c.place_id === undefined)).toEqual([]);
    expect(cities.find((c) => c.place_id === 'ust-kamenogorsk')?.name).toBe('Ust-Kamenogorsk');
  });
});
