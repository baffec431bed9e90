import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/data/DatasetError.ts';
import { loadNames, loadText } from '../../../src/data/loadText.ts';

const fetchOf =
  (body: string, status = 200): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, { status }));
const real = (file: string) => readFileSync(new URL(`../../../public/data/${file}`, import.meta.url), 'utf8');

// loadText loads its check (zod and the schemas) with the first file: it still checks every file.
describe('loadText and loadNames', () => {
  it('load and check the real files', async () => {
    const text = await loadText('ru', '/real/', fetchOf(real('text.ru.json')));
    expect(Object.keys(text.incidents).length).toBeGreaterThan(0);
    expect(Object.keys((await loadNames('/real/', fetchOf(real('names.json')))).places).length).toBeGreaterThan(0);
  });

  it('name the file when it is damaged or wrongly shaped, and try again on the next need', async () => {
    await expect(loadText('kk', '/a/', fetchOf('{"inc'))).rejects.toThrow(
      new DatasetError('/a/text.kk.json: not valid JSON (truncated or damaged)'),
    );
    await expect(loadNames('/b/', fetchOf(JSON.stringify({ places: { x: 'one' }, people: {} })))).rejects.toThrow(
      /^\/b\/names\.json: places\.x: /,
    );
    await expect(loadText('ru', '/c/', fetchOf('', 404))).rejects.toThrow('/c/text.ru.json: the server answered 404');
    await expect(loadText('ru', '/d/', () => Promise.reject(new TypeError('offline')))).rejects.toThrow(
      new DatasetError('/d/text.ru.json: the network request failed'),
    );
    expect(await loadNames('/b/', fetchOf(JSON.stringify({ places: { x: ['One'] }, people: {} })))).toEqual({
      places: { x: ['One'] },
      people: {},
    });
  });
});
