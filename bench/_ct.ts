import { join } from 'node:path';
import { OUT } from './buildSites.ts';
import { serveSite } from './ExplorerSession.ts';
const s = await serveSite(join(OUT, 'dist'));
for (const p of ['data/incidents.geojson', 'data/sources.json']) {
  const r = await fetch(s.url + p, { headers: { 'accept-encoding': 'gzip' } });
  console.log(p, r.headers.get('content-type'), r.headers.get('content-encoding'));
  await r.arrayBuffer();
}
await s.close();
