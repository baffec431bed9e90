/**
 * The map's own GeoJSON (public/geo), read once for the image and the video: the same files
 * the interactive map draws, from the site's own origin, usually already in the cache.
 */
import type { FeatureCollection, Geometry } from 'geojson';

export interface Basemap {
  neighbours: FeatureCollection<Geometry, { name?: string }>;
  regions: FeatureCollection<Geometry, { admin1?: string; name?: string }>;
  labels: FeatureCollection<Geometry, { kind?: string; name?: string; rank?: number }>;
}

let loading: Promise<Basemap> | null = null;

async function read<T>(file: string): Promise<T> {
  const url = new URL(`geo/${file}`, document.baseURI);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}; reload the page and try again`);
  return (await res.json()) as T;
}

export function loadBasemap(): Promise<Basemap> {
  loading ??= Promise.all([
    read<Basemap['neighbours']>('neighbours.geojson'),
    read<Basemap['regions']>('kaz-regions.geojson'),
    read<Basemap['labels']>('labels.geojson'),
  ]).then(([neighbours, regions, labels]) => ({ neighbours, regions, labels }));
  // A failed read is tried again next time rather than remembered.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
