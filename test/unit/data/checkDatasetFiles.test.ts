import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkContext, checkCoverage, checkSources } from '../../../src/data/checkDatasetFiles.ts';
import { ContextList, CoverageFile, SourceDocument } from '../../../src/data/datasetSchema.ts';
import { DatasetError } from '../../../src/data/DatasetError.ts';

// The app checks these files with plain comparisons (checkDatasetFiles.ts); the pipeline
// writes them with the zod schema (datasetSchema.ts). Each case runs both, so they cannot drift.
const ROOT = resolve(import.meta.dirname, '../../..');
const real = (file: string): unknown => JSON.parse(readFileSync(resolve(ROOT, 'public/data', file), 'utf8'));

type Json = Record<string, unknown> & unknown[];
const FILES = {
  'sources.json': { schema: z.array(SourceDocument), check: checkSources },
  'context.json': { schema: ContextList, check: checkContext },
  'coverage.json': { schema: CoverageFile, check: checkCoverage },
} as const;
type File = keyof typeof FILES;

/** The real file with `change` made to a copy of it. */
function changed(file: File, change: (data: Json) => void): unknown {
  const data = structuredClone(real(file)) as Json;
  change(data);
  return data;
}

/** What the plain check says: the value it returns, or the DatasetError's message. */
function plain(file: File, value: unknown): { ok: unknown } | { error: string } {
  try {
    return { ok: FILES[file].check(value, `data/${file}`) };
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return { error: (e as Error).message };
  }
}

const document = (d: Json) => d[1] as Json;
const coverageOf = (d: Json) => (d[1] as Json).coverage as Json;
const event = (d: Json) => d[2] as Json;
const year = (d: Json) => (d.years as Json[])[3] as Json;

// Files the schema accepts: the plain check accepts them too, and returns what the schema returns.
const good: [File, string, (d: Json) => void][] = [
  ['sources.json', 'as committed', () => undefined],
  ['sources.json', 'a document published on an unknown date', (d) => (document(d).published = 'unknown')],
  ['sources.json', 'a document without a note', (d) => delete document(d).note],
  ['sources.json', 'a coverage of one month', (d) => (coverageOf(d).to = coverageOf(d).from)],
  ['context.json', 'as committed', () => undefined],
  ['context.json', 'an event with a field the app does not know (left behind)', (d) => (event(d).extra = 1)],
  ['context.json', 'no events', (d) => d.splice(0)],
  ['coverage.json', 'as committed', () => undefined],
  ['coverage.json', 'a year no document covers', (d) => ((year(d).docs as Json).length = 0)],
];

