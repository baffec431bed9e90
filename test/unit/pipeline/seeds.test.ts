import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INCIDENTS, makeRoot, NOTHING_WRITTEN } from './fixtureRoot.ts';

const TYPES =
  '"journalist_attack"|"protest"|"detention"|"prosecution"|"extradition"|"media_restriction"|"organization_ban"|"killing"|"torture"';
const note = (dir: string) =>
  `note: ${dir} not found, so source line ranges are not checked against the documents; everything else is.`;

describe('without the seeds folder', () => {
  it('logs one note about the missing folder and still writes a valid root', () => {
    const fixture = makeRoot();
    const missing = join(fixture.root, 'no-such-seeds');
    expect(fixture.run({ seedsDir: missing })).toEqual({
      code: 0,
      log: [note(missing), 'data: wrote 5 incidents, 1 context records to public/data/.'],
    });
    expect(fixture.outputDir()).toEqual(['context.json', 'coverage.json', 'incidents.geojson', 'sources.json']);
  });

  it('writes the same bytes as a run with the seeds', () => {
    const withSeeds = makeRoot();
    const without = makeRoot();
    expect(withSeeds.run().code).toBe(0);
    expect(without.run({ seedsDir: join(without.root, 'no-such-seeds') }).code).toBe(0);
    expect(without.outputs()).toEqual(withSeeds.outputs());
  });

  it('still rejects an unknown type, after the one note', () => {
    const fixture = makeRoot('unknown-type');
    const missing = join(fixture.root, 'no-such-seeds');
    expect(fixture.run({ seedsDir: missing })).toEqual({
      code: 1,
      log: [
        note(missing),
        `${INCIDENTS}:4 record "2011-08-08-testova-detained-almaty" field "type": Invalid option: expected one of ${TYPES}`,
        NOTHING_WRITTEN(1),
      ],
    });
    expect(fixture.outputDir()).toEqual([]);
  });

  it('does not check source line ranges, which need the documents', () => {
    const fixture = makeRoot('range-past-end');
    const missing = join(fixture.root, 'no-such-seeds');
    const { code, log } = fixture.run({ seedsDir: missing });
    expect(code).toBe(0);
    expect(log.filter((l) => l.startsWith('note:'))).toEqual([note(missing)]);
  });

  it('in check mode, logs the note once and still compares the outputs', () => {
    const fixture = makeRoot();
    expect(fixture.run().code).toBe(0);
    const missing = join(fixture.root, 'no-such-seeds');
    expect(fixture.run({ seedsDir: missing, check: true })).toEqual({
      code: 0,
      log: [note(missing), 'data: 5 incidents, outputs up to date.'],
    });
  });
});
