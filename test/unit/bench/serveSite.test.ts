import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type SiteServer } from '../../../bench/serveSite.ts';

/** The response as it travels: headers and the body still encoded. */
function fetchRaw(url: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe("the benchmark's server (serveSite)", () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  const data = JSON.stringify({ incidents: Array.from({ length: 2000 }, (_, i) => ({ id: `kz-${i}`, title: 'A protest' })) });
  let server: SiteServer;
  beforeAll(async () => {
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'data/incidents.json'), data);
    server = await serveSite(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends a data file from its gzipped copy, which unzips to the file', async () => {
    const res = await fetchRaw(`${server.url}data/incidents.json`);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('application/json');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(gunzipSync(res.body).toString()).toBe(data);
  });

  it('sends a file under 1 KB as it is, as the preview server does', async () => {
    const res = await fetchRaw(server.url);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe('<!doctype html><title>x</title>');
  });
});
