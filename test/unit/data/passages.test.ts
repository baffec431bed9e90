import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/data/DatasetError.ts';
import type { PassageFile } from '../../../src/data/datasetSchema.ts';
import { loadPassages } from '../../../src/data/loadPassages.ts';
import { passagesFor, recordsCitingDoc } from '../../../src/data/passages.ts';

const DOC = '000_6711e81a8e671186.txt';
const OTHER = '001_0c2a45d908040ec7.txt';

/** Lines 1-5 of a document where 2 is blank: "1-1" and "3-4" are cited, "3-4" has 1 and 5 as context. */
const FILE: PassageFile = {
  [DOC]: {
    passages: { '1-1': [1, 3], '3-4': [1, 5] },
    lines: { '1': 'Title line.', '3': 'First cited.', '4': 'Second cited.', '5': 'After.' },
  },
};

const fetchOf = (body: string, status = 200): typeof fetch => (async () => new Response(body, { status })) as typeof fetch;

describe('passagesFor', () => {
  it('gives the cited lines with their context marked, skipping blank lines', () => {
    expect(passagesFor(FILE, { sources: [{ doc: DOC, lines: [3, 4] }] })).toEqual([
      {
        doc: DOC,
        first: 3,
        last: 4,
        lines: [
          { n: 1, text: 'Title line.', context: true },
          { n: 3, text: 'First cited.', context: false },
          { n: 4, text: 'Second cited.', context: false },
          { n: 5, text: 'After.', context: true },
        ],
      },
    ]);
  });

  it('gives one passage per source, in the order of the sources', () => {
    const got = passagesFor(FILE, {
      sources: [
        { doc: DOC, lines: [3, 4] },
        { doc: DOC, lines: [1, 1] },
      ],
    });
    expect(got.map((p) => [p.first, p.lines.map((l) => l.n)])).toEqual([
      [3, [1, 3, 4, 5]],
      [1, [1, 3]],
    ]);
  });

  it("gives no lines for a range the file does not hold, rather than someone else's words", () => {
    expect(passagesFor(FILE, { sources: [{ doc: OTHER, lines: [3, 4] }] })[0]?.lines).toEqual([]);
    expect(passagesFor(FILE, { sources: [{ doc: DOC, lines: [3, 3] }] })[0]?.lines).toEqual([]);
  });
});

describe('recordsCitingDoc', () => {
  it('lists the records citing a document in the order of the document, once per cited range', () => {
    const records = [
      { id: 'b', sources: [{ doc: DOC, lines: [9, 9] as [number, number] }] },
      {
        id: 'a',
        sources: [
          { doc: OTHER, lines: [1, 1] as [number, number] },
          { doc: DOC, lines: [3, 4] as [number, number] },
        ],
      },
      {
        id: 'c',
        sources: [
          { doc: DOC, lines: [3, 4] as [number, number] },
          { doc: DOC, lines: [12, 12] as [number, number] },
        ],
      },
    ];
    expect(recordsCitingDoc(records, DOC).map((r) => [r.record.id, r.first, r.last])).toEqual([
      ['a', 3, 4],
      ['c', 3, 4],
      ['b', 9, 9],
      ['c', 12, 12],
    ]);
  });
});

describe('loadPassages', () => {
  it('loads a valid file', async () => {
    expect(await loadPassages('/d/', fetchOf(JSON.stringify(FILE)))).toEqual(FILE);
  });

  it('names the file when it is damaged or wrongly shaped', async () => {
    await expect(loadPassages('/d/', fetchOf('{"000_'))).rejects.toThrow(
      new DatasetError('/d/passages.json: not valid JSON (truncated or damaged)'),
    );
    await expect(
      loadPassages('/d/', fetchOf(JSON.stringify({ [DOC]: { passages: { '3-4': [1] }, lines: {} } }))),
    ).rejects.toThrow(/^\/d\/passages\.json: 000_6711e81a8e671186\.txt\.passages\.3-4/);
    await expect(loadPassages('/d/', fetchOf('', 404))).rejects.toThrow('/d/passages.json: the server answered 404');
  });
});
