import { describe, expect, it } from 'vitest';
import { useExplorer } from './explorer.ts';

describe('the keyboard and screen-reader path', () => {
  const app = useExplorer();

  // With "gives the timeline handles targets of 24 px or more" on one page (issue 14,
  // test/e2e/REMOVED.md): measuring the handles moves no focus.
  it('gives the timeline handles targets of 24 px or more, and starts with a skip link that moves the focus to the list', async () => {
    await app.given.explorerAt('', undefined, { waitForMap: false });
    for (const name of ['First year', 'Last year']) {
      const box = await app.page().getByRole('slider', { name, exact: true }).boundingBox();
      expect(box?.width, name).toBeGreaterThanOrEqual(24);
      expect(box?.height, name).toBeGreaterThanOrEqual(24);
    }
    await app.page().keyboard.press('Tab');
    const link = app.page().getByRole('link', { name: 'Skip to the list of incidents' });
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await link.isVisible()).toBe(true);
    await app.page().keyboard.press('Enter');
    await expect.poll(() => app.page().evaluate(() => document.activeElement?.id)).toBe('list-heading');
  });

  it('announces the count in a polite live region after a search, and nothing on load', async () => {
    await app.given.explorerAt('', undefined, { waitForMap: false });
    const region = app
      .page()
      .getByRole('status')
      .filter({ hasText: /incidents? in the selection/ });
    const live = app.page().locator('[aria-live="polite"]').filter({ hasText: /./ });
    expect(await live.count()).toBe(0);
    const all = await app.then.listCount();
    await app.when.typeSearch('Zhovtis');
    await expect.poll(() => app.then.listCount()).toBeLessThan(all);
    const n = await app.then.listCount();
    await expect.poll(() => region.textContent(), { timeout: 5_000 }).toBe(`${n} incident${n === 1 ? '' : 's'} in the selection`);
  });
});
