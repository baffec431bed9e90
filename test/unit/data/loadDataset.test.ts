import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset, toDataset } from '../../../src/data/loadDataset.ts';
import {
  fixtureContext,
  fixtureCoverage,
  fixtureFeatures,
  fixtureFiles,
  fixtureSources,
} from '../../fixtures/app/fixtureDataset.ts';
import type { IncidentType } from '../../../src/data/vocabulary.ts';

const BASE = '/base/data/';
type Files = Record<string, unknown>;

/** A fetch that serves `files` (as JSON, or raw text when a value is a string) from BASE. */
function fakeFetch(files: Files, override: Record<string, Response | Error> = {}): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = String(input);
    const name = url.startsWith(BASE) ? url.slice(BASE.length) : url;
    const special = override[name];
    if (special instanceof Error) throw special;
    if (special) return special;
    if (!(name in files)) return new Response('not found', { status: 404 });
    const body = files[name];
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
}

async function failure(p: Promise<unknown>): Promise<DatasetError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DatasetError);
  return e as DatasetError;
}

describe('loadDataset', () => {
  it('loads a valid payload', async () => {
    const data = await loadDataset(BASE, fakeFetch(fixtureFiles()));
    expect(data.incidents).toHaveLength(12);
    expect(data.years).toEqual([2009, 2013]);
    expect([...data.towns.keys()].sort()).toEqual(['aktau', 'almaty', 'zhanaozen']);
    expect(data.sources.size).toBe(1);
    expect(data.context).toHaveLength(1);
  });

  it('gives the same dataset as toDataset on the same features', async () => {
    const loaded = await loadDataset(BASE, fakeFetch(fixtureFiles()));
    expect(loaded).toEqual(toDataset(fixtureFeatures(), fixtureSources(), fixtureContext(), fixtureCoverage()));
  });

  it('keeps incidents with no point without coordinates', async () => {
    const data = await loadDataset(BASE, fakeFetch(fixtureFiles()));
    const region = data.incidents.find((i) => i.id === '2011-12-17-regional-communications-cut');
    expect(region).toMatchObject({ lon: null, lat: null, geo_precision: 2, admin1: 'KZ-MAN' });
  });

  it('rejects an HTTP 404 with a DatasetError naming the file', async () => {
    const files: Files = fixtureFiles();
    delete files['sources.json'];
    const e = await failure(loadDataset(BASE, fakeFetch(files)));
    expect(e.message).toContain(`${BASE}sources.json`);
    expect(e.message).toContain('404');
  });

  it('rejects a failed network request with a DatasetError naming the file', async () => {
    const e = await failure(loadDataset(BASE, fakeFetch(fixtureFiles(), { 'context.json': new TypeError('offline') })));
    expect(e.message).toContain(`${BASE}context.json`);
  });

  it('rejects truncated JSON with a DatasetError naming the file', async () => {
    const files: Files = fixtureFiles();
    const text = JSON.stringify(files['incidents.json']);
    files['incidents.json'] = text.slice(0, Math.floor(text.length / 2));
    const e = await failure(loadDataset(BASE, fakeFetch(files)));
    expect(e.message).toContain(`${BASE}incidents.json`);
    expect(e.message).toMatch(/not valid JSON/);
  });

  it('rejects an incident with a bad type with a DatasetError naming the file, the field and the incident', async () => {
    const files = fixtureFiles();
    files['incidents.json'].type.values.push('riot' as IncidentType);
    files['incidents.json'].type.index[2] = files['incidents.json'].type.values.length - 1;
    const e = await failure(loadDataset(BASE, fakeFetch(files)));
    expect(e.message).toContain(`${BASE}incidents.json: type.values[`);
    expect(e.message).toMatch(/one of journalist_attack/);
  });

  it('rejects an incident with an impossible date, naming the file, the field and the incident', async () => {
    const files = fixtureFiles();
    const id = files['incidents.json'].id[2];
    files['incidents.json'].date[2] = '2011-02-30';
    const e = await failure(loadDataset(BASE, fakeFetch(files)));
    expect(e.message).toBe(
      `${BASE}incidents.json: date, incident 3 (${id}): not a calendar date (month 01-12, day within the month)`,
    );
  });

  it('rejects the GeoJSON in place of the app file, naming the file', async () => {
    const files: Files = { ...fixtureFiles(), 'incidents.json': { type: 'FeatureCollection', features: [] } };
    const e = await failure(loadDataset(BASE, fakeFetch(files)));
    expect(e.message).toContain(`${BASE}incidents.json`);
    expect(e.message).toMatch(/written for another version of the app/);
  });
});

describe('toDataset', () => {
  it('falls back to 2009-2021 for an empty dataset', () => {
    expect(toDataset([], [], [], []).years).toEqual([2009, 2021]);
  });

  it('builds a lowercase search haystack from people, place and text', () => {
    const data = toDataset(fixtureFeatures(), fixtureSources(), fixtureContext(), fixtureCoverage());
    const kozlov = data.incidents.find((i) => i.id === '2012-10-08-kozlov-convicted');
    expect(kozlov?.haystack).toContain('vladimir kozlov');
    expect(kozlov?.haystack).toContain('aktau');
    expect(kozlov?.haystack).toBe(kozlov?.haystack.toLowerCase());
  });

  it('finds an incident by the name of a town the source ties to it', () => {
    const features = fixtureFeatures();
    const unplaced = features.find((f) => f.properties.geo_precision === 3);
    if (!unplaced) throw new Error('the fixture has no incident without a place');
    unplaced.properties.linked_places = [
      { place_id: 'shymkent', place: 'Shymkent', admin1: 'KZ-YUZ', lon: 69.6, lat: 42.3, why: 'Shymkent-based activist' },
    ];
    const data = toDataset(features, fixtureSources(), fixtureContext(), fixtureCoverage());
    expect(data.incidents.find((i) => i.id === unplaced.properties.id)?.haystack).toContain('shymkent');
  });
});
