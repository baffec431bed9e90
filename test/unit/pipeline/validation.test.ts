/**
 * Every check on the curated input, through runPipeline: the exact lines a curator reads,
 * the exit code, and that nothing is written. Each broken file is in
 * test/fixtures/pipeline/broken/<case>/, laid over a copy of the valid fixture root.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC, INCIDENTS, makeRoot, NOTHING_WRITTEN, ALL_OUTPUTS } from './fixtureRoot.ts';

const TESTOVA = 'record "2011-08-08-testova-detained-almaty"';
const WEEKLY = 'record "2011-test-weekly-closed"';
const CALENDAR = 'not a calendar date (month 01-12, day within the month)';
const TYPES =
  '"journalist_attack"|"protest"|"detention"|"prosecution"|"extradition"|"media_restriction"|"organization_ban"|"killing"|"torture"';

/** Runs the pipeline on the valid root with the overlay laid over it; it must fail and write nothing. */
function rejects(overlay: string): string[] {
  const fixture = makeRoot(overlay);
  const { code, log } = fixture.run();
  expect(code).toBe(1);
  expect(fixture.outputDir()).toEqual([]);
  return log;
}

describe('broken input', () => {
  it('names the record, field and line of an unknown type', () => {
    expect(rejects('unknown-type')).toEqual([
      `${INCIDENTS}:4 ${TESTOVA} field "type": Invalid option: expected one of ${TYPES}`,
      NOTHING_WRITTEN(1),
    ]);
  });

  it('rejects month 13 ("2011-13") as not a calendar date', () => {
    expect(rejects('date-month-13')).toEqual([`${INCIDENTS}:2 ${TESTOVA} field "date": ${CALENDAR}`, NOTHING_WRITTEN(1)]);
  });

  it('rejects a day-first date ("11-08-2011") as not ISO 8601', () => {
    expect(rejects('date-day-first')).toEqual([
      `${INCIDENTS}:2 ${TESTOVA} field "date": YYYY, YYYY-MM or YYYY-MM-DD`,
      `${INCIDENTS}:2 ${TESTOVA} field "date": ${CALENDAR}`,
      NOTHING_WRITTEN(2),
    ]);
  });

  it('rejects an impossible day (2011-02-30)', () => {
    expect(rejects('date-february-30')).toEqual([`${INCIDENTS}:2 ${TESTOVA} field "date": ${CALENDAR}`, NOTHING_WRITTEN(1)]);
  });

  it('names an unknown place and says how to add it', () => {
    expect(rejects('unknown-place')).toEqual([
      `${INCIDENTS}:9 ${TESTOVA} field "place_id": unknown place "alma-ata": add it to data/places.yaml (npm run place -- <name>)`,
      NOTHING_WRITTEN(1),
    ]);
  });

  it('rejects a town in places.yaml whose point is outside Kazakhstan', () => {
    expect(rejects('town-outside-kazakhstan')).toEqual([
      'data/places.yaml:30 record "bishkek" field "lon": point 74.59, 42.87 is outside Kazakhstan: check the coordinates',
      NOTHING_WRITTEN(1),
    ]);
  });

  it('rejects an id used again in another file, pointing at its first use', () => {
    expect(rejects('duplicate-id')).toEqual([
      `data/incidents/001_b2c3d4e5f6071829.yaml:2 ${WEEKLY} field "id": duplicate id, first used at ${INCIDENTS}:26: ids are never reused`,
      NOTHING_WRITTEN(1),
    ]);
  });

  it('rejects a record with no source (sources: [])', () => {
    expect(rejects('no-source')).toEqual([
      `${INCIDENTS}:7 ${WEEKLY} field "sources": every record needs at least one source`,
      NOTHING_WRITTEN(1),
    ]);
  });

  it('rejects a source line range that runs past the end of the document, at the line of sources', () => {
    expect(rejects('range-past-end')).toEqual([
      `${INCIDENTS}:8 ${WEEKLY} field "sources.0.lines": lines 5-12 run past the end of ${DOC} (9 lines)`,
      NOTHING_WRITTEN(1),
    ]);
  });

  it('counts the lines of a document ending in a newline as grep -n does', () => {
    const fixture = makeRoot();
    appendFileSync(join(fixture.seedsDir, DOC), '\n');
    // The document still has 9 lines: citing line 10 must fail.
    fixture.write(INCIDENTS, fixture.read(INCIDENTS).replace('lines: [5, 5]', 'lines: [5, 10]'));
    expect(fixture.run()).toEqual({
      code: 1,
      log: [
        `${INCIDENTS}:34 ${WEEKLY} field "sources.0.lines": lines 5-10 run past the end of ${DOC} (9 lines)`,
        NOTHING_WRITTEN(1),
      ],
    });
  });

  it("rejects a source range whose lines name none of the record's people or place", () => {
    expect(rejects('range-names-nobody')).toEqual([
      `${INCIDENTS}:10 ${TESTOVA} field "sources.0.lines": lines 5-5 of ${DOC} name none of the record's people or place (testova, almaty, alma-ata): check the range`,
      NOTHING_WRITTEN(1),
    ]);
  });

  it('names an unknown field, at its own line', () => {
    expect(rejects('unknown-field')).toEqual([`${INCIDENTS}:8 ${TESTOVA}: unknown field(s) victims`, NOTHING_WRITTEN(1)]);
  });

  it('rejects a subtype of another type and lists the subtypes of the type', () => {
    expect(rejects('subtype-of-another-type')).toEqual([
      `${INCIDENTS}:5 record "2011-05-mangystau-strikers-fined" field "subtype": "fine" is not a subtype of detention; use one of arrest, administrative_arrest, pretrial_detention, house_arrest, psychiatric_detention, sentence, appeal, parole_denied, transfer, release, detention`,
      NOTHING_WRITTEN(1),
    ]);
  });

  it('rejects an extradition without other_country', () => {
    expect(rejects('extradition-without-country')).toEqual([
      `${INCIDENTS}:1 record "2012-04-fakeev-extradited-uzbekistan" field "other_country": extraditions need the other country (or unknown)`,
      NOTHING_WRITTEN(1),
    ]);
  });

  it('reports every problem of a file in one run', () => {
    expect(rejects('three-broken')).toEqual([
      `${INCIDENTS}:4 ${TESTOVA} field "type": Invalid option: expected one of ${TYPES}`,
      `${INCIDENTS}:14 record "2011-05-mangystau-strikers-fined" field "date": ${CALENDAR}`,
      `${INCIDENTS}:29 ${WEEKLY} field "sources": every record needs at least one source`,
      NOTHING_WRITTEN(3),
    ]);
  });

  it('refuses a linked town that is the place, a region, not in the cited lines or unknown', () => {
    const linked = (line: number, record: string, i: number, message: string) =>
      `${INCIDENTS}:${line} record "${record}" field "linked_places.${i}.place_id": ${message}`;
    expect(rejects('linked-places')).toEqual([
      linked(
        10,
        '2011-08-08-testova-detained-almaty',
        0,
        '"almaty" is already the incident\'s place: a linked town is one the incident is not placed in',
      ),
      linked(
        21,
        '2011-05-mangystau-strikers-fined',
        0,
        '"mangystau-region" is a region: a linked place is a town (leave regions to place_id)',
      ),
      linked(
        32,
        '2011-test-weekly-closed',
        0,
        'the cited lines name "zhanaozen" in none of its spellings (Zhanaozen, Janaozen): a linked town must be tied to the incident in the cited lines; add the spelling to data/places.yaml or drop the link',
      ),
      linked(32, '2011-test-weekly-closed', 1, 'unknown place "alma-ata": add it to data/places.yaml (npm run place -- <name>)'),
      NOTHING_WRITTEN(4),
    ]);
  });

  it('refuses a summary that repeats twelve or more consecutive words of its source, naming them', () => {
    expect(rejects('copied-summary')).toEqual([
      `${INCIDENTS}:8 ${TESTOVA} field "summary": repeats 17 consecutive words of ${DOC} (line 3): "on august 8 2011 police in almaty held the activist aigul testova during her one person picket"; say it in our own words (at most 11 words in a row from the source)`,
      NOTHING_WRITTEN(1),
    ]);
  });

  it('reports problems in several files in one run', () => {
    const fixture = makeRoot('town-outside-kazakhstan', 'duplicate-id');
    const context = 'data/context/000_a1b2c3d4e5f60718.yaml';
    fixture.write(context, fixture.read(context).replace('kind: law', 'kind: decree'));
    expect(fixture.run()).toEqual({
      code: 1,
      log: [
        'data/places.yaml:30 record "bishkek" field "lon": point 74.59, 42.87 is outside Kazakhstan: check the coordinates',
        `data/incidents/001_b2c3d4e5f6071829.yaml:2 ${WEEKLY} field "id": duplicate id, first used at ${INCIDENTS}:26: ids are never reused`,
        `${context}:3 record "2011-06-test-procedures-law" field "kind": Invalid option: expected one of "law"|"election"|"statement"|"visit"|"other"`,
        NOTHING_WRITTEN(3),
      ],
    });
  });

  it('leaves the previous output byte-identical when the input becomes invalid', () => {
    const fixture = makeRoot();
    expect(fixture.run().code).toBe(0);
    const before = fixture.outputs();
    fixture.overlay('three-broken');
    expect(fixture.run().code).toBe(1);
    expect(fixture.outputs()).toEqual(before);
    expect(fixture.outputDir()).toEqual(ALL_OUTPUTS);
  });
});

describe('YAML syntax errors', () => {
  it('names the file, line and record of a syntax error in an incidents file', () => {
    expect(rejects('yaml-syntax')).toEqual([
      `${INCIDENTS}:6 record "2011-test-weekly-closed": YAML syntax: Nested mappings are not allowed in compact mappings at line 6, column 10:`,
      NOTHING_WRITTEN(1),
    ]);
  });

  it('names the file and line of a syntax error in places.yaml', () => {
    const log = rejects('yaml-syntax-places');
    expect(log[0]).toMatch(/^data\/places\.yaml:17 record "[^"]+": YAML syntax: /);
    expect(log[0]).toContain('YAML syntax: Sequence item without - indicator at line 17, column 1:');
    expect(log.at(-1)).toBe(NOTHING_WRITTEN(log.length - 1));
  });
});
