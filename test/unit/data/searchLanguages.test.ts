/**
 * The search finds a record by its English, Russian or Kazakh words and by other spellings of its
 * names, whatever the interface language: the real cases of #13, on the committed public/data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IncidentCollection, LocalizedText, NameVariants } from '../../../src/data/datasetSchema.ts';
import { createViewModel } from '../../../src/data/deriveView.ts';
import { foldText } from '../../../src/data/foldText.ts';
import type { Dataset } from '../../../src/data/Incident.ts';
import { toDataset } from '../../../src/data/loadDataset.ts';
import { localizeDataset } from '../../../src/data/localizeDataset.ts';
import { SearchIndex } from '../../../src/data/SearchIndex.ts';
import { defaultSelection, type Selection } from '../../../src/data/Selection.ts';
import { INCIDENT_TYPES } from '../../../src/data/vocabulary.ts';

const DATA = join(import.meta.dirname, '../../../public/data');
const read = (name: string): unknown => JSON.parse(readFileSync(join(DATA, name), 'utf8'));

let data: Dataset;
let text: { ru: LocalizedText; kk: LocalizedText };
let names: NameVariants;

beforeAll(() => {
  const fc = IncidentCollection.parse(read('incidents.geojson'));
  data = toDataset(
    fc.features.map((f) => ({ properties: f.properties, coordinates: f.geometry?.coordinates ?? null })),
    [],
    [],
    [],
  );
  text = { ru: LocalizedText.parse(read('text.ru.json')), kk: LocalizedText.parse(read('text.kk.json')) };
  names = NameVariants.parse(read('names.json'));
});

/** The ids a query finds in the given interface language, with every search text loaded. */
function find(q: string, lang: Selection['lang'] = 'en', loaded = true): string[] {
  const search = new SearchIndex(data.incidents);
  if (loaded) {
    search.addNames(names);
    search.addText('ru', text.ru);
    search.addText('kk', text.kk);
  }
  const shown = lang === 'en' ? data : localizeDataset(data, lang, text[lang]);
  const view = createViewModel(shown, search);
  return view({ ...defaultSelection(data.years, INCIDENT_TYPES), q, lang })
    .incidents.map((i) => i.id)
    .sort();
}

describe('search across languages', () => {
  it('finds the Zhanaozen incidents by Жанаозен and by Жаңаөзен, in every interface language', () => {
    const english = find('Zhanaozen');
    expect(english.length).toBeGreaterThan(3);
    for (const lang of ['en', 'ru', 'kk'] as const) {
      expect(find('Жанаозен', lang)).toEqual(expect.arrayContaining(english));
      expect(find('Жаңаөзен', lang)).toEqual(expect.arrayContaining(english));
    }
  });

  it('finds Vladimir Kozlov by Козлов, in the English interface', () => {
    expect(find('Козлов')).toEqual(expect.arrayContaining(find('Kozlov')));
    expect(find('Козлов')).toContain('2012-10-08-kozlov-sentenced-seven-half-years');
  });

  it('finds the trade-union records by профсоюз and кәсіподақ', () => {
    const unions = find('профсоюз');
    expect(unions).toContain('2017-knprk-union-confederation-closed-by-court');
    expect(find('кәсіподақ')).toContain('2017-knprk-union-confederation-closed-by-court');
    // Typed without Kazakh letters, as on a Russian keyboard.
    expect(find('касиподак')).toContain('2017-knprk-union-confederation-closed-by-court');
  });

  it('finds Evgeniy Zhovtis by the spelling Yevgeniy, which the sources do not use', () => {
    expect(find('Evgeniy Zhovtis').length).toBeGreaterThan(0);
    expect(find('Yevgeniy Zhovtis')).toEqual(find('Evgeniy Zhovtis'));
    expect(find('Евгений Жовтис')).toEqual(expect.arrayContaining(find('Evgeniy Zhovtis')));
  });

  it('finds Ust-Kamenogorsk by Oskemen, its Kazakh name in Latin letters', () => {
    const town = find('Ust-Kamenogorsk');
    expect(town.length).toBeGreaterThan(0);
    expect(find('Oskemen')).toEqual(expect.arrayContaining(town));
    expect(find('Oskemen', 'ru')).toEqual(expect.arrayContaining(town));
  });

  it('finds nothing by a Cyrillic or other spelling until its text is loaded', () => {
    expect(find('Козлов', 'en', false)).toEqual([]);
    expect(find('Oskemen', 'en', false)).toEqual([]);
  });
});

describe('foldText', () => {
  it('folds case, accents, ё and the Kazakh letters to what a Russian keyboard types', () => {
    expect(foldText('Жаңаөзен')).toBe(foldText('ЖАНАОЗЕН'));
    expect(foldText('әғқңөұүһі')).toBe('агкноуухи');
    expect(foldText('Öskemen Jańaózen Фёдор')).toBe('oskemen janaozen федор');
  });
});
