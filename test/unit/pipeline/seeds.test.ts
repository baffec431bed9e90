import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC, INCIDENTS, makeRoot, NOTHING_WRITTEN, ALL_OUTPUTS } from './fixtureRoot.ts';

const TYPES =
  '"journalist_attack"|"protest"|"detention"|"prosecution"|"extradition"|"media_restriction"|"organization_ban"|"killing"|"torture"';
const note = (dir: string) =>
  `note: ${dir} not found, so the cited lines (their range, the names in them, copied wording) are not checked against the documents and the committed passages are kept; everything else is.`;

/** A valid root that was once built with the documents, so its passages are committed. */
function builtRoot(...overlays: string[]) {
  const fixture = makeRoot();
  expect(fixture.run().code).toBe(0);
  for (const name of overlays) fixture.overlay(name);
  return fixture;
}

describe('without the seeds folder', () => {
  it('logs one note about the missing folder and still writes a valid root', () => {
    const fixture = builtRoot();
    const missing = join(fixture.root, 'no-such-seeds');
    expect(fixture.run({ seedsDir: missing })).toEqual({
      code: 0,
      log: [note(missing), 'data: wrote 5 incidents, 1 context records to public/data/.'],
    });
    expect(fixture.outputDir()).toEqual(ALL_OUTPUTS);
  });

  it('writes the same bytes as a run with the seeds, keeping the committed passages', () => {
    const withSeeds = makeRoot();
    expect(withSeeds.run().code).toBe(0);
    const without = builtRoot();
    without.write('public/data/incidents.geojson', '');
    expect(without.run({ seedsDir: join(without.root, 'no-such-seeds') }).code).toBe(0);
    expect(without.outputs()).toEqual(withSeeds.outputs());
  });

  it('refuses to build when no passages were ever written, and says where to run it', () => {
    const fixture = makeRoot();
    const missing = join(fixture.root, 'no-such-seeds');
    expect(fixture.run({ seedsDir: missing })).toEqual({
      code: 1,
      log: [
        note(missing),
        'public/data/passages.json: missing, and without ../shared/seeds it cannot be written: run npm run data where the documents are',
        NOTHING_WRITTEN(1),
      ],
    });
    expect(fixture.outputDir()).toEqual([]);
  });

  it('still rejects an unknown type, after the one note', () => {
    const fixture = builtRoot('unknown-type');
    const missing = join(fixture.root, 'no-such-seeds');
    expect(fixture.run({ seedsDir: missing })).toEqual({
      code: 1,
      log: [
        note(missing),
        `${INCIDENTS}:4 record "2011-08-08-testova-detained-almaty" field "type": Invalid option: expected one of ${TYPES}`,
        NOTHING_WRITTEN(1),
      ],
    });
  });

  it('cannot tell a range past the end, but names the record whose range has no committed passage', () => {
    const fixture = builtRoot('range-past-end');
    const missing = join(fixture.root, 'no-such-seeds');
    expect(fixture.run({ seedsDir: missing })).toEqual({
      code: 1,
      log: [
        note(missing),
        `${INCIDENTS}:8 record "2011-test-weekly-closed" field "sources.0": public/data/passages.json has no passage for lines 5-12 of ${DOC}, and without ../shared/seeds it cannot be written: run npm run data where the documents are`,
        NOTHING_WRITTEN(1),
      ],
    });
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
