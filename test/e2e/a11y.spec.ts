import { describe, expect, it } from 'vitest';
import type { AxeViolation } from './driver.ts';
import { shareDialog } from './embedDriver.ts';
import { useExplorer } from './explorer.ts';

const severe = (vs: AxeViolation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
const report = (vs: AxeViolation[]) =>
  vs
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  - ${n.target}: ${n.message.replace(/\s+/g, ' ')}`).join('\n')}`,
    )
    .join('\n');

describe('accessibility (axe-core)', () => {
  const app = useExplorer();

  it('the explorer has no serious or critical violation', async () => {
    await app.given.explorerAt();
    const found = severe(await app.then.axeViolations());
    expect(found, `axe found:\n${report(found)}`).toEqual([]);
  });

  it('the explorer with an incident open has no serious or critical violation', async () => {
    await app.given.explorerAt();
    const [first] = await app.then.listItems();
    if (!first) throw new Error('the list is empty');
    await app.when.openIncident(first.id);
    await expect.poll(() => app.then.param('incident')).toBe(first.id);
    const found = severe(await app.then.axeViolations());
    expect(found, `axe found:\n${report(found)}`).toEqual([]);
  });

  it('a chart embed, a map embed and the share dialog have no serious or critical violation', async () => {
    for (const query of ['embed.html?chart=perYear&years=2011', 'embed.html?chart=map&theme=dark']) {
      await app.given.pageOpenedAt(query);
      await app.page().locator('figure.embed').waitFor();
      const found = severe(await app.then.axeViolations());
      expect(found, `axe found on ${query}:\n${report(found)}`).toEqual([]);
    }
    await app.given.explorerAt('?years=2011', undefined, { waitForMap: false });
    await shareDialog(app).when.openShare();
    const found = severe(await app.then.axeViolations());
    expect(found, `axe found in the share dialog:\n${report(found)}`).toEqual([]);
  });
});
