import { describe, expect, it } from 'vitest';
import { cases, shownDate } from './data.ts';
import { useExplorer } from './explorer.ts';

/** A case whose steps include a date known only to the year, after a dated step of that year (Zhovtis's). */
const zhovtis = cases.get('zhovtis') ?? [];
const yearOnly = zhovtis.find((r) => /^\d{4}$/.test(r.date));
const datedSameYear = zhovtis.filter((r) => yearOnly && r.date.startsWith(`${yearOnly.date}-`));
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('an incident that belongs to a case', () => {
  const app = useExplorer();

  it('reads its chain in the order of events, saying which dates lack a month or day', async () => {
    if (!yearOnly || datedSameYear.length === 0) throw new Error('the Zhovtis case no longer has a year-only step');
    await app.given.explorerAt(`?incident=${yearOnly.id}`, undefined, { waitForMap: false });
    const dates = (await app.then.caseChain()).map((c) => c.split(' · ')[0]?.trim() ?? '');
    expect(dates).toContain(`${yearOnly.date}, month not stated`);
    const yearAt = dates.indexOf(`${yearOnly.date}, month not stated`);
    for (const r of datedSameYear) {
      const label = r.date.length === 7 ? `${shownDate(r.date)}, day not stated` : shownDate(r.date);
      const at = dates.indexOf(label);
      expect(at, `${label} in ${dates.join(' → ')}`).toBeGreaterThanOrEqual(0);
      expect(at, `${label} before ${yearOnly.date} in ${dates.join(' → ')}`).toBeLessThan(yearAt);
    }
  });

  it('marks a step the current filters hide', async () => {
    const [first, second] = zhovtis;
    if (!first || !second) throw new Error('no Zhovtis case');
    await app.given.explorerAt(`?incident=${first.id}&years=${first.year}`, undefined, { waitForMap: false });
    const steps = await app.then.caseChain();
    const hidden = steps.filter((s) => s.includes('outside the current filters'));
    expect(hidden.length).toBe(zhovtis.filter((r) => r.year !== first.year).length);
    expect(steps.filter((s) => s.includes(shownDate(first.date)))[0]).not.toContain('outside the current filters');
  });

  // With "says where the reports stop, after the last step" (issue 14, test/e2e/REMOVED.md):
  // the step opened from the chain is the last one.
  it('opens another step of the case from the chain and moves the focus to its heading; after the last step, says where the reports stop', async () => {
    const first = zhovtis[0];
    const last = [...zhovtis].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
    if (!first || !last || first === last) throw new Error('no Zhovtis case of two steps or more');
    await app.given.explorerAt(`?incident=${first.id}`, undefined, { waitForMap: false });
    const nav = app.page().getByRole('navigation', { name: 'This case' });
    await nav.getByRole('button', { name: new RegExp(`^${shownDate(last.date)}`) }).click();
    await expect.poll(() => app.then.param('incident')).toBe(last.id);
    await expect
      .poll(() => app.page().evaluate(() => document.activeElement?.tagName + ':' + document.activeElement?.textContent))
      .toBe(`H3:${last.title}`);
    const [y, m] = last.date.split('-');
    const when = m ? `${MONTHS[Number(m) - 1]} ${y}` : y;
    await expect.poll(() => nav.innerText()).toContain(`The reports say nothing of this case after ${when}`);
  });
});
