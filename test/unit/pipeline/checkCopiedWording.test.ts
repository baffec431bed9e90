import { describe, expect, it } from 'vitest';
import { findCopiedRun } from '../../../data/pipeline/checkCopiedWording.ts';

const DOC = '001_0c2a45d908040ec7.txt';
// As a PDF extraction breaks lines: mid-sentence, and a word split by a hyphen.
const LINES = [
  'Heading',
  'On August 8 union lawyer Natalia Sokolova was sen-',
  'tenced to six years in prison and banned from civil work for three years.',
];
const docs = [{ doc: DOC, lines: LINES }];

describe('findCopiedRun', () => {
  it('finds a run that crosses a line break and a hyphenated word, and names its first line', () => {
    expect(findCopiedRun('On August 8 union lawyer Natalia Sokolova was sentenced to six years in prison.', docs)).toEqual({
      doc: DOC,
      line: 2,
      words: 'on august 8 union lawyer natalia sokolova was sentenced to six years in prison',
    });
  });

  it('compares words, not case, accents or punctuation', () => {
    expect(findCopiedRun('8: UNION lawyer Natália Sokolova — was sentenced, to six years "in prison"', docs)?.words).toBe(
      '8 union lawyer natalia sokolova was sentenced to six years in prison',
    );
  });

  it('allows eleven consecutive words of the source', () => {
    expect(findCopiedRun('Natalia Sokolova was sentenced to six years in prison and banned for life.', docs)).toBeNull();
  });
});
