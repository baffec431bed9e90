import { describe, expect, it } from 'vitest';
import { cases, shownDate, type DataIncident } from './data.ts';
import { useExplorer } from './explorer.ts';

/** The case with the most records, and its records in date order. */
const [caseId, records] = [...cases].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', [] as DataIncident[]];
const byDate = [...records].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

describe('an incident that belongs to a case', () => {
  const app = useExplorer();

  it(`shows the chain of its case, every record by date (case "${caseId}")`, async () => {
    const incident = byDate[Math.floor(byDate.length / 2)];
    if (!incident) throw new Error('the data has no case with two records or more');
    await app.given.explorerAt(`?incident=${incident.id}`, undefined, { waitForMap: false });
    expect(await app.then.detailText()).toContain(incident.title);
    const chain = await app.then.caseChain();
    expect(chain.map((c) => c.split(' · ')[0]?.trim())).toEqual(byDate.map((r) => shownDate(r.date)));
    const current = app.page().getByRole('navigation', { name: 'This case' }).locator('[aria-current="true"]');
    expect(await current.innerText()).toContain(shownDate(incident.date));
  });

  it('opens another record of the case from the chain', async () => {
    const [first, last] = [byDate[0], byDate.at(-1)];
    if (!first || !last) throw new Error('the data has no case with two records or more');
    await app.given.explorerAt(`?incident=${first.id}`, undefined, { waitForMap: false });
    const nav = app.page().getByRole('navigation', { name: 'This case' });
    await nav.getByRole('button').last().click();
    await expect.poll(() => app.then.param('incident')).toBe(last.id);
    expect(await app.then.detailText()).toContain(last.title);
  });
});
