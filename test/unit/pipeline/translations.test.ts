/**
 * The checks of our Russian and Kazakh texts, called with `required` true whatever the switch
 * (TRANSLATIONS_REQUIRED) says today, and the people table through the pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { DataError } from '../../../data/pipeline/DataError.ts';
import { formatError } from '../../../data/pipeline/DataError.ts';
import { readYamlList } from '../../../data/pipeline/readYamlList.ts';
import { PlaceRecord } from '../../../data/pipeline/schema.ts';
import {
  checkPeople,
  checkPeopleOf,
  checkPeopleUsed,
  checkPlaceNames,
  checkRecordTranslations,
} from '../../../data/pipeline/translations.ts';
import { INCIDENTS, makeRoot } from './fixtureRoot.ts';

const FILE = 'data/incidents/x.yaml';

/** Runs a record check on a fixture record, reporting as the pipeline does. */
function reports(run: (at: (field: string, message: string) => void) => void): string[] {
  const errors: DataError[] = [];
  run((field, message) => errors.push({ file: FILE, line: 7, record: '2011-test-record', field, message }));
  return errors.map(formatError);
}

const ENGLISH_ONLY = {};
const TRANSLATED = {
  title_ru: 'Суд закрыл газету',
  title_kk: 'Сот газетті жапты',
  summary_ru: 'Суд закрыл газету, которая выходила по всей стране.',
  summary_kk: 'Сот бүкіл елге таралған газетті жапты.',
};

describe('translated titles and summaries', () => {
  it('names the file, line, record and each missing field when translations are required', () => {
    expect(reports((at) => checkRecordTranslations(ENGLISH_ONLY, true, at))).toEqual(
      ['title_ru', 'summary_ru', 'title_kk', 'summary_kk'].map(
        (f) =>
          `${FILE}:7 record "2011-test-record" field "${f}": no ${f}: write our ${f.endsWith('ru') ? 'Russian' : 'Kazakh'} ` +
          `${f.split('_')[0]} beside the English (data/README.md, "Russian and Kazakh")`,
      ),
    );
  });

  it('lets a record without translations pass while they are not required', () => {
    expect(reports((at) => checkRecordTranslations(ENGLISH_ONLY, false, at))).toEqual([]);
  });

  it('accepts a record with all four texts', () => {
    expect(reports((at) => checkRecordTranslations(TRANSLATED, true, at))).toEqual([]);
  });

  it('rejects a translation with no Cyrillic letter, required or not', () => {
    expect(reports((at) => checkRecordTranslations({ ...TRANSLATED, title_kk: 'Court closes paper' }, false, at))).toEqual([
      `${FILE}:7 record "2011-test-record" field "title_kk": has no Cyrillic letter: write the Kazakh title in Cyrillic`,
    ]);
  });
});

describe('place names', () => {
  const town = PlaceRecord.parse({
    id: 'zhanaozen',
    kind: 'town',
    name: 'Zhanaozen',
    geonames_id: 607610,
    geonames_name: 'Zhanaozen',
    lon: 52.86,
    lat: 43.34,
  });

  it('requires the Russian and Kazakh names and where they come from', () => {
    expect(reports((at) => checkPlaceNames(town, true, at))).toEqual([
      `${FILE}:7 record "2011-test-record" field "name_ru": no name_ru: write the place's usual Russian name`,
      `${FILE}:7 record "2011-test-record" field "name_kk": no name_kk: write the place's usual Kazakh name`,
      `${FILE}:7 record "2011-test-record" field "names_source": no names_source: say where the Russian and Kazakh forms come from`,
    ]);
    const named = { ...town, name_ru: 'Жанаозен', name_kk: 'Жаңаөзен', names_source: 'Glossary of translate.md' };
    expect(reports((at) => checkPlaceNames(named, true, at))).toEqual([]);
  });
});

describe('the people table', () => {
  const PEOPLE = 'data/people.yaml';
  const table = (text: string) => {
    const errors: DataError[] = [];
    const rows = checkPeople(readYamlList(PEOPLE, errors, text), errors);
    return { rows, errors };
  };

  it('names the person and line of a row without the Kazakh form, and of a repeated row', () => {
    const { errors } = table(
      '- name: Vladimir Kozlov\n  ru: Владимир Козлов\n\n- name: Aigul Testova\n  ru: Айгуль Тестова\n  kk: Айгүл Тестова\n' +
        '- name: Aigul Testova\n  ru: Айгуль Тестова\n  kk: Айгүл Тестова\n',
    );
    expect(errors.map(formatError)).toEqual([
      `${PEOPLE}:1 record "Vladimir Kozlov" field "kk": Invalid input: expected string, received undefined`,
      `${PEOPLE}:7 record "Aigul Testova" field "name": "Aigul Testova" has a row already, at ${PEOPLE}:4: keep one row per person`,
    ]);
  });

  it('requires a row for every person an incident names, and a use for every row', () => {
    const { rows, errors } = table('- name: Aigul Testova\n  ru: Айгуль Тестова\n  kk: Айгүл Тестова\n');
    const used = new Set<string>();
    const at = (field: string, message: string) => errors.push({ file: FILE, line: 9, record: '2012-record', field, message });
    checkPeopleOf(['Rustam Fakeev'], rows, used, true, at);
    checkPeopleUsed(rows, used, errors);
    expect(errors.map(formatError)).toEqual([
      `${FILE}:9 record "2012-record" field "people.0": "Rustam Fakeev" has no row in ${PEOPLE}: add one with the spelling used here as name and the ru and kk Cyrillic forms`,
      `${PEOPLE}:1 record "Aigul Testova" field "name": no incident's people names this person: spell the name exactly as in the incidents' people lists, or remove the row`,
    ]);
  });

  it('fails the pipeline on a row no incident uses, naming data/people.yaml', () => {
    const fixture = makeRoot();
    fixture.write(PEOPLE, '- name: Aigul Testov\n  ru: Айгуль Тестов\n  kk: Айгүл Тестов\n');
    const { code, log } = fixture.run();
    expect(code).toBe(1);
    expect(log[0]).toBe(
      `${PEOPLE}:1 record "Aigul Testov" field "name": no incident's people names this person: spell the name exactly as in the incidents' people lists, or remove the row`,
    );
    expect(fixture.read(INCIDENTS)).toContain('Aigul Testova');
  });
});
