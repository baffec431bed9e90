import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/Incident.ts';
import { describePlace, isKnownPlace } from '../../../src/lib/places.ts';
import { fixtureDataset } from '../../fixtures/app/fixtureDataset.ts';

let data: Dataset;
beforeAll(() => {
  data = fixtureDataset();
});

describe('isKnownPlace', () => {
  it('knows the towns, regions and areas of the data, and "no stated place"', () => {
    expect(isKnownPlace({ kind: 'town', id: 'almaty' }, data)).toBe(true);
    expect(isKnownPlace({ kind: 'region', id: 'KZ-MAN' }, data)).toBe(true);
    expect(isKnownPlace({ kind: 'area', id: 'western-kazakhstan' }, data)).toBe(true);
    expect(isKnownPlace({ kind: 'unstated' }, data)).toBe(true);
  });

  it.each([
    { kind: 'town', id: 'nowhere-town' },
    { kind: 'town', id: 'toString' },
    { kind: 'town', id: '__proto__' },
    { kind: 'region', id: 'KZ-XXX' },
    { kind: 'area', id: 'nowhere' },
  ] as const)('does not know %j', (place) => {
    expect(isKnownPlace(place, data)).toBe(false);
  });

  it('does not take a town or a region-level place for an area', () => {
    expect(isKnownPlace({ kind: 'area', id: 'almaty' }, data)).toBe(false);
    expect(isKnownPlace({ kind: 'area', id: 'mangystau-region' }, data)).toBe(false);
  });
});

describe('describePlace', () => {
  it('names a place by the data, not by the id the link gave', () => {
    expect(describePlace({ kind: 'town', id: 'zhanaozen' }, data)).toBe('Zhanaozen');
    expect(describePlace({ kind: 'area', id: 'western-kazakhstan' }, data)).toBe('western Kazakhstan');
    expect(describePlace(null, data)).toBe('');
  });
});
