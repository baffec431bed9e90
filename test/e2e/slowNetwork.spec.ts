/** On a slow connection the page says it is loading, then shows the explorer. */
import { describe, expect, it } from 'vitest';
import { en as t } from '../../src/lib/strings.ts';
import { incidents } from './data.ts';
import { useExplorer } from './explorer.ts';

const DELAY = 2_500;

describe('a slow connection', () => {
  const app = useExplorer();

  it('shows the loading status until the data arrives, then the explorer', async () => {
    await app.given.pageOpenedAt('', {
      data: {
        'incidents.geojson': { delayMs: DELAY },
        'sources.json': { delayMs: DELAY },
        'context.json': { delayMs: DELAY },
      },
    });
    const started = Date.now();
    expect(await app.then.loadingText()).toBe(t.loading);
    // Seen while the data was still on its way, not after.
    expect(Date.now() - started).toBeLessThan(DELAY);

    expect(await app.then.explorerShown()).toBe(true);
    expect(await app.then.listCount()).toBe(incidents.length);
    expect(await app.then.loadingShown()).toBe(false);
  });

  it('in an embed, announces its loading message as a status', async () => {
    const slow = { delayMs: DELAY };
    await app.given.pageOpenedAt('embed.html?chart=perYear', {
      data: { 'incidents.geojson': slow, 'sources.json': slow, 'context.json': slow },
    });
    const started = Date.now();
    expect(await app.then.statusShown(t.embed.loading)).toBe(true);
    expect(Date.now() - started).toBeLessThan(DELAY);
  });
});
