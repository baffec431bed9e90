import { beforeEach, describe, expect, it } from 'vitest';
import { createViewModel, type View } from '../../../../src/data/deriveView.ts';
import type { Dataset, Incident } from '../../../../src/data/Incident.ts';
import { exportHeadline, exportSubject, exportSubtitle, type ExportKind } from '../../../../src/features/share/exportLabels.ts';
import { coverageNote, exportAltText, exportCredit, exportFileName } from '../../../../src/features/share/exportFiles.ts';
import type { Selection } from '../../../../src/data/Selection.ts';
import { fixtureDataset, fixtureSelection } from '../../../fixtures/app/fixtureDataset.ts';

let data: Dataset;
let view: (s: Selection) => View;
beforeEach(() => {
  data = fixtureDataset();
  view = createViewModel(data);
});

const subject = (kind: ExportKind, patch: Partial<Selection> = {}) => {
  const sel = fixtureSelection(patch);
  return exportSubject(kind, view(sel), sel, data);
};
/** Isolation marks around names from the data and words the reader typed, removed for reading. */
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');
const count = (keep: (i: Incident) => boolean) => data.incidents.filter(keep).length;

describe('exportHeadline', () => {
  it('names all incidents, the country and the years when nothing is filtered', () => {
    expect(exportHeadline(subject('byType'))).toBe(`${data.incidents.length} documented incidents in Kazakhstan, 2009–2013`);
  });

  it('names the one type shown, in its plural', () => {
    const n = count((i) => i.type === 'detention');
    expect(exportHeadline(subject('byType', { types: ['detention'] }))).toBe(
      `${n} documented detentions in Kazakhstan, 2009–2013`,
    );
  });

  it('names up to three types and counts what they hold', () => {
    const n = count((i) => i.type === 'detention' || i.type === 'protest');
    expect(exportHeadline(subject('byType', { types: ['protest', 'detention'] }))).toBe(
      `${n} documented protests or strikes and detentions in Kazakhstan, 2009–2013`,
    );
  });

  it('says how many types when there are too many to name, and names them in the subtitle', () => {
    const sub = subject('byType', { types: ['protest', 'detention', 'killing', 'prosecution'] });
    expect(exportHeadline(sub)).toMatch(/^\d+ documented incidents of 4 types in Kazakhstan/);
    expect(exportSubtitle(sub)).toBe('Types: Protest or strike, Detention, Prosecution or fine, Killing or death in custody');
  });

  it('names the place with the country, and says a town counts the incidents the sources tie to it', () => {
    const n = count((i) => i.place_id === 'zhanaozen' && i.geo_precision === 1);
    expect(plain(exportHeadline(subject('byType', { place: { kind: 'town', id: 'zhanaozen' } })))).toBe(
      `${n} documented incidents in Zhanaozen, Kazakhstan (placed there, or tied to it by the sources), 2009–2013`,
    );
  });

  it('names only the town when precise places only leaves out the incidents tied to it', () => {
    const n = count((i) => i.place_id === 'zhanaozen' && i.geo_precision === 1);
    expect(plain(exportHeadline(subject('byType', { place: { kind: 'town', id: 'zhanaozen' }, precise: true })))).toBe(
      `${n} documented incidents in Zhanaozen, Kazakhstan, 2009–2013`,
    );
  });

  it('isolates a place name from the data', () => {
    expect(exportHeadline(subject('byType', { place: { kind: 'town', id: 'almaty' } }))).toContain('\u2068Almaty\u2069');
  });

  it('counts the bars of the top towns, not every incident of the selection', () => {
    const sub = subject('topTowns');
    const placed = count((i) => i.geo_precision === 1);
    expect(data.incidents.length).toBeGreaterThan(placed);
    expect(sub.count).toBe(placed);
    expect(exportHeadline(sub)).toBe(`${placed} documented incidents in ${sub.towns} towns of Kazakhstan, 2009–2013`);
  });

  it('says "1 town" for a year whose incidents are placed in one town', () => {
    const placed = count((i) => i.year === 2011 && i.geo_precision === 1);
    expect(exportHeadline(subject('topTowns', { from: 2011, to: 2011 }))).toBe(
      `${placed} documented incidents in 1 town of Kazakhstan, 2011`,
    );
  });

  it('gives the per-year chart its drawn years and what the highlighted ones hold', () => {
    const n2011 = count((i) => i.year === 2011);
    expect(exportHeadline(subject('perYear', { from: 2011, to: 2011 }))).toBe(
      `${data.incidents.length} documented incidents in Kazakhstan, 2009–2013; ${n2011} in 2011`,
    );
  });

  it('counts what the map draws: incidents placed in towns, or in regions with the region mode', () => {
    const inTowns = count((i) => i.geo_precision === 1);
    const inRegions = count((i) => i.admin1 !== null);
    expect(exportHeadline(subject('map'))).toBe(`${inTowns} documented incidents in towns of Kazakhstan, 2009–2013`);
    expect(exportHeadline(subject('map', { mapMode: 'regions' }))).toBe(
      `${inRegions} documented incidents in the regions of Kazakhstan, 2009–2013`,
    );
  });

  it('says "No" rather than "0" for an empty selection', () => {
    expect(exportHeadline(subject('byType', { types: ['torture'] }))).toBe(
      'No documented cases of torture or ill-treatment in Kazakhstan, 2009–2013',
    );
  });

  it('counts only what a search matches, and says the search in the subtitle', () => {
    const n = count((i) => i.haystack.includes('strike'));
    const sub = subject('byType', { q: 'Strike ' });
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(data.incidents.length);
    expect(exportHeadline(sub)).toBe(`${n} documented incidents in Kazakhstan, 2009–2013`);
    expect(plain(exportSubtitle(sub))).toBe('matching “Strike”');
  });
});

