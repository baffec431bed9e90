import { ALL_OUTPUTS } from './fixtureRoot.ts';
/**
 * A crash in the middle of writing, through runPipeline: node:fs is replaced by the real
 * module with a writeFileSync that can be told to fail (disk full) on a given file.
 */
import { describe, expect, it, vi } from 'vitest';

const failing = vi.hoisted(() => ({ pathIncludes: null as string | null }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const writeFileSync = ((...args: Parameters<typeof actual.writeFileSync>) => {
    const [path, data] = args;
    if (failing.pathIncludes !== null && String(path).includes(failing.pathIncludes)) {
      actual.writeFileSync(path, String(data).slice(0, 100));
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${String(path)}'`), { code: 'ENOSPC' });
    }
    return actual.writeFileSync(...args);
  }) as typeof actual.writeFileSync;
  return { ...actual, writeFileSync, default: { ...actual, writeFileSync } };
});

const { makeRoot } = await import('./fixtureRoot.ts');

describe('runPipeline interrupted while writing', () => {
  it('keeps the previous outputs byte-identical and leaves no temp file when the disk fills up', () => {
    const fixture = makeRoot();
    expect(fixture.run().code).toBe(0);
    const before = fixture.outputs();
    fixture.editATitle();
    // context.json is the second output: incidents.geojson has been written to its temp file by then.
    failing.pathIncludes = 'context.json.tmp-';
    try {
      expect(() => fixture.run()).toThrow(/ENOSPC/);
    } finally {
      failing.pathIncludes = null;
    }
    expect(fixture.outputs()).toEqual(before);
    expect(fixture.outputDir()).toEqual(ALL_OUTPUTS);
    // And the next run, with room on the disk, writes the edit.
    expect(fixture.run().code).toBe(0);
    expect(fixture.read('public/data/incidents.geojson')).toContain('A court closes Test Weekly');
  });

  it('leaves no output and no temp file when the first run fails', () => {
    const fixture = makeRoot();
    failing.pathIncludes = 'sources.json.tmp-';
    try {
      expect(() => fixture.run()).toThrow(/ENOSPC/);
    } finally {
      failing.pathIncludes = null;
    }
    expect(fixture.outputDir()).toEqual([]);
  });
});
