import * as realFs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomically, type Fs } from '../../../data/pipeline/writeAtomically.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kz-pipeline-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const names = ['incidents.geojson', 'context.json', 'sources.json'];
const paths = () => names.map((n) => join(dir, n));
const contents = () =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );

/** The previous outputs, as a completed run left them. */
function writePrevious() {
  for (const p of paths()) writeFileSync(p, `old ${p}\n`);
  return contents();
}

const fresh = () => new Map(paths().map((p) => [p, `new ${p}\n`.repeat(1000)]));

/** The real fs, except that the n-th writeFileSync writes half its content to disk, then fails. */
function diskFullOnWrite(n: number): Fs {
  let calls = 0;
  return {
    renameSync: realFs.renameSync,
    rmSync: realFs.rmSync,
    writeFileSync: ((path: string, data: string) => {
      calls += 1;
      if (calls === n) {
        realFs.writeFileSync(path, data.slice(0, data.length / 2));
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
      }
      realFs.writeFileSync(path, data);
    }) as Fs['writeFileSync'],
  };
}

describe('writeAtomically', () => {
  it('replaces every file and leaves no temporary file', () => {
    writePrevious();
    const files = fresh();
    writeAtomically(files);
    expect(contents()).toEqual(Object.fromEntries(names.map((n) => [n, files.get(join(dir, n))])));
    expect(readdirSync(dir).sort()).toEqual([...names].sort());
  });

  it('keeps the previous outputs byte-identical and removes every temp file when the second write fails', () => {
    const before = writePrevious();
    expect(() => writeAtomically(fresh(), diskFullOnWrite(2))).toThrow(/ENOSPC/);
    expect(contents()).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('keeps the previous outputs when the first write fails', () => {
    const before = writePrevious();
    expect(() => writeAtomically(fresh(), diskFullOnWrite(1))).toThrow(/ENOSPC/);
    expect(contents()).toEqual(before);
  });

  it('writes temp files beside the outputs and renames none until all are written', () => {
    writePrevious();
    const events: string[] = [];
    const spy: Fs = {
      writeFileSync: ((p: string, d: string) => {
        events.push(`write ${p.replace(dir, '')}`);
        realFs.writeFileSync(p, d);
      }) as Fs['writeFileSync'],
      renameSync: (from, to) => {
        events.push(`rename ${String(from).replace(dir, '')} -> ${String(to).replace(dir, '')}`);
        realFs.renameSync(from, to);
      },
      rmSync: realFs.rmSync,
    };
    writeAtomically(fresh(), spy);
    const tmp = `.tmp-${process.pid}`;
    expect(events).toEqual([...names.map((n) => `write /${n}${tmp}`), ...names.map((n) => `rename /${n}${tmp} -> /${n}`)]);
  });
});