describe('exportCredit', () => {
  it('gives the dataset size alone when the selection is all of it', () => {
    expect(exportCredit(data, subject('byType'))[0]).toMatch(
      new RegExp(`^Data: ${data.incidents.length} incidents coded from 1 report by`),
    );
  });

  it('counts the selection out of the dataset', () => {
    const n = count((i) => i.type === 'detention');
    expect(exportCredit(data, subject('byType', { types: ['detention'] }))[0]).toMatch(
      new RegExp(`^Data: ${n} of ${data.incidents.length} incidents coded from 1 report`),
    );
  });

  it('counts the selected years of the per-year chart, which draws them all', () => {
    const n = count((i) => i.year === 2010);
    expect(exportCredit(data, subject('perYear', { from: 2010, to: 2010 }))[0]).toContain(`${n} of ${data.incidents.length}`);
  });
});

describe('exportFileName', () => {
  it('names the chart and the years of an unfiltered selection', () => {
    expect(exportFileName(subject('perYear'), 'png')).toBe('kz-incidents_2009-2013_per-year.png');
  });

  it('names the type, the town, the years and the card', () => {
    expect(
      exportFileName(
        subject('topTowns', { types: ['detention'], place: { kind: 'town', id: 'almaty' }, from: 2011, to: 2012 }),
        'png',
        'card',
      ),
    ).toBe('kz-incidents_detention_almaty_2011-2012_top-towns-card.png');
  });

  it('names the highlighted years of the per-year chart, and a single year once', () => {
    expect(exportFileName(subject('perYear', { from: 2011, to: 2011 }), 'svg')).toBe('kz-incidents_2011_per-year.svg');
  });

  it('names the search, and a data file without a chart', () => {
    expect(exportFileName(subject('data', { q: 'strike' }), 'csv')).toBe('kz-incidents_2009-2013_search-strike.csv');
  });

  it('stays ASCII for a search in another script and for a region name', () => {
    const name = exportFileName(subject('data', { q: 'Жанаозен', place: { kind: 'region', id: 'KZ-ALA' } }), 'csv');
    expect(name).toBe('kz-incidents_almaty-city_2009-2013_search.csv');
  });

  it('shortens many types and a long search', () => {
    const name = exportFileName(
      subject('byType', { types: ['protest', 'detention', 'killing', 'prosecution'], q: 'a very long search for a name' }),
      'png',
    );
    expect(name).toBe('kz-incidents_4-types_2009-2013_search-a-very-long-search_by-type.png');
    expect(name).toMatch(/^[a-z0-9_.-]+$/);
  });
});

describe('coverageNote', () => {
  it('speaks of the years a per-year chart draws, not only the highlighted ones', () => {
    expect(coverageNote(data, subject('perYear', { from: 2011, to: 2011 }))).toBe(coverageNote(data, subject('byType')));
    expect(coverageNote(data, subject('perYear', { from: 2011, to: 2011 }))).not.toBe(
      coverageNote(data, subject('byType', { from: 2011, to: 2011 })),
    );
  });
});

describe('exportAltText', () => {
  it('does not repeat a coverage sentence the description already has', () => {
    const coverage = 'Counts are incidents the reports document, not totals.';
    expect(exportAltText({ title: 'T', description: `Most in 2011. ${coverage}`, coverage, note: 'N' })).toBe(
      `T. Most in 2011. ${coverage} N.`,
    );
  });

  it('joins the title, the description, the coverage and the note as sentences', () => {
    expect(
      exportAltText({
        title: '3 documented detentions',
        description: 'Most in 2011.',
        coverage: 'No report covers 2013',
        note: ' ',
      }),
    ).toBe('3 documented detentions. Most in 2011. No report covers 2013.');
  });
});
