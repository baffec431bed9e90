/**
 * The Russian view of a dataset: our titles and summaries and the places' names replace the
 * English, which stays in `english` for the downloads and the quoted passages; the downloads keep
 * their English columns and add the Russian ones; the map's town labels follow the places table.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../../src/data/datasetSchema.ts';
import { localizeDataset } from '../../../src/data/localizeDataset.ts';
import { CSV_COLUMNS, csvReadme, incidentsCsv, incidentsGeoJson } from '../../../src/features/share/exportData.ts';
import {
  basemapLabelField,
  cityLabelField,
  labelFields,
  localizeStyle,
  withTextFields,
} from '../../../src/features/map/localizeStyle.ts';
import { mapStyle } from '../../../src/features/map/mapStyle.ts';
import { regionName } from '../../../src/lib/places.ts';
import { fixtureDataset } from '../../fixtures/app/fixtureDataset.ts';

const base = fixtureDataset();
const placed = base.incidents.find((i) => i.place_id !== null && i.geo_precision === 1)!;
const other = base.incidents.find((i) => i.id !== placed.id)!;
const person = base.incidents.find((i) => i.people.length > 0)!;

const TEXT: LocalizedText = {
  incidents: { [placed.id]: { title: 'Русский заголовок', summary: 'Наше русское изложение записи.' } },
  context: {},
  places: { [placed.place_id!]: 'Кириллица', 'ust-kamenogorsk': 'Усть-Каменогорск' },
  regions: { 'KZ-MAN': 'Мангистауская область' },
  people: { [person.people[0]!]: 'Имя Фамилия' },
};
const ru = localizeDataset(base, 'ru', TEXT);
const byId = (id: string) => ru.incidents.find((i) => i.id === id)!;

describe('localizeDataset', () => {
  it('shows our Russian title, summary and place name, and keeps the English beside them', () => {
    expect(byId(placed.id)).toMatchObject({
      title: 'Русский заголовок',
      summary: 'Наше русское изложение записи.',
      place: 'Кириллица',
      english: { title: placed.title, summary: placed.summary, place: placed.place },
    });
    expect(ru.towns.get(placed.place_id!)?.name).toBe('Кириллица');
  });

  it('keeps the English of a record not yet translated, and never touches the English dataset', () => {
    expect(byId(other.id).title).toBe(other.title);
    expect(base.incidents.find((i) => i.id === placed.id)?.title).toBe(placed.title);
    expect(base.local).toBeUndefined();
  });

  it('names a first-level unit in Russian, and in English without a Russian view', () => {
    expect(regionName('KZ-MAN', ru)).toBe('Мангистауская область');
    expect(regionName('KZ-MAN', base)).toBe('Mangystau Region');
  });
});

describe('downloads of a Russian view', () => {
  it('keep the English columns and add the Russian ones after them', async () => {
    const csv = await incidentsCsv(ru.incidents, ru);
    const { data, meta } = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(meta.fields).toEqual([...CSV_COLUMNS, 'title_ru', 'summary_ru', 'place_name_ru', 'people_ru', 'type_label_ru']);
    const row = data.find((r) => r.id === placed.id)!;
    expect(row).toMatchObject({
      title: placed.title,
      place: placed.place,
      title_ru: 'Русский заголовок',
      place_name_ru: 'Кириллица',
    });
    expect(data.find((r) => r.id === other.id)?.title_ru).toBe('');
  });

  it('write no Russian column for an English view', async () => {
    const csv = await incidentsCsv(base.incidents, base);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
  });

  it('say in README.txt which columns are our translations', () => {
    const readme = csvReadme(ru.incidents, { data: ru, credit: 'credit', link: 'https://example.org/' }, 'x.csv');
    expect(readme).toContain('title_ru and summary_ru are our own translations of our English title and summary');
    expect(csvReadme(base.incidents, { data: base, credit: 'credit', link: 'https://example.org/' }, 'x.csv')).not.toContain(
      '_ru',
    );
  });

  it('keep the GeoJSON properties in English, with the Russian ones beside them', () => {
    const geo = JSON.parse(incidentsGeoJson(ru.incidents, { data: ru, credit: 'c', link: 'l' })) as {
      features: { id: string; properties: Record<string, unknown> }[];
    };
    const f = geo.features.find((x) => x.id === placed.id)!;
    expect(f.properties).toMatchObject({ title: placed.title, place: placed.place, title_ru: 'Русский заголовок' });
    expect(f.properties).not.toHaveProperty('english');
  });
});

describe('localizeStyle', () => {
  it('labels a town by its name in the Russian places table, and leaves other labels as they are', () => {
    const style = localizeStyle(mapStyle('/'), ru);
    const field = style.layers.find((l) => l.id === 'city-labels')?.layout as { 'text-field': unknown[] };
    const pairs = field['text-field'];
    expect(pairs[pairs.indexOf('ust-kamenogorsk') + 1]).toBe('Усть-Каменогорск');
    expect(field['text-field'].at(-1)).toEqual(['get', 'name']);
    expect(localizeStyle(mapStyle('/'), base)).toEqual(mapStyle('/'));
  });

  it('makes the map with every label in the page language, so none is re-laid out after the first draw', () => {
    const names = { China: 'Китай' };
    const style = withTextFields(mapStyle('/'), labelFields(ru, names));
    const text = (id: string) => (style.layers.find((l) => l.id === id)?.layout as { 'text-field': unknown })['text-field'];
    expect(text('city-labels')).toEqual(cityLabelField(ru, names));
    expect(text('country-labels')).toEqual(basemapLabelField(names));
    // Other layers are the style's own.
    expect(style.layers.filter((l) => !l.id.endsWith('-labels'))).toEqual(
      mapStyle('/').layers.filter((l) => !l.id.endsWith('-labels')),
    );
  });

  it("names the neighbours, the sea and a town outside our places in the interface's language", () => {
    const names = { China: 'Китай', Turkistan: 'Туркестан' };
    const country = basemapLabelField(names);
    expect(country.slice(0, 2)).toEqual(['match', ['get', 'name']]);
    expect(country[(country as unknown[]).indexOf('China') + 1]).toBe('Китай');
    expect(country.at(-1)).toEqual(['get', 'name']);
    // A town of places.yaml takes the dataset's name; any other city label falls back to the basemap names.
    const city = cityLabelField(ru, names) as unknown[];
    expect(city[city.indexOf('ust-kamenogorsk') + 1]).toBe('Усть-Каменогорск');
    expect(city.at(-1)).toEqual(country);
    expect(basemapLabelField({})).toEqual(['get', 'name']);
  });
});
