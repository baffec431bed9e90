/**
 * Our Russian and Kazakh data (#13), as a reader meets it: with lang=ru the list and the detail
 * show our Russian title and summary, Cyrillic place names and people's Cyrillic names beside the
 * sources' spelling; the map's tooltip names a town as the place picker does; and a search in
 * Cyrillic or in another spelling finds its records in the English interface too. Expected texts
 * are read from the generated files the site serves.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t as ruStrings } from '../../src/lib/strings.ru.ts';
import { incidents, inTown, ROOT, town, towns } from './data.ts';
import { useExplorer } from './explorer.ts';

interface LocalizedText {
  incidents: Record<string, { title?: string; summary?: string }>;
  places: Record<string, string>;
  people: Record<string, string>;
}
const ru = JSON.parse(readFileSync(resolve(ROOT, 'public/data/text.ru.json'), 'utf8')) as LocalizedText;
const features = (
  JSON.parse(readFileSync(resolve(ROOT, 'public/data/incidents.geojson'), 'utf8')) as {
    features: { properties: { id: string; people: string[]; linked_places: { place_id: string }[] } }[];
  }
).features.map((f) => f.properties);
const linked = new Map(features.map((f) => [f.id, f.linked_places.map((l) => l.place_id)]));
/** The records placed in or linked to a town: what its names must find. */
const ofTown = (id: string) =>
  incidents
    .filter((i) => i.place_id === id || linked.get(i.id)?.includes(id))
    .map((i) => i.id)
    .sort();

/** A record with a person, a town and our Russian text: Zhovtis's sentence. */
const ZHOVTIS = incidents.find((i) => i.case === 'zhovtis' && i.subtype === 'sentence');

function russian(id: string) {
  const text = ru.incidents[id];
  if (!text?.title || !text.summary) throw new Error(`text.ru.json has no Russian title and summary for ${id}: run npm run data`);
  return { title: text.title, summary: text.summary };
}

describe('the data in Russian', () => {
  const app = useExplorer();

  it('shows our Russian title, summary, place and the Cyrillic names beside the sources’ spelling', async () => {
    if (!ZHOVTIS) throw new Error('no record of the sentence of case zhovtis');
    const { title, summary } = russian(ZHOVTIS.id);
    // One year: the whole list is on its first page.
    await app.given.explorerAt(`?lang=ru&years=${ZHOVTIS.year}&incident=${ZHOVTIS.id}`, undefined, { waitForMap: false });
    await expect.poll(async () => (await app.then.listItems()).find((i) => i.id === ZHOVTIS.id)?.title).toBe(title);
    const detail = (await app.then.detailText()) ?? '';
    expect(detail).toContain(title);
    expect(detail).toContain(summary);
    expect(detail).toContain(`${ru.people['Evgeniy Zhovtis']} (Evgeniy Zhovtis)`);
    // The town his sentence is tied to (he serves it there), by its Russian name.
    expect(detail).toContain(ru.places['ust-kamenogorsk']);
    // The cited passage stays in the source's English.
    expect(detail).toMatch(/Zhovtis/);
  });

  it('names a town in the list, the place picker and the map tooltip alike', async () => {
    const zhanaozen = town('zhanaozen');
    const name = ru.places.zhanaozen;
    expect(name).toMatch(/^[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі -]+$/);
    await app.given.explorerAt('?lang=ru&place=zhanaozen');
    const placed = new Set(inTown('zhanaozen').map((i) => i.id));
    const shown = (await app.then.listItems()).filter((i) => placed.has(i.id)).map((i) => i.place);
    expect(shown).toEqual([...placed].map(() => name));
    expect(await app.then.placeOptions()).toContain(name);
    await app.when.hoverMapAt(zhanaozen.lon, zhanaozen.lat);
    await expect.poll(() => app.then.mapTooltip()).toMatch(new RegExp(`^${name}:`));
  });
});

describe('an embed in Russian', () => {
  const app = useExplorer();
  const drawing = () => app.page().locator('figure.embed .embed-drawing').textContent();
  /** The Latin names of the towns the data places incidents in, as whole words in a text. */
  const latinTowns = (text: string) => towns.filter((x) => new RegExp(`\\b${x.name}\\b`).test(text)).map((x) => x.name);

  it('names the towns with the most incidents in Russian, none in Latin', async () => {
    const first = ru.places[towns[0]?.id ?? ''];
    if (!first) throw new Error('text.ru.json has no Russian name for the town with the most incidents: run npm run data');
    await app.given.pageOpenedAt('embed.html?chart=topTowns&lang=ru');
    await expect.poll(drawing, { timeout: 30_000 }).toContain(first);
    const text = `${await drawing()} ${await app.page().locator('figure.embed .embed-desc').textContent()}`;
    expect(latinTowns(text)).toEqual([]);
  }, 60_000);

  it('says so, in Russian, when our Russian texts fail to load, in the embed and the explorer', async () => {
    const failing = { data: { 'text.ru.json': { status: 500 } } };
    await app.given.pageOpenedAt('embed.html?chart=topTowns&lang=ru', failing);
    await expect
      .poll(() => app.page().getByRole('status').allTextContents(), { timeout: 30_000 })
      .toContain(ruStrings.textFailed);
    expect(latinTowns((await drawing()) ?? '')).toContain(towns[0]?.name);

    await app.given.explorerAt('?lang=ru', undefined, { waitForMap: false, ...failing });
    await expect
      .poll(() => app.page().getByRole('status').allTextContents(), { timeout: 30_000 })
      .toContain(ruStrings.textFailed);
  }, 90_000);
});

describe('searching in any language, in the English interface', () => {
  const app = useExplorer();

  // One explorer for the four searches: each replaces the one before, as a reader's would.
  it('finds Vladimir Kozlov by Козлов, Zhanaozen by Жанаозен, the trade unions by профсоюз, Ust-Kamenogorsk by Oskemen', async () => {
    const kozlov = features.filter((i) => i.people.includes('Vladimir Kozlov')).map((i) => i.id);
    expect(kozlov.length).toBeGreaterThan(1);
    const oskemen = ofTown('ust-kamenogorsk');
    expect(oskemen.length).toBeGreaterThan(0);
    const searches: [string, string[]][] = [
      ['Козлов', kozlov],
      ['Жанаозен', ofTown('zhanaozen')],
      ['профсоюз', ['2017-knprk-union-confederation-closed-by-court']],
      ['Oskemen', oskemen],
    ];
    await app.given.explorerAt('', undefined, { waitForMap: false });
    for (const [query, expected] of searches) {
      await app.when.typeSearch(query);
      // The search reaches the URL 150 ms after typing, once the page's main thread is free: the
      // map, still loading (not awaited), has tasks of up to 0.7 s; 1 s, expect.poll's default, was
      // too short once in a clean-clone run.
      await expect.poll(() => app.then.param('q'), { timeout: 10_000 }).toBe(query);
      await expect
        .poll(
          async () => {
            await app.when.showWholeList();
            return (await app.then.listItems()).map((i) => i.id);
          },
          // Cyrillic names come with names.json and its check, loaded on the first search.
          { message: `a search for ${query} lists ${expected.join(', ')}`, timeout: 15_000 },
        )
        .toEqual(expect.arrayContaining(expected));
    }
  });
});
