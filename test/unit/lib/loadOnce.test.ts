import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from '../../../src/lib/loadOnce.ts';

describe('loadOnce', () => {
  it('loads once for every caller, and gives the value once it is in', async () => {
    const load = vi.fn(() => Promise.resolve('code'));
    const loader = loadOnce(load);
    expect(loader.loaded()).toBeNull();
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect([a, b, loader.loaded()]).toEqual(['code', 'code', 'code']);
    await loader.load();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so that the next call tries again', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('code');
    const loader = loadOnce(load);
    await expect(loader.load()).rejects.toThrow('offline');
    expect(loader.loaded()).toBeNull();
    await expect(loader.load()).resolves.toBe('code');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
