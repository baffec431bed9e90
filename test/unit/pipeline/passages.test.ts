/**
 * public/data/passages.json: the cited lines of every record, with their context, and the
 * check that the committed passages still match the documents.
 */
import { describe, expect, it } from 'vitest';
import { PassageFile } from '../../../src/data/datasetSchema.ts';
import { passagesFor } from '../../../src/data/passages.ts';
import { DOC, INCIDENTS, makeRoot, NOTHING_WRITTEN } from './fixtureRoot.ts';

function built() {
  const fixture = makeRoot();
  expect(fixture.run().code).toBe(0);
  const file = PassageFile.parse(JSON.parse(fixture.read('public/data/passages.json')));
  return { fixture, file };
}

describe('passages.json', () => {
  it('quotes each cited line with the nearest non-blank line either side as context', () => {
    const { file } = built();
    // Line 2 is blank: the context before line 3 is line 1.
    expect(passagesFor(file, { sources: [{ doc: DOC, lines: [3, 3] }] })).toEqual([
      {
        doc: DOC,
        first: 3,
        last: 3,
        lines: [
          { n: 1, text: 'Fake Rights Watch: a made-up document for the pipeline tests. Nothing in it happened.', context: true },
          {
            n: 3,
            text: 'On August 8, 2011, police in Almaty held the activist Aigul Testova during her one-person picket.',
            context: false,
          },
          { n: 4, text: 'In May 2011, the authorities of Mangystau Region fined dozens of striking oil workers.', context: true },
        ],
      },
    ]);
  });

  it('has no context after the last line of a document', () => {
    const { file } = built();
    const [passage] = passagesFor(file, { sources: [{ doc: DOC, lines: [9, 9] }] });
    expect(passage?.lines.map((l) => [l.n, l.context])).toEqual([
      [7, true],
      [9, false],
    ]);
  });

  it('stores each cited range once and each line once, for incidents and context records alike', () => {
    const { file } = built();
    expect(Object.keys(file)).toEqual([DOC]);
    // 3, 4, 5, 7, 9 are incidents' ranges; 6 is the context record's.
    expect(Object.keys(file[DOC]?.passages ?? {})).toEqual(['3-3', '4-4', '5-5', '6-6', '7-7', '9-9']);
    expect(Object.keys(file[DOC]?.lines ?? {})).toEqual(['1', '3', '4', '5', '6', '7', '9']);
  });

  it('fails the check, naming each record and the document, when a document no longer matches its passages', () => {
    const { fixture } = built();
    const seed = `seeds/${DOC}`;
    fixture.write(seed, fixture.read(seed).replace('it had printed nationwide', 'it had printed in two regions'));
    const moved = (record: string, file: string, line: number, range: string) =>
      `${file}:${line} record "${record}" field "sources.0": the passage committed in public/data/passages.json for lines ${range} of ${DOC} no longer matches the document: re-read the record against ${DOC}, fix its lines if they moved, then run npm run data`;
    // Line 5 is cited by one record, and is the context of the records citing lines 4 and 6.
    expect(fixture.run({ check: true })).toEqual({
      code: 1,
      log: [
        moved('2011-05-mangystau-strikers-fined', INCIDENTS, 23, '4-4'),
        moved('2011-test-weekly-closed', INCIDENTS, 34, '5-5'),
        moved('2011-06-test-procedures-law', 'data/context/000_a1b2c3d4e5f60718.yaml', 6, '6-6'),
        NOTHING_WRITTEN(3),
      ],
    });
  });

  it('passes the check when the documents are unchanged', () => {
    const { fixture } = built();
    expect(fixture.run({ check: true }).code).toBe(0);
  });
});
