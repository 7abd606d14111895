import { describe, expect, it } from 'vitest';
import { ResultCache } from '#app/lib/result-cache.server.ts';

const policy = { maxAge: 1, staleWhileRevalidate: 10 };
const size = (v: string) => v.length;
const always = () => true;

describe('ResultCache', () => {
  it('serves fresh hits without loading again', async () => {
    const cache = new ResultCache<string>({ maxEntries: 10, maxBytes: 1000 });
    let loads = 0;
    const load = async () => `v${++loads}`;
    expect(await cache.getOrLoad('k', policy, load, size, always, 0)).toBe('v1');
    expect(await cache.getOrLoad('k', policy, load, size, always, 500)).toBe('v1');
    expect(loads).toBe(1);
  });

  it('serves stale values while one background refresh runs, then the fresh one', async () => {
    const cache = new ResultCache<string>({ maxEntries: 10, maxBytes: 1000 });
    let loads = 0;
    const load = () => new Promise<string>((r) => setTimeout(() => r(`v${++loads}`), 5));
    await cache.getOrLoad('k', policy, load, size, always, Date.now());
    const later = Date.now() + 2_000;
    expect(await cache.getOrLoad('k', policy, load, size, always, later)).toBe('v1');
    expect(await cache.getOrLoad('k', policy, load, size, always, later)).toBe('v1');
    await new Promise((r) => setTimeout(r, 30));
    expect(loads).toBe(2);
    expect(await cache.getOrLoad('k', policy, load, size, always, Date.now())).toBe('v2');
  });

  it('reloads after the stale window', async () => {
    const cache = new ResultCache<string>({ maxEntries: 10, maxBytes: 1000 });
    let loads = 0;
    const load = async () => `v${++loads}`;
    await cache.getOrLoad('k', policy, load, size, always, Date.now());
    expect(await cache.getOrLoad('k', policy, load, size, always, Date.now() + 60_000)).toBe('v2');
  });

  it('shares one load between concurrent misses', async () => {
    const cache = new ResultCache<string>({ maxEntries: 10, maxBytes: 1000 });
    let loads = 0;
    const load = () => new Promise<string>((r) => setTimeout(() => r(`v${++loads}`), 20));
    const results = await Promise.all([1, 2, 3].map(() => cache.getOrLoad('k', policy, load, size, always)));
    expect(results).toEqual(['v1', 'v1', 'v1']);
    expect(loads).toBe(1);
  });

  it('is bounded by entries and by bytes', async () => {
    const byCount = new ResultCache<string>({ maxEntries: 3, maxBytes: 1_000_000 });
    for (let i = 0; i < 100; i++) await byCount.getOrLoad(`k${i}`, policy, async () => 'x', size, always);
    expect(byCount.size).toBe(3);
    const byBytes = new ResultCache<string>({ maxEntries: 1000, maxBytes: 100 });
    for (let i = 0; i < 100; i++)
      await byBytes.getOrLoad(`k${i}`, policy, async () => 'x'.repeat(30), size, always);
    expect(byBytes.size).toBeLessThanOrEqual(3);
  });

  it('does not cache results the caller marks uncacheable (errors)', async () => {
    const cache = new ResultCache<string>({ maxEntries: 10, maxBytes: 1000 });
    let loads = 0;
    const load = async () => `error${++loads}`;
    await cache.getOrLoad('k', policy, load, size, () => false);
    await cache.getOrLoad('k', policy, load, size, () => false);
    expect(loads).toBe(2);
  });
});
