import { describe, expect, it } from 'vitest';
import { inYears } from './data.ts';
import { useExplorer } from './explorer.ts';

describe('"Place not stated"', () => {
  const app = useExplorer();

  it('lists exactly the incidents of the years shown that have no place', async () => {
    const expected = inYears(2010, 2012).filter((i) => i.geo_precision === 3);
    await app.given.explorerAt('?years=2010-2012');
    expect(await app.then.unstatedButtonCount()).toBe(expected.length);

    await app.when.openUnstated();
    await expect.poll(() => app.then.param('place')).toBe('unstated');
    await expect.poll(() => app.then.listCount()).toBe(expected.length);
    await app.when.showWholeList();
    const items = await app.then.listItems();
    expect(items.map((i) => i.id).sort()).toEqual(expected.map((i) => i.id).sort());
    expect(
      items.filter((i) => i.place !== 'Place not stated'),
      'items showing a place',
    ).toEqual([]);
  });
});
