import { describe, expect, it } from 'vitest';
import { PageStore } from '#app/page-cache/page-store.server.ts';

const page = (body: string, tags: string[] = ['shop'], storedAt = 1000) => ({
  body: Buffer.from(body),
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'public, max-age=60',
    'set-cookie': undefined,
    date: 'x',
  },
  vary: 'Accept-Encoding',
  tags,
  storedAt,
  ttlSeconds: 60,
  staleSeconds: 30,
});

describe('PageStore', () => {
  it('stores a body with its headers, then its gzip and brotli variants, each with its own strong ETag', async () => {
    const store = new PageStore(1 << 20);
    const body = '<p>hello</p>'.repeat(200);
    const done = store.put('/a', page(body, ['shop', 'product-1']), store.generation);
    const early = store.get('/a', 1000)!;
    expect(early.variants.identity.body.toString()).toBe(body);
    expect(await done).toBe(true);
    const stored = store.get('/a', 1000)!;
    const etags = [stored.variants.identity.etag, stored.variants.gzip!.etag, stored.variants.br!.etag];
    expect(new Set(etags).size).toBe(3);
    const headers = stored.variants.br!.headers;
    expect(headers).toEqual(
      expect.arrayContaining([
        'content-encoding',
        'br',
        'surrogate-key',
        'shop product-1',
        'cache-tag',
        'shop,product-1',
      ]),
    );
    // The response's own framing and date are not stored.
    expect(headers).not.toContain('date');
  });

  it('serves fresh, then stale within the window, then nothing', async () => {
    const store = new PageStore(1 << 20);
    await store.put('/a', page('x'), store.generation);
    const p = store.get('/a', 1000 + 59_000)!;
    expect(p.expiresAt).toBe(61_000);
    expect(store.get('/a', 61_000 + 29_000)).toBeDefined(); // stale, still servable while one re-renders
    expect(store.get('/a', 61_000 + 30_000)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('purges by tag, and drops a render that began before a purge', async () => {
    const store = new PageStore(1 << 20);
    await store.put('/p1', page('1', ['shop', 'product-1']), store.generation);
    await store.put('/p2', page('2', ['shop', 'product-2']), store.generation);
    await store.put('/list', page('l', ['shop', 'listing', 'product-1', 'product-2']), store.generation);
    const before = store.generation;
    store.purgeTags(['product-1']);
    expect([store.get('/p1', 1000), store.get('/list', 1000)]).toEqual([undefined, undefined]);
    expect(store.get('/p2', 1000)).toBeDefined();
    expect(await store.put('/p1', page('1 old'), before)).toBe(false);
    expect(store.get('/p1', 1000)).toBeUndefined();
    store.purgeAll();
    expect(store.size).toBe(0);
  });

  it('holds at most its bytes, counting every variant, evicting the least recently used', async () => {
    const limit = 64 * 1024;
    const store = new PageStore(limit);
    for (let i = 0; i < 40; i++)
      await store.put(`/p${i}`, page(`${i}`.padEnd(4000, 'x'), ['shop', `product-${i}`]), store.generation);
    expect(store.bytes).toBeLessThanOrEqual(limit);
    expect(store.get('/p0', 1000)).toBeUndefined();
    expect(store.get('/p39', 1000)).toBeDefined();
    // Evicted pages leave the tag index too: a purge of their tag finds nothing to drop.
    store.purgeTags(['product-0']);
    expect(store.get('/p39', 1000)).toBeDefined();
    // One page larger than a quarter of the budget is not stored at all.
    expect(await store.put('/huge', page('y'.repeat(limit)), store.generation)).toBe(false);
  });

  it('lets later requests wait on a render in flight until it lands', async () => {
    const store = new PageStore(1 << 20);
    expect(store.flight('/a', 0)).toBeUndefined();
    store.takeOff('/a', 0);
    const waiting = store.flight('/a', 5)!;
    expect(store.flight('/a', 10_000)).toBeUndefined(); // a render stuck that long holds nobody back
    let landed = false;
    void waiting.then(() => (landed = true));
    store.land('/a');
    await waiting;
    expect(landed).toBe(true);
    expect(store.flight('/a', 5)).toBeUndefined();
    store.notStorable('/b');
    expect([store.worthWaiting('/a'), store.worthWaiting('/b')]).toEqual([true, false]);
  });
});
