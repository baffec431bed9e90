import type { Feature, FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { IncidentProperties } from '../../../src/data/datasetSchema.ts';
import { DOC, makeRoot, ALL_OUTPUTS } from './fixtureRoot.ts';

type Incidents = FeatureCollection<Point | null, IncidentProperties>;

/** Runs the pipeline on a fresh valid fixture root and returns what it wrote. */
function buildValid() {
  const fixture = makeRoot();
  const result = fixture.run();
  const incidents = JSON.parse(fixture.read('public/data/incidents.geojson')) as Incidents;
  const byId = (id: string): Feature<Point | null, IncidentProperties> => {
    const f = incidents.features.find((x) => x.id === id);
    if (!f) throw new Error(`no feature ${id}`);
    return f;
  };
  return { fixture, result, incidents, byId };
}

describe('runPipeline on a valid root', () => {
  it('returns 0 and logs one line saying what it wrote', () => {
    const { result } = buildValid();
    expect(result).toEqual({ code: 0, log: ['data: wrote 5 incidents, 1 context records to public/data/.'] });
  });

  it('writes incidents.geojson as a FeatureCollection with one Feature per record, sorted by date then id', () => {
    const { incidents } = buildValid();
    expect(incidents.type).toBe('FeatureCollection');
    expect(incidents.features.map((f) => f.type)).toEqual(Array(5).fill('Feature'));
    expect(incidents.features.map((f) => f.id)).toEqual([
      '2011-test-weekly-closed',
      '2011-05-mangystau-strikers-fined',
      '2011-08-08-testova-detained-almaty',
      '2012-03-sampleov-beaten-zhanaozen',
      '2012-04-fakeev-extradited-uzbekistan',
    ]);
  });

  it('writes properties the app schema accepts, with the feature id repeated in them', () => {
    const { incidents } = buildValid();
    for (const f of incidents.features) {
      expect(IncidentProperties.safeParse(f.properties).success).toBe(true);
      expect(f.properties.id).toBe(f.id);
    }
  });

  it('puts a town record on the town point, at precision 1, with admin1 computed from the point', () => {
    const { byId } = buildValid();
    const almaty = byId('2011-08-08-testova-detained-almaty');
    expect(almaty.geometry).toEqual({ type: 'Point', coordinates: [76.9115, 43.25249] });
    expect(almaty.properties).toMatchObject({ place: 'Almaty', place_id: 'almaty', admin1: 'KZ-ALA', geo_precision: 1 });
    // Zhanaozen is not a first-level unit: its admin1 is the region its point falls in.
    const zhanaozen = byId('2012-03-sampleov-beaten-zhanaozen');
    expect(zhanaozen.geometry).toEqual({ type: 'Point', coordinates: [52.86192, 43.34116] });
    expect(zhanaozen.properties).toMatchObject({ place: 'Zhanaozen', admin1: 'KZ-MAN', geo_precision: 1 });
  });

  it('gives a region-level record no geometry, precision 2 and the region admin1', () => {
    const { byId } = buildValid();
    const f = byId('2011-05-mangystau-strikers-fined');
    expect(f.geometry).toBeNull();
    expect(f.properties).toMatchObject({
      place: 'Mangystau Region',
      place_id: 'mangystau-region',
      admin1: 'KZ-MAN',
      geo_precision: 2,
    });
  });

  it('gives a country-level record no geometry, no place, no admin1 and precision 3', () => {
    const { byId } = buildValid();
    for (const id of ['2011-test-weekly-closed', '2012-04-fakeev-extradited-uzbekistan']) {
      const f = byId(id);
      expect(f.geometry).toBeNull();
      expect(f.properties).toMatchObject({ place: null, place_id: null, admin1: null, geo_precision: 3 });
    }
  });

  it('emits a linked town with its point and reason, without placing the incident there', () => {
    const { byId } = buildValid();
    const f = byId('2012-04-fakeev-extradited-uzbekistan');
    expect(f.geometry).toBeNull();
    expect(f.properties).toMatchObject({ place: null, place_id: null, admin1: null, geo_precision: 3 });
    expect(f.properties.linked_places).toEqual([
      { place_id: 'almaty', place: 'Almaty', admin1: 'KZ-ALA', lon: 76.9115, lat: 43.25249, why: 'an Almaty-based imam' },
    ]);
    expect(byId('2011-test-weekly-closed').properties.linked_places).toEqual([]);
  });

  it('derives year from a date of any precision, and reads a bare YAML year as text', () => {
    const { incidents } = buildValid();
    expect(incidents.features.map((f) => [f.properties.date, f.properties.year])).toEqual([
      ['2011', 2011],
      ['2011-05', 2011],
      ['2011-08-08', 2011],
      ['2012-03', 2012],
      ['2012-04', 2012],
    ]);
  });

  it('fills absent optional fields with null, false or an empty list', () => {
    const { byId } = buildValid();
    expect(byId('2011-test-weekly-closed').properties).toMatchObject({
      date_note: null,
      people: [],
      other_country: null,
      case: null,
      killed: null,
      killed_at_least: false,
      injured: null,
      injured_at_least: false,
      detained: null,
      detained_at_least: false,
      sources: [{ doc: DOC, lines: [5, 5] }],
    });
    expect(byId('2012-04-fakeev-extradited-uzbekistan').properties.other_country).toBe('UZ');
  });

  it('writes the context records and the source documents beside the incidents', () => {
    const { fixture } = buildValid();
    expect(fixture.outputDir()).toEqual(ALL_OUTPUTS);
    expect(JSON.parse(fixture.read('public/data/context.json'))).toEqual([
      expect.objectContaining({ id: '2011-06-test-procedures-law', date: '2011-06', kind: 'law' }),
    ]);
    expect(JSON.parse(fixture.read('public/data/sources.json'))).toEqual([
      expect.objectContaining({ doc: DOC, publisher: 'Fake Rights Watch' }),
    ]);
  });

  it('writes, for every year from the first incident to the last, the documents that cover it and how', () => {
    const { fixture } = buildValid();
    // The fixture's one document is an annual review of 2011 that also reports a 2012 extradition.
    expect(JSON.parse(fixture.read('public/data/coverage.json'))).toEqual({
      years: [
        { year: 2011, level: 'full', docs: [{ doc: DOC, how: 'annual' }] },
        { year: 2012, level: 'partial', docs: [{ doc: DOC, how: 'passing' }] },
      ],
    });
  });
});
