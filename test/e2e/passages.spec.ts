import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './data.ts';
import { useExplorer } from './explorer.ts';

/** The records and passages as the built site serves them, read here, not through the app. */
interface Record {
  id: string;
  title: string;
  people?: string[];
  sources: { doc: string; lines: [number, number] }[];
}
const records = (
  JSON.parse(readFileSync(resolve(ROOT, 'public/data/incidents.geojson'), 'utf8')) as { features: { properties: Record }[] }
).features.map((f) => f.properties);
const passages = JSON.parse(readFileSync(resolve(ROOT, 'public/data/passages.json'), 'utf8')) as {
  [doc: string]: { lines: { [n: string]: string } };
};
const docs = Object.keys(passages).sort();

/** A record of `doc` whose first source is `doc` and whose cited lines name one of its people in full. */
function recordWithPersonIn(doc: string): { record: Record; person: string; line: string } {
  for (const record of records) {
    const source = record.sources[0];
    if (source?.doc !== doc) continue;
    for (let n = source.lines[0]; n <= source.lines[1]; n++) {
      const line = passages[doc]?.lines[String(n)] ?? '';
      const person = (record.people ?? []).find((p) => line.includes(p));
      if (person) return { record, person, line };
    }
  }
  throw new Error(`No record of ${doc} names one of its people in its cited lines`);
}

describe('the cited words in the detail', () => {
  const app = useExplorer();

  it('cover the five documents', () => {
    expect(docs).toHaveLength(5);
  });

  for (const doc of docs) {
    it(`quote a record of ${doc} with its people marked, under its source, with the credit`, async () => {
      const { record, person, line } = recordWithPersonIn(doc);
      await app.given.explorerAt(`?incident=${record.id}`, undefined, { waitForMap: false });
      const quote = app.page().getByRole('article').locator('blockquote').first();
      await quote.waitFor();
      expect(await quote.innerText()).toContain(line.slice(0, 60));
      expect(await quote.locator('mark').allInnerTexts()).toContain(person);
      const [first, last] = record.sources[0]?.lines ?? [0, 0];
      const head = await app.page().getByRole('article').locator('.citation-head').first().innerText();
      expect(head).toContain(first === last ? `line ${first}` : `lines ${first}–${last}`);
      expect(await app.then.detailText()).toContain('short extracts for citation, credited to their publishers');
      // Context lines are marked for screen readers too, not only by colour.
      const context = await quote.locator('p.context').allInnerTexts();
      for (const c of context) expect(c).toContain('(context, not cited)');
    });
  }

  it('steps to the next record citing the same document, in the order of the document', async () => {
    const doc = docs[1] ?? '';
    const citing = records
      .flatMap((r) => r.sources.filter((s) => s.doc === doc).map((s) => ({ id: r.id, first: s.lines[0], last: s.lines[1] })))
      .sort((a, b) => a.first - b.first || a.last - b.last || (a.id < b.id ? -1 : 1));
    const [here, next] = [citing[0], citing[1]];
    if (!here || !next) throw new Error(`${doc} has fewer than two records`);
    const single = records.find((r) => r.id === here.id);
    if (single?.sources.length !== 1) throw new Error(`${here.id} cites several documents; choose another`);
    await app.given.explorerAt(`?incident=${here.id}`, undefined, { waitForMap: false });
    const nav = app
      .page()
      .getByRole('article')
      .getByRole('navigation', { name: /^Other records citing/ });
    await nav.getByRole('button', { name: /^Next in this document: / }).click();
    await expect.poll(() => app.then.param('incident')).toBe(next.id);
  });
});
