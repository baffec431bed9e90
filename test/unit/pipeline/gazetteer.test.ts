import { describe, expect, it } from 'vitest';
import { lookUpKz } from '../../../data/pipeline/gazetteer.ts';

describe('lookUpKz', () => {
  it('finds Zhanaozen with its GeoNames id and point', () => {
    const hits = lookUpKz('Zhanaozen');
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({ name: 'Zhanaozen', geonamesId: 607610 });
    expect(hit?.lon).toBeCloseTo(52.86, 2);
    expect(hit?.lat).toBeCloseTo(43.34, 2);
  });

  it('finds nothing for a name GeoNames does not use', () => {
    expect(lookUpKz('Atlantis')).toEqual([]);
  });
});
