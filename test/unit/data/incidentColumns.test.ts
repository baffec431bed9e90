import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IncidentCollection, IncidentProperties } from '../../../src/data/datasetSchema.ts';
import { checkIncidentColumns } from '../../../src/data/checkIncidentColumns.ts';
import { incidentColumns, serializeIncidentColumns, type IncidentFeature } from '../../../src/data/incidentColumns.ts';
import { haystackOf, incidentsFromColumns } from '../../../src/data/incidentsFromColumns.ts';
import { foldText } from '../../../src/data/foldText.ts';
import { DatasetError, toDataset } from '../../../src/data/loadDataset.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(resolve(ROOT, 'public/data', file), 'utf8');
const real = IncidentCollection.parse(JSON.parse(read('incidents.geojson')));
const URL = './data/incidents.json';

/** The app's file of `features`, as the app reads it: serialized, parsed, checked. */
const roundTrip = (features: readonly IncidentFeature[]) =>
  checkIncidentColumns(JSON.parse(serializeIncidentColumns(incidentColumns(features))), URL);

function rejection(value: unknown): string {
  try {
    checkIncidentColumns(value, URL);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as Error).message;
  }
  throw new Error('the file was accepted');
}

describe('incidents.json', () => {
  it('gives back the real incidents exactly, fields in the GeoJSON order', () => {
    const incidents = incidentsFromColumns(roundTrip(real.features));
    const expected = toDataset(
      real.features.map((f) => ({ properties: f.properties, coordinates: f.geometry?.coordinates ?? null })),
      [],
      [],
      [],
    ).incidents;
    // As JSON: the same values and the same key order (the downloads write the keys in that order).
    expect(JSON.stringify(incidents)).toBe(JSON.stringify(expected));
  });

  it('is what the committed incidents.json holds (npm run data writes both files)', () => {
    expect(read('incidents.json')).toBe(serializeIncidentColumns(incidentColumns(real.features)));
  });

  it('stores each repeated value once', () => {
    const c = incidentColumns(real.features);
    expect(c.type.values.length).toBeLessThanOrEqual(9);
    expect(c.where.values.length).toBeLessThan(real.features.length / 2);
    expect(new Set(c.sources.values).size).toBe(c.sources.values.length);
  });

  it('uses the folded search text it is given instead of folding again', () => {
    const c = roundTrip(real.features.slice(0, 2));
    expect(incidentsFromColumns(c, ['one', 'two']).map((i) => i.haystack)).toEqual(['one', 'two']);
  });
});

describe('a damaged incidents.json', () => {
  const first = real.features[0];
  if (!first) throw new Error('no incidents');

  // Each damage the schema of incidents.geojson refuses, the app's file refuses too, naming the field.
  const damages: [string, (p: Record<string, unknown>) => void, RegExp][] = [
    ['an id with capitals', (p) => (p.id = 'Bad Id'), /^\.\/data\/incidents\.json: id, incident 1: lowercase/],
    ['a month 13', (p) => (p.date = '2011-13'), /: date, incident 1 \(.+\): not a calendar date/],
    ['a date in another form', (p) => (p.date = '14.08.2011'), /: date, incident 1 \(.+\): YYYY, YYYY-MM or YYYY-MM-DD/],
    ['a year with a fraction', (p) => (p.year = 2011.5), /: year, incident 1 \(.+\): a whole number/],
    ['an unknown type', (p) => (p.type = 'riot'), /: type\.values\[0\]: one of journalist_attack/],
    ['a title that is a number', (p) => (p.title = 42), /: title, incident 1 \(.+\): text$/],
    ['a summary that is missing', (p) => delete p.summary, /: summary, incident 1 \(.+\): text$/],
    ['a person who is an object', (p) => (p.people = [{ name: 'x' }]), /: people\.values\[0\]: text$/],
    ['a precision of 4', (p) => (p.geo_precision = 4), /: where\.values\[0\]: geo_precision: 1, 2 or 3/],
    ['a negative count', (p) => (p.killed = -1), /: killed, incident 1 \(.+\): a whole number of at least 0, or null/],
    ['"at least" as text', (p) => (p.injured_at_least = 'yes'), /: injured_at_least, incident 1 \(.+\): true or false/],
    ['no sources', (p) => (p.sources = []), /: sources\.count, incident 1 \(.+\): a whole number of at least 1/],
    [
      'lines the wrong way round',
      (p) => (p.sources = [{ doc: '000_6711e81a8e671186.txt', lines: [5, 2] }]),
      /first line after last line/,
    ],
    [
      'a source that is not a seed file',
      (p) => (p.sources = [{ doc: 'x.txt', lines: [1, 2] }]),
      /: sources\.values\[0\]: a seed file name/,
    ],
    [
      'a linked town with a field too many',
      (p) => (p.linked_places = [{ place_id: 'almaty', place: 'Almaty', admin1: null, lon: 1, lat: 2, why: 'x', extra: 1 }]),
      /: linked_places\.values\[0\]: no field "extra"/,
    ],
  ];
  for (const [what, damage, message] of damages) {
    it(`names the field and the incident: ${what}`, () => {
      const properties = structuredClone(first.properties) as unknown as Record<string, unknown>;
      damage(properties);
      expect(IncidentProperties.safeParse(properties).success).toBe(false);
      const feature = { geometry: first.geometry, properties } as unknown as IncidentFeature;
      expect(rejection(JSON.parse(serializeIncidentColumns(incidentColumns([feature]))))).toMatch(message);
    });
  }

  it('names a column of the wrong length', () => {
    const c = incidentColumns(real.features);
    c.title.pop();
    expect(rejection(c)).toBe(`${URL}: title: ${real.features.length - 1} values for ${real.features.length}`);
  });

  it('names a position that points past the shared values', () => {
    const c = incidentColumns(real.features);
    c.subtype.index[3] = c.subtype.values.length;
    expect(rejection(c)).toMatch(/: subtype\.index\[3\]: a position in subtype\.values/);
  });

  it('names a field the file should not have', () => {
    expect(rejection({ ...incidentColumns(real.features), script: 'x' })).toBe(`${URL}: script: not a field of this file`);
  });

  it('refuses a file written for another version, saying what to do', () => {
    expect(rejection({ ...incidentColumns(real.features), format: 'kz-incidents-columns/0' })).toMatch(/run npm run data/);
  });
});

describe('haystackOf', () => {
  it('folds the fields the search looks through, joined as they always were', () => {
    for (const { properties: p } of real.features) {
      const joined = [
        p.title,
        p.summary,
        p.place ?? '',
        ...p.linked_places.map((l) => l.place),
        p.date,
        ...p.people,
        ...p.actors,
        ...p.targets,
        p.type,
      ];
      expect(haystackOf(p)).toBe(foldText(joined.join(' \u0001 ')));
    }
  });
});
