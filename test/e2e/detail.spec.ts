import { describe, expect, it } from 'vitest';
import { useExplorer } from './explorer.ts';

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 375, height: 812 };

describe('opening an incident', () => {
  const app = useExplorer();

  /** The focused element: its tag, its text and whether it is wholly inside the viewport. */
  const focused = () =>
    app.page().evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return {
        tag: el.tagName.toLowerCase(),
        text: el.textContent?.trim() ?? '',
        incident: el.getAttribute('data-incident'),
        inViewport: r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth,
      };
    });

  for (const [name, viewport] of [
    ['at 1440 px', WIDE],
    ['on a 375 px phone', PHONE],
  ] as const) {
    it(`from the 21st row ${name} shows its detail and moves the focus to its heading; Escape returns to the row; back and forward close and reopen a detail`, async () => {
      await app.given.explorerAt('', viewport, { waitForMap: false });
      const row = (await app.then.listItems())[20];
      if (!row) throw new Error('the list has fewer than 21 rows');
      await app.page().locator(`button[data-incident="${row.id}"]`).scrollIntoViewIfNeeded();
      await app.when.openIncident(row.id);
      await expect.poll(() => app.then.param('incident')).toBe(row.id);
      await expect.poll(focused).toEqual({ tag: 'h3', text: row.title, incident: null, inViewport: true });

      await app.page().keyboard.press('Escape');
      await expect.poll(() => app.then.param('incident')).toBeNull();
      expect(await app.then.detailText()).toBeNull();
      expect(await focused()).toMatchObject({ tag: 'button', incident: row.id, inViewport: true });

      // Back and forward on the same page (a test of its own, at 1440 px, before issue 14:
      // test/e2e/REMOVED.md): back closes the detail, forward opens it again.
      const other = (await app.then.listItems())[3];
      if (!other) throw new Error('the list has fewer than 4 rows');
      await app.when.openIncident(other.id);
      await expect.poll(() => app.then.detailText()).toContain(other.title);
      await app.when.back();
      await expect.poll(() => app.then.param('incident')).toBeNull();
      await expect.poll(() => app.then.detailText()).toBeNull();
      await app.when.forward();
      await expect.poll(() => app.then.param('incident')).toBe(other.id);
      await expect.poll(() => app.then.detailText()).toContain(other.title);
    });
  }
});
