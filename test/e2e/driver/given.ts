/** Given: how a test opens the explorer, or any page of the site. */
import type { Session } from './session.ts';
import { locators } from './locators.ts';
import { DESKTOP, type Explorer } from './types.ts';

export function given(s: Session): Explorer['given'] {
  const { waitForExplorer } = locators(s.page);
  return {
    async explorerAt(query = '', viewport = DESKTOP, opts = {}) {
      await s.openContext(viewport, opts);
      await s.goto(query);
      await waitForExplorer(opts.waitForMap ?? false);
    },
    async pageOpenedAt(query = '', opts = {}) {
      await s.openContext(opts.viewport ?? DESKTOP, opts);
      await s.goto(query, 'commit');
    },
  };
}
