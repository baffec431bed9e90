import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset, type Regions } from '../../../data/pipeline/buildDataset.ts';
import type { DataError } from '../../../data/pipeline/DataError.ts';
import { readYamlList } from '../../../data/pipeline/readYamlList.ts';
import { serializeDataset } from '../../../data/pipeline/serializeDataset.ts';
import { DOC, FIXTURES, INCIDENTS, makeRoot, OUTPUTS, REPO_ROOT } from './fixtureRoot.ts';

describe('determinism', () => {
  it('writes identical bytes when run twice on the same root', () => {
    const fixture = makeRoot();
    expect(fixture.run().code).toBe(0);
    const first = fixture.outputs();
    expect(fixture.run().code).toBe(0);
    expect(fixture.outputs()).toEqual(first);
  });

  it('writes identical bytes from two copies of the same input', () => {
    const a = makeRoot();
    const b = makeRoot();
    expect(a.run().code).toBe(0);
    expect(b.run().code).toBe(0);
    const outA = a.outputs();
    for (const p of OUTPUTS) expect(outA[p]).not.toBeNull();
    expect(b.outputs()).toEqual(outA);
  });

  it('writes the same bytes whatever the order of the records in the YAML files', () => {
    const regions = JSON.parse(readFileSync(join(REPO_ROOT, 'data/geo/kaz-adm1.geojson'), 'utf8')) as Regions;
    const valid = join(FIXTURES, 'valid');
    const errors: DataError[] = [];
    const incidents = readYamlList(join(valid, INCIDENTS), errors).map((l) => ({ ...l, file: INCIDENTS }));
    const places = readYamlList(join(valid, 'data/places.yaml'), errors);
    const sources: unknown = JSON.parse(readFileSync(join(valid, 'data/sources.json'), 'utf8'));
    const seeds = new Map([[DOC, readFileSync(join(valid, 'seeds', DOC), 'utf8').split('\n')]]);
    expect(errors).toEqual([]);
    const serialize = (list: typeof incidents, placeList: typeof places) => {
      const built = buildDataset({
        incidents: list,
        context: [],
        places: placeList,
        sourcesFile: 'data/sources.json',
        sources,
        seeds,
        regions,
        translationsRequired: false,
      });
      expect(built.errors).toEqual([]);
      return serializeDataset(built.dataset, 'out');
    };
    const expected = serialize(incidents, places);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(incidents, { minLength: incidents.length }),
        fc.shuffledSubarray(places, { minLength: places.length }),
        (i, p) => {
          expect(serialize(i, p)).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('check mode', () => {
  it('returns 0 and says the outputs are up to date right after a write', () => {
    const fixture = makeRoot();
    expect(fixture.run().code).toBe(0);
    expect(fixture.run({ check: true })).toEqual({ code: 0, log: ['data: 5 incidents, outputs up to date.'] });
  });

  it('returns 1 and names the stale file after a record is edited, without writing it', () => {
    const fixture = makeRoot();
    expect(fixture.run().code).toBe(0);
    const before = fixture.outputs();
    fixture.editATitle();
    expect(fixture.run({ check: true })).toEqual({
      code: 1,
      log: [
        'public/data/incidents.geojson is stale: run npm run data and commit the result.',
        'public/data/incidents.json is stale: run npm run data and commit the result.',
      ],
    });
    expect(fixture.outputs()).toEqual(before);
  });

  it('returns 1 and names every output when nothing was ever written', () => {
    const fixture = makeRoot();
    expect(fixture.run({ check: true })).toEqual({
      code: 1,
      log: OUTPUTS.map((p) => `${p} is stale: run npm run data and commit the result.`),
    });
    expect(fixture.outputDir()).toEqual([]);
  });
});
