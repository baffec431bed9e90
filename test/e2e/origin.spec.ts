import { describe, expect, it } from 'vitest';
import { town } from './data.ts';
import { useExplorer } from './explorer.ts';

describe('privacy', () => {
  const app = useExplorer();

  it('no request leaves the site, while loading or in use', async () => {
    await app.given.explorerAt();
    await app.when.clickYearBar(2011);
    await app.when.choosePlace(town('almaty').name);
    const [first] = await app.then.listItems();
    if (!first) throw new Error('no incident in Almaty in 2011: the step that opens one would test nothing');
    await app.when.openIncident(first.id);
    let idle = await app.then.mapIdle();
    await app.when.chooseMapMode('Regions');
    idle = await app.then.mapIdleAfter(idle);
    await app.when.dragMap(60, 30);
    await app.then.mapIdleAfter(idle);

    const origin = app.origin();
    const requests = app.then.requests();
    expect(requests.some((u) => u.endsWith('/data/incidents.json'))).toBe(true);
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign, `requests to other origins than ${origin}`).toEqual([]);
  });
});