// Files the schema refuses: the plain check refuses them too, naming the file, the field and the record.
const bad: [File, string, (d: Json) => void, RegExp][] = [
  ['sources.json', 'a doc that is not a seed file', (d) => (document(d).doc = 'x.txt'), /: doc, document 2: a seed file name/],
  [
    'sources.json',
    'a one-letter title',
    (d) => (document(d).title = 'x'),
    /: title, document 2 \(\d{3}_\w+\.txt\): text of at least 2/,
  ],
  ['sources.json', 'no publisher', (d) => delete document(d).publisher, /: publisher, document 2 \(.+\): text of at least 2/],
  [
    'sources.json',
    'a published day that does not exist',
    (d) => (document(d).published = '2011-02-30'),
    /: published, document 2 \(.+\): not a calendar date.*, or "unknown"$/,
  ],
  [
    'sources.json',
    'a short period',
    (d) => (document(d).period = '2011'.slice(0, 3)),
    /: period, document 2 \(.+\): text of at least 4/,
  ],
  ['sources.json', 'a note that is null', (d) => (document(d).note = null), /: note, document 2 \(.+\): text$/],
  [
    'sources.json',
    'a field too many',
    (d) => (document(d).url = 'https://example.org'),
    /: url, document 2 \(.+\): not a field of this record/,
  ],
  ['sources.json', 'no coverage', (d) => delete document(d).coverage, /: coverage, document 2 \(.+\): an object with kind/],
  [
    'sources.json',
    'a coverage kind outside the codebook',
    (d) => (coverageOf(d).kind = 'yearly'),
    /: coverage\.kind, document 2 \(.+\): one of annual, selective, compilation$/,
  ],
  [
    'sources.json',
    'a month 13',
    (d) => (coverageOf(d).from = '2011-13'),
    /: coverage\.from, document 2 \(.+\): a month as YYYY-MM/,
  ],
  [
    'sources.json',
    'a period that ends before it starts',
    (d) => Object.assign(coverageOf(d), { from: '2012-01', to: '2011-12' }),
    /: coverage\.to, document 2 \(.+\): from is after to$/,
  ],
  [
    'sources.json',
    'a coverage note of two letters',
    (d) => (coverageOf(d).note = 'ok'),
    /: coverage\.note, document 2 \(.+\): text of at least 4/,
  ],
  [
    'sources.json',
    'a coverage field too many',
    (d) => (coverageOf(d).level = 'full'),
    /: coverage\.level, document 2 \(.+\): not a field/,
  ],
  ['context.json', 'an event that is text', (d) => (d[2] = 'Zhanaozen'), /: event 3: an object with id/],
  ['context.json', 'an id that is a number', (d) => (event(d).id = 7), /: id, event 3: text$/],
  ['context.json', 'no title', (d) => delete event(d).title, /: title, event 3 \([a-z0-9-]+\): text$/],
  [
    'context.json',
    'a date in another form',
    (d) => (event(d).date = '16.12.2011'),
    /: date, event 3 \(.+\): YYYY, YYYY-MM or YYYY-MM-DD$/,
  ],
  [
    'context.json',
    'a day that does not exist',
    (d) => (event(d).date = '2011-04-31'),
    /: date, event 3 \(.+\): not a calendar date/,
  ],
  ['context.json', 'no sources', (d) => (event(d).sources = []), /: sources, event 3 \(.+\): a list of at least one source$/],
  [
    'context.json',
    'lines the wrong way round',
    (d) => ((event(d).sources as Json[])[0]!.lines = [9, 3]),
    /: sources\[0\]\.lines, event 3 \(.+\): first line after last line$/,
  ],
  [
    'context.json',
    'a line 0',
    (d) => ((event(d).sources as Json[])[0]!.lines = [0, 3]),
    /: sources\[0\]\.lines, event 3 \(.+\): two line numbers of at least 1$/,
  ],
  [
    'context.json',
    'three line numbers',
    (d) => ((event(d).sources as Json[])[0]!.lines = [1, 2, 3]),
    /: sources\[0\]\.lines, event 3/,
  ],
  [
    'context.json',
    'a source with a field too many',
    (d) => ((event(d).sources as Json[])[0]!.page = 4),
    /: sources\[0\]\.page, event 3 \(.+\): not a field/,
  ],
  [
    'context.json',
    'a source that is not a seed file',
    (d) => ((event(d).sources as Json[])[0]!.doc = '../x'),
    /: sources\[0\]\.doc, event 3 \(.+\): a seed file name/,
  ],
  ['coverage.json', 'a list for the file', (d) => (d.years = undefined), /^data\/coverage\.json: years: a list of records/],
  ['coverage.json', 'a field too many in the file', (d) => (d.note = 'x'), /^data\/coverage\.json: note: not a field/],
  ['coverage.json', 'a year with a fraction', (d) => (year(d).year = 2011.5), /: year, entry 4: a whole number$/],
  [
    'coverage.json',
    'a level outside the codebook',
    (d) => (year(d).level = 'some'),
    /: level, entry 4 \(year \d{4}\): one of full, partial, none$/,
  ],
  [
    'coverage.json',
    'a doc that is not a seed file',
    (d) => ((year(d).docs as Json[])[0]!.doc = 'x'),
    /: docs\[0\]\.doc, entry 4 \(year \d{4}\): a seed file name/,
  ],
  [
    'coverage.json',
    'a how outside the codebook',
    (d) => ((year(d).docs as Json[])[0]!.how = 'full'),
    /: docs\[0\]\.how, entry 4 \(.+\): one of annual, period, passing$/,
  ],
  ['coverage.json', 'a year with a field too many', (d) => (year(d).count = 3), /: count, entry 4 \(.+\): not a field/],
];

describe('the plain checks of sources.json, context.json and coverage.json', () => {
  for (const [file, what, change] of good) {
    it(`accept what the schema accepts: ${file}, ${what}`, () => {
      const value = changed(file, change);
      const schema = z.safeParse(FILES[file].schema as z.ZodMiniType, value);
      expect(schema.success).toBe(true);
      expect(plain(file, value)).toEqual({ ok: schema.data });
    });
  }

  const whole: [File, unknown, string][] = [
    ['sources.json', { documents: [] }, 'data/sources.json: the file: a list of records (document 1, document 2, …)'],
    ['context.json', null, 'data/context.json: the file: a list of records (event 1, event 2, …)'],
    ['coverage.json', [], 'data/coverage.json: the file: an object with years'],
  ];
  for (const [file, value, message] of whole) {
    it(`refuse a file of another shape, saying what it should be: ${file}`, () => {
      expect(z.safeParse(FILES[file].schema as z.ZodMiniType, value).success).toBe(false);
      expect(plain(file, value)).toEqual({ error: message });
    });
  }

  for (const [file, what, change, message] of bad) {
    it(`refuse what the schema refuses, naming file, field and record: ${file}, ${what}`, () => {
      const value = changed(file, change);
      expect(z.safeParse(FILES[file].schema as z.ZodMiniType, value).success).toBe(false);
      const result = plain(file, value);
      expect(result).toHaveProperty('error');
      const error = (result as { error: string }).error;
      expect(error.startsWith(`data/${file}: `)).toBe(true);
      expect(error).toMatch(message);
    });
  }
});
