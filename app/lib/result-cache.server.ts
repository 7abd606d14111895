import { LRUCache } from 'lru-cache';

/**
 * A bounded, process-wide cache for Storefront API results with
 * stale-while-revalidate. Bounded by entry count and by approximate bytes, so a
 * crawler walking every page cannot grow it without limit (unlike Hydrogen's InMemoryCache).
 */
export interface CachePolicy {
  maxAge: number; // seconds fresh
  staleWhileRevalidate: number; // seconds served stale while refreshing
}

interface Entry<T> {
  value: T;
  storedAt: number;
  policy: CachePolicy;
  size: number;
}

export class ResultCache<T> {
  private readonly lru: LRUCache<string, Entry<T>>;
  private readonly inflight = new Map<string, Promise<T>>();
  hits = 0;
  misses = 0;
  stale = 0;

  constructor(options: { maxEntries: number; maxBytes: number }) {
    this.lru = new LRUCache<string, Entry<T>>({
      max: Math.max(1, options.maxEntries),
      maxSize: Math.max(1, options.maxBytes),
      sizeCalculation: (e) => Math.max(1, e.size),
    });
  }

  get size(): number {
    return this.lru.size;
  }

  clear(): void {
    this.lru.clear();
  }

  /** A fresh value without a promise (the HTTP API's hit path), else undefined; counts the hit. */
  peek(key: string, now = Date.now()): T | undefined {
    const entry = this.lru.get(key);
    if (!entry || (now - entry.storedAt) / 1000 > entry.policy.maxAge) return undefined;
    this.hits++;
    return entry.value;
  }

  /**
   * Returns a cached value when fresh; when stale, returns it and refreshes in the
   * background; otherwise loads (concurrent callers share one load).
   */
  async getOrLoad(
    key: string,
    policy: CachePolicy,
    load: () => Promise<T>,
    sizeOf: (v: T) => number,
    cacheable: (v: T) => boolean,
    now = Date.now(),
  ): Promise<T> {
    const entry = this.lru.get(key);
    if (entry) {
      const age = (now - entry.storedAt) / 1000;
      if (age <= entry.policy.maxAge) {
        this.hits++;
        return entry.value;
      }
      if (age <= entry.policy.maxAge + entry.policy.staleWhileRevalidate) {
        this.stale++;
        if (!this.inflight.has(key)) void this.load(key, policy, load, sizeOf, cacheable).catch(() => {});
        return entry.value;
      }
    }
    this.misses++;
    return this.load(key, policy, load, sizeOf, cacheable);
  }

  private load(
    key: string,
    policy: CachePolicy,
    load: () => Promise<T>,
    sizeOf: (v: T) => number,
    cacheable: (v: T) => boolean,
  ): Promise<T> {
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const promise = load()
      .then((value) => {
        if (cacheable(value)) this.lru.set(key, { value, storedAt: Date.now(), policy, size: sizeOf(value) });
        return value;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }
}
