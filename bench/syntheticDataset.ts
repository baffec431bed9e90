/**
 * Synthetic incident files of any size that look like the real one to the app: the same
 * schema (IncidentProperties, as loadDataset checks it), the real places with their
 * coordinates and admin1 weighted by how often the real data names them (unstated and
 * region-only included), the real mix of types, subtypes and date precisions, and years
 * over the real range. The texts, people, actors, targets and sources are copied from a real
 * incident of the same type, so the file has the real field sizes and the search the real
 * words. Case chains have the real lengths and hold the real share of incidents.
 * Deterministic: the same seed and size give the same bytes.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { byDateThenId } from '../src/data/byDateThenId.ts';
import type { IncidentProperties } from '../src/data/datasetSchema.ts';

export type IncidentFeature = Feature<Point | null, IncidentProperties>;
export type IncidentCollection = FeatureCollection<Point | null, IncidentProperties>;

/** mulberry32: a small, fast, seedable PRNG; plenty for picking weighted samples. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks items in proportion to their weights, by binary search over the cumulative sums. */
class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  constructor(entries: Iterable<[T, number]>) {
    this.items = [];
    this.cumulative = [];
    let sum = 0;
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      sum += weight;
      this.items.push(item);
      this.cumulative.push(sum);
    }
    if (this.items.length === 0) throw new Error('Nothing to pick from');
  }
  pick(random: () => number): T {
    const total = this.cumulative.at(-1) ?? 0;
    const r = random() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, { first: T; n: number }> {
  const out = new Map<string, { first: T; n: number }>();
  for (const item of items) {
    const k = key(item);
    const entry = out.get(k);
    if (entry) entry.n++;
    else out.set(k, { first: item, n: 1 });
  }
  return out;
}

interface PlaceOf {
  place: string | null;
  place_id: string | null;
  admin1: string | null;
  geo_precision: 1 | 2 | 3;
  coordinates: [number, number] | null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** What a synthetic dataset is made of, for the report. */
export interface SyntheticMix {
  years: [number, number];
  places: { key: string; weight: number }[];
  yearWeights: Record<number, number>;
}

/**
 * `n` incidents drawn from the distributions of `real`. Years are weighted by the real count
 * per year plus a quarter of the mean count, so the real peaks stay and no year of the
 * range is empty (a timeline step then always has something to show).
 */
export function syntheticDataset(
  real: IncidentCollection,
  n: number,
  seed: number,
): { fc: IncidentCollection; mix: SyntheticMix } {
  const random = seededRandom(seed);
  const features = real.features;
  if (features.length === 0) throw new Error('The real dataset is empty');

  const placeOf = (f: IncidentFeature): PlaceOf => ({
    place: f.properties.place,
    place_id: f.properties.place_id,
    admin1: f.properties.admin1,
    geo_precision: f.properties.geo_precision,
    coordinates: f.geometry ? [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0] : null,
  });
  const placeKey = (p: PlaceOf) => `${p.place_id ?? '-'}|${p.admin1 ?? '-'}|${p.geo_precision}`;
  const places = countBy(features.map(placeOf), placeKey);
  const pickPlace = new Weighted([...places.values()].map(({ first, n: count }) => [first, count] as [PlaceOf, number]));

  const byType = new Map<string, IncidentFeature[]>();
  for (const f of features) byType.set(f.properties.type, [...(byType.get(f.properties.type) ?? []), f]);
  const pickType = new Weighted([...byType].map(([type, list]) => [type, list.length] as [string, number]));

  const years = features.map((f) => f.properties.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const perYear = countBy(years, String);
  const floor = features.length / (last - first + 1) / 4;
  const yearWeights: Record<number, number> = {};
  for (let y = first; y <= last; y++) yearWeights[y] = (perYear.get(String(y))?.n ?? 0) + floor;
  const pickYear = new Weighted(Object.entries(yearWeights).map(([y, w]) => [Number(y), w] as [number, number]));

  // Case chains: runs of consecutive draws, their lengths drawn from the real chains' lengths,
  // started often enough that the real share of incidents in a chain is kept:
  // start · L / (start · L + 1 − start) = share, for a mean chain length L.
  const chains = countBy(
    features.filter((f) => f.properties.case !== null),
    (f) => f.properties.case ?? '',
  );
  const chainLengths = countBy(
    [...chains.values()].map((c) => c.n),
    String,
  );
  const pickLength = new Weighted([...chainLengths.values()].map(({ first, n: count }) => [first, count] as [number, number]));
  const share = [...chains.values()].reduce((s, c) => s + c.n, 0) / features.length;
  const meanLength = chains.size ? (share * features.length) / chains.size : 1;
  const start = chains.size ? share / (meanLength * (1 - share) + share) : 0;
  let caseId = 0;
  let caseLeft = 0;

  const width = String(n).length;
  const out: IncidentFeature[] = [];
  for (let i = 0; i < n; i++) {
    const type = pickType.pick(random);
    const sameType = byType.get(type) ?? features;
    const template = sameType[Math.floor(random() * sameType.length)] as IncidentFeature;
    const p = template.properties;
    const where = pickPlace.pick(random);
    const year = pickYear.pick(random);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * daysIn(year, month));
    // The template's date precision keeps the real mix of "2011", "2011-08" and "2011-08-14".
    const date =
      p.date.length === 4
        ? String(year)
        : p.date.length === 7
          ? `${year}-${pad(month, 2)}`
          : `${year}-${pad(month, 2)}-${pad(day, 2)}`;
    let chain: string | null = null;
    if (caseLeft > 0) {
      caseLeft--;
      chain = `synthetic-case-${caseId}`;
    } else if (random() < start) {
      caseId++;
      caseLeft = pickLength.pick(random) - 1;
      chain = `synthetic-case-${caseId}`;
    }
    const id = `${year}-synthetic-${pad(i, width)}`;
    out.push({
      type: 'Feature',
      id,
      geometry: where.coordinates ? { type: 'Point', coordinates: where.coordinates } : null,
      properties: {
        ...p,
        id,
        date,
        date_note: p.date.length === 4 ? p.date_note : null,
        year,
        place: where.place,
        place_id: where.place_id,
        admin1: where.admin1,
        geo_precision: where.geo_precision,
        case: chain,
      },
    });
  }
  // In the order the pipeline writes the real incidents: no real build has them in the order drawn.
  out.sort((a, b) => byDateThenId(a.properties, b.properties));
  return {
    fc: { type: 'FeatureCollection', features: out },
    mix: {
      years: [first, last],
      places: [...places].map(([key, { n: weight }]) => ({ key, weight })),
      yearWeights,
    },
  };
}

/** The pipeline's format (data/pipeline/serializeDataset.ts): one-space indent, final newline. */
export function serializeCollection(fc: IncidentCollection): string {
  return `${JSON.stringify(fc, null, 1)}\n`;
}
