import { describe, expect, it } from 'vitest';
import { createViewModel } from '../../../src/data/deriveView.ts';
import { fixtureSelection, LINKED_ID, linkedDataset } from '../../fixtures/app/fixtureDataset.ts';

describe('towns the sources tie to an incident without placing it there', () => {
  it('are counted apart from the incidents placed in the town, and not in the region counts', () => {
    const data = linkedDataset();
    const m = createViewModel(data)(fixtureSelection()).map;
    expect(m.linked.get('almaty')?.count).toBe(1);
    expect(m.linked.get('shymkent')?.count).toBe(1);
    const placedInAlmaty = data.incidents.filter((i) => i.place_id === 'almaty' && i.geo_precision === 1).length;
    expect(m.towns.find((t) => t.id === 'almaty')?.total).toBe(placedInAlmaty);
    expect(m.regionTotals.get('KZ-YUZ')).toBeUndefined();
  });

  it('are listed with the town when it is chosen, after nothing else', () => {
    const data = linkedDataset();
    const view = createViewModel(data);
    const ids = view(fixtureSelection({ place: { kind: 'town', id: 'almaty' } })).incidents.map((i) => i.id);
    expect(ids).toContain(LINKED_ID);
    expect(ids.filter((id) => id !== LINKED_ID).length).toBe(
      data.incidents.filter((i) => i.place_id === 'almaty' && i.geo_precision === 1).length,
    );
  });

  it('are hidden by "precise places only", in the list and on the map', () => {
    const view = createViewModel(linkedDataset());
    const v = view(fixtureSelection({ place: { kind: 'town', id: 'almaty' }, precise: true }));
    expect(v.incidents.map((i) => i.id)).not.toContain(LINKED_ID);
    expect(v.map.linked.size).toBe(0);
  });

  it('make a town with only linked incidents one the reader can choose', () => {
    expect(linkedDataset().towns.get('shymkent')?.name).toBe('Shymkent');
  });
});
