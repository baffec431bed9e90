import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIncidentColumns } from '../../../src/data/checkIncidentColumns.ts';
import { IncidentCollection } from '../../../src/data/datasetSchema.ts';
import { incidentColumns, serializeIncidentColumns, type IncidentFeature } from '../../../src/data/incidentColumns.ts';
import { haystacksOfColumns, incidentsFromColumns } from '../../../src/data/incidentsFromColumns.ts';
import { packColumns } from '../../../src/data/packColumns.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const real = IncidentCollection.parse(JSON.parse(readFileSync(resolve(ROOT, 'public/data/incidents.geojson'), 'utf8')));
const checked = (features: readonly IncidentFeature[]) =>
  checkIncidentColumns(JSON.parse(serializeIncidentColumns(incidentColumns(features))), './data/incidents.json');

describe('packColumns (the worker hands the page its number columns in transferred buffers)', () => {
  it('gives back every field of every real incident after crossing to the page', () => {
    const c = checked(real.features);
    const expected = JSON.stringify(incidentsFromColumns(c));
    const { columns, transfer } = packColumns(c);
    // As postMessage sends it: the buffers moved, not copied (the sender's are emptied).
    const received = structuredClone(columns, { transfer });
    expect(transfer.length).toBeGreaterThan(0);
    expect(transfer.every((b) => b.byteLength === 0)).toBe(true);
    expect(received.year).toBeInstanceOf(Int32Array);
    expect(received.sources.lines).toBeInstanceOf(Int32Array);
    expect(JSON.stringify(incidentsFromColumns(received))).toBe(expected);
  });

  it('leaves the worker its own columns whole, to fold the search text from', () => {
    const c = checked(real.features.slice(0, 20));
    const before = JSON.stringify(c);
    const { columns, transfer } = packColumns(c);
    structuredClone(columns, { transfer });
    expect(JSON.stringify(c)).toBe(before);
  });
});

describe('haystacksOfColumns', () => {
  it('folds the same search text as the built incidents carry, on the file and on packed columns', () => {
    const c = checked(real.features);
    const expected = incidentsFromColumns(c).map((i) => i.haystack);
    expect(haystacksOfColumns(c)).toEqual(expected);
    expect(haystacksOfColumns(packColumns(c).columns)).toEqual(expected);
  });
});
