import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleFiles } from '../../../data/pipeline/staleFiles.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kz-stale-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('staleFiles', () => {
  it('lists the outputs that differ from the committed files or are missing, and only those', () => {
    writeFileSync(join(dir, 'same.json'), 'a\n');
    writeFileSync(join(dir, 'changed.json'), 'old\n');
    const outputs = new Map([
      [join(dir, 'same.json'), 'a\n'],
      [join(dir, 'changed.json'), 'new\n'],
      [join(dir, 'missing.json'), 'b\n'],
    ]);
    expect(staleFiles(outputs)).toEqual([join(dir, 'changed.json'), join(dir, 'missing.json')]);
  });
});
