import { describe, expect, it } from 'vitest';
import type { AxeViolation } from './driver.ts';
import { shareDialog } from './embedDriver.ts';
import { useExplorer } from './explorer.ts';

const report = (vs: AxeViolation[]) =>
  vs
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  - ${n.target}: ${n.message.replace(/\s+/g, ' ')}`).join('\n')}`,
    )
    .join('\n');

const EMBED_CHARTS = ['perYear', 'byType', 'topTowns', 'map'] as const;
const EMBED_THEMES = ['light', 'dark'] as const;

describe('accessibility (axe-core, violations of any impact)', () => {
  const app = useExplorer();

  it('the explorer has no violation', async () => {
    await app.given.explorerAt('', undefined, { waitForMap: true });
    const found = await app.then.axeViolations();
    expect(found, `axe found:\n${report(found)}`).toEqual([]);
  });

  it('the explorer with an incident of a case open has no violation', async () => {
    await app.given.explorerAt('?years=2010', undefined, { waitForMap: true });
    const items = await app.then.listItems();
    const first = items[0];
    if (!first) throw new Error('the list is empty');
    await app.when.openIncident(first.id);
    await expect.poll(() => app.then.param('incident')).toBe(first.id);
    const found = await app.then.axeViolations();
    expect(found, `axe found:\n${report(found)}`).toEqual([]);
  });

  it('the open share dialog has no violation', async () => {
    await app.given.explorerAt('?years=2011', undefined, { waitForMap: false });
    await shareDialog(app).when.openShare();
    const found = await app.then.axeViolations();
    expect(found, `axe found in the share dialog:\n${report(found)}`).toEqual([]);
  });

  // One page for the eight embeds, opened at each address in turn.
  it(`the ${EMBED_CHARTS.join(', ')} embeds in the ${EMBED_THEMES.join(' and ')} themes have no violation`, async () => {
    const queries = EMBED_CHARTS.flatMap((chart) =>
      EMBED_THEMES.map((theme) => `embed.html?chart=${chart}&theme=${theme}&years=2011-2012`),
    );
    const found: string[] = [];
    for (const [i, query] of queries.entries()) {
      if (i === 0) await app.given.pageOpenedAt(query);
      else await app.when.navigate(query);
      await app.page().locator('figure.embed').waitFor();
      const violations = await app.then.axeViolations();
      if (violations.length > 0) found.push(`on ${query}:\n${report(violations)}`);
    }
    expect(found, `axe found:\n${found.join('\n')}`).toEqual([]);
  });
});
