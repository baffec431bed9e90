import { describe, expect, it } from 'vitest';
import { formatError, type DataError } from '../../../data/pipeline/DataError.ts';
import { readYamlList } from '../../../data/pipeline/readYamlList.ts';

describe('readYamlList', () => {
  it('keeps the line of each record and of each of its keys', () => {
    const errors: DataError[] = [];
    const text = '# a comment\n- id: a\n  date: 2011\n\n- id: b\n  sources:\n    - { doc: x, lines: [1, 2] }\n';
    expect(readYamlList('f.yaml', errors, text)).toEqual([
      { file: 'f.yaml', line: 2, value: { id: 'a', date: 2011 }, fieldLines: { id: 2, date: 3 } },
      { file: 'f.yaml', line: 5, value: { id: 'b', sources: [{ doc: 'x', lines: [1, 2] }] }, fieldLines: { id: 5, sources: 6 } },
    ]);
    expect(errors).toEqual([]);
  });

  it('reports a duplicate key with its line and record', () => {
    const errors: DataError[] = [];
    expect(readYamlList('f.yaml', errors, '- id: a\n  date: 2011\n  date: 2012\n')).toEqual([]);
    expect(errors).toEqual([
      { file: 'f.yaml', line: 3, record: 'a', message: 'YAML syntax: Map keys must be unique at line 3, column 3:' },
    ]);
  });

  it('asks for a list when the file holds a mapping', () => {
    const errors: DataError[] = [];
    expect(readYamlList('f.yaml', errors, 'id: a\n')).toEqual([]);
    expect(errors.map(formatError)).toEqual(['f.yaml:1: expected a list of records ("- id: ...")']);
  });

  it('reads an empty file as no records', () => {
    const errors: DataError[] = [];
    expect(readYamlList('f.yaml', errors, '# nothing yet\n')).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('formatError', () => {
  it('writes file:line record "id" field "f": message', () => {
    expect(formatError({ file: 'a.yaml', line: 3, record: 'x', field: 'type', message: 'bad' })).toBe(
      'a.yaml:3 record "x" field "type": bad',
    );
  });

  it('leaves out what it does not know', () => {
    expect(formatError({ file: 'a.json', message: 'cannot read' })).toBe('a.json: cannot read');
    expect(formatError({ file: 'a.json', record: '#2', message: 'bad' })).toBe('a.json record "#2": bad');
  });
});

describe('readYamlList on an indentation error', () => {
  const records = '- id: first\n  date: 2011\n  title: T\n\n- id: second\n  date: 2012\n';

  it('points at the line indented too far, not the one before it, and names its record', () => {
    const errors: DataError[] = [];
    readYamlList('f.yaml', errors, `${records}   title: moved one space right\n  summary: S\n`);
    expect(errors.map(formatError)).toEqual([
      'f.yaml:7 record "second": YAML syntax: this line is indented more than the one before it (3 spaces), ' +
        'so it reads as the continuation of that line: give it the indentation of the fields around it',
    ]);
  });

  it('points at a line indented too little and names its record', () => {
    const errors: DataError[] = [];
    readYamlList('f.yaml', errors, `${records} title: moved one space left\n  summary: S\n`);
    expect(errors[0]).toMatchObject({ line: 7, record: 'second' });
  });
});
