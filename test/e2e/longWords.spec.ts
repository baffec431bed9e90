/**
 * One 3,000-character word in every text field (title, summary, person, place, publisher)
 * must not push the page sideways on a 375 px phone, in any state that shows it.
 */
import { describe, expect, it } from 'vitest';
import {
  hostileContext,
  hostileCoverage,
  hostileIncidents,
  hostileSources,
  TOWN_INCIDENT,
} from '../fixtures/e2e/hostileDataset.ts';
import { PHONE } from './driver.ts';
import { shareDialog } from './embedDriver.ts';
import { useExplorer } from './explorer.ts';

/** A word with no place to break it, 3,000 characters long, starting with `name`. */
const long = (name: string) => `${name}${'x'.repeat(3000 - name.length)}`;

const data = {
  'incidents.geojson': {
    body: (() => {
      const fc = hostileIncidents();
      for (const [n, f] of fc.features.entries()) {
        const p = f.properties;
        Object.assign(p, {
          title: long(`title${n}`),
          summary: long(`summary${n}`),
          date_note: p.date_note && long('datenote'),
          people: p.people.map((_, k) => long(`person${k}`)),
          other_country: p.other_country && long('country'),
          place: p.place && long(`place${n}`),
        });
      }
      return fc;
    })(),
  },
  'sources.json': {
    body: hostileSources().map((s) => ({ ...s, publisher: long('publisher'), title: long('report'), period: long('period') })),
  },
  'context.json': { body: hostileContext() },
  'coverage.json': { body: hostileCoverage() },
};

describe('a 3,000-character word in every field, on a 375 px phone', () => {
  const app = useExplorer();
  const share = shareDialog(app);
  const width = () => app.then.scrollWidth();

  it('leaves the list, the charts and the not-on-the-map places within the screen', async () => {
    await app.given.explorerAt('', PHONE, { data, waitForMap: false });
    expect(await app.then.listCount()).toBe(4);
    expect(await width()).toBeLessThanOrEqual(PHONE.width);
  });

  it('leaves the detail within the screen', async () => {
    await app.when.openIncident(TOWN_INCIDENT);
    expect(await app.then.detailText()).toContain('person0');
    expect(await width()).toBeLessThanOrEqual(PHONE.width);
  });

  it('leaves the place picker, the chosen place and the subtitles within the screen', async () => {
    await app.when.choosePlace(long('place0'));
    await expect.poll(() => app.then.param('place')).toBe('almaty');
    expect(await width()).toBeLessThanOrEqual(PHONE.width);
  });

  it('leaves the share dialog within the screen', async () => {
    await share.when.openShare();
    expect(await width()).toBeLessThanOrEqual(PHONE.width);
  });
});
