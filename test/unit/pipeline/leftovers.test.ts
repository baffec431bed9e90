import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { refuseLeftovers } from '../../../data/pipeline/leftovers.ts';
import { makeRoot, ALL_OUTPUTS } from './fixtureRoot.ts';

/** What a run killed with SIGKILL while writing leaves: an empty and a partial temporary file. */
function leaveTempFiles(write: (path: string, text: string) => void) {
  write('public/data/incidents.geojson.tmp-4242', '');
  write('public/data/context.json.tmp-4242', '[{"id":"half');
}

describe('temporary files of an interrupted pipeline run', () => {
  it('are removed by the next run, which says so', () => {
    const fixture = makeRoot();
    expect(fixture.run().code).toBe(0);
    leaveTempFiles(fixture.write);
    const { code, log } = fixture.run();
    expect(code).toBe(0);
    expect(fixture.outputDir()).toEqual(ALL_OUTPUTS);
    expect(log).toContain('data: removed public/data/incidents.geojson.tmp-4242, left by an interrupted run.');
  });

  it('fail the check, named', () => {
    const fixture = makeRoot();
    expect(fixture.run().code).toBe(0);
    leaveTempFiles(fixture.write);
    const { code, log } = fixture.run({ check: true });
    expect(code).toBe(1);
    expect(log).toContain('public/data/context.json.tmp-4242 is left from an interrupted run: run npm run data to remove it.');
  });

  it('fail the site’s build before anything reaches dist/', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kz-leftovers-build-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
    mkdirSync(join(root, 'public/data'), { recursive: true });
    writeFileSync(join(root, 'public/data/incidents.geojson'), '{}');
    writeFileSync(join(root, 'public/data/incidents.geojson.tmp-4242'), '{"type":"Feat');
    const building = build({ root, configFile: false, logLevel: 'silent', plugins: [refuseLeftovers()] });
    await expect(building).rejects.toThrow(/public\/data\/incidents\.geojson\.tmp-4242: left by an interrupted `npm run data`/);
    expect(existsSync(join(root, 'dist/data/incidents.geojson.tmp-4242'))).toBe(false);
  });
});
