/** Given: how a test opens the explorer, or any page of the site. */
import type { Session } from './session.ts';
import { locators } from './locators.ts';
import { DESKTOP, type Explorer } from './types.ts';

export function given(s: Session): Explorer['given'] {
  const { waitForExplorer } = locators(s.page);
  return {
    async explorerAt(query = '', viewport = DESKTOP, opts = {}) {
      const p = await s.openContext(viewport, opts);
      await p.goto(new URL(query, await s.baseUrl()).href);
      await waitForExplorer(opts.waitForMap ?? false);
    },
    async pageOpenedAt(query = '', opts = {}) {
      const p = await s.openContext(opts.viewport ?? DESKTOP, opts);
      await p.goto(new URL(query, await s.baseUrl()).href, { waitUntil: 'commit' });
    },
  };
}
