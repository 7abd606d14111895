import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { ownBytes } from '#app/lib/own-bytes.ts';
import { tagHeader } from './core/page-tags.ts';
import type { Encoding } from './core/page-rules.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** One stored representation: its body and the header list a hit sends (Age and X-Cache added per hit). */
export interface Variant {
  body: Buffer;
  etag: string;
  /** Flat [name, value, …] for writeHead, without Age. */
  headers: string[];
}

export interface StoredPage {
  storedAt: number;
  /** Fresh until then (the page's max-age, capped). */
  expiresAt: number;
  /** Past expiresAt and until then, served while one request re-renders it (stale-while-revalidate). */
  staleUntil: number;
  tags: readonly string[];
  variants: Partial<Record<Encoding, Variant>> & { identity: Variant };
  size: number;
}

/** A render of a key in progress: later requests for it wait (cold) or get the stale copy. */
interface Flight {
  since: number;
  done: Promise<void>;
  land: () => void;
}

/** A render that takes longer than this no longer holds other requests back. */
const FLIGHT_MS = 10_000;

/** Headers of the app's response that are not the page's to store: framing, per-response and ours. */
const NOT_STORED = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'etag',
  'age',
  'vary',
  'x-cache',
  'surrogate-key',
  'cache-tag',
  'set-cookie',
]);

/** Types worth compressing (text); images and fonts are stored as they are. */
const COMPRESSIBLE =
  /^(?:text\/|application\/(?:json|javascript|xml|[\w.+-]+\+(?:json|xml))|image\/svg\+xml)/i;

/** A strong ETag: a digest of the exact bytes sent (so each encoding has its own). */
export const strongEtag = (body: Buffer, suffix = '') =>
  `"${createHash('sha1').update(body).digest('base64url')}${suffix}"`;

/**
 * The page cache's store: LRU by bytes (every variant counted), a tag index for purges, and a
 * generation that every purge advances, so a page rendered before a purge is not stored after it.
 */
export class PageStore {
  private readonly lru: LRUCache<string, StoredPage>;
  private readonly byTag = new Map<string, Set<string>>();
  private readonly flights = new Map<string, Flight>();
  /** Keys whose last render was not storable (private, a 404…): no waiting on them for a while. */
  private readonly uncacheable: LRUCache<string, true>;
  generation = 0;
  stores = 0;

  constructor(maxBytes: number) {
    this.lru = new LRUCache<string, StoredPage>({
      maxSize: Math.max(1, maxBytes),
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
      sizeCalculation: (p) => Math.max(1, p.size),
      dispose: (page, key) => this.unindex(key, page.tags),
    });
    this.uncacheable = new LRUCache<string, true>({ max: 10_000, ttl: 60_000 });
  }

  get size(): number {
    return this.lru.size;
  }

  get bytes(): number {
    return this.lru.calculatedSize;
  }

  /** The stored page for this key while it may be served, fresh or stale (see `fresh`). */
  get(key: string, now: number): StoredPage | undefined {
    const page = this.lru.get(key);
    if (page && now >= page.staleUntil) {
      this.lru.delete(key);
      return undefined;
    }
    return page;
  }

  /** The render in flight for this key, if one started recently. */
  flight(key: string, now: number): Promise<void> | undefined {
    const f = this.flights.get(key);
    return f && now - f.since < FLIGHT_MS ? f.done : undefined;
  }

  /** Whether renders of this key are worth waiting for (the last one was storable, or none is known). */
  worthWaiting(key: string): boolean {
    return !this.uncacheable.has(key);
  }

  /** This request renders the key: others wait for it or get the stale copy until `land`. */
  takeOff(key: string, now: number): void {
    let land = () => {};
    const done = new Promise<void>((resolve) => (land = resolve));
    this.flights.set(key, {
      since: now,
      done,
      land: () => {
        if (this.flights.get(key)?.done === done) this.flights.delete(key);
        land();
      },
    });
  }

  land(key: string): void {
    this.flights.get(key)?.land();
  }

  notStorable(key: string): void {
    this.uncacheable.set(key, true);
  }

  /**
   * Stores the body at once (so requests waiting on this render are answered), then adds its gzip
   * and brotli variants when they are ready. Nothing is stored if a purge happened since
   * `generation` was read: the render may hold data from before the change.
   */
  put(
    key: string,
    page: {
      body: Buffer;
      headers: Record<string, number | string | string[] | undefined>;
      vary: string;
      tags: readonly string[];
      storedAt: number;
      ttlSeconds: number;
      staleSeconds: number;
    },
    generation: number,
  ): Promise<boolean> {
    if (generation !== this.generation) return Promise.resolve(false);
    this.uncacheable.delete(key);
    const base: string[] = [];
    let compressible = false;
    for (const [name, value] of Object.entries(page.headers)) {
      if (value === undefined || NOT_STORED.has(name)) continue;
      if (name === 'content-type') compressible = COMPRESSIBLE.test(String(value));
      for (const v of Array.isArray(value) ? value : [value]) base.push(name, String(v));
    }
    base.push('vary', page.vary);
    base.push('surrogate-key', tagHeader(page.tags, ' '), 'cache-tag', tagHeader(page.tags, ','));
    const variant = (bytes: Buffer, encoding: Encoding): Variant => {
      const body = ownBytes(bytes);
      return {
        body,
        etag: strongEtag(body, encoding === 'identity' ? '' : `-${encoding}`),
        headers: [
          ...base,
          ...(encoding === 'identity' ? [] : ['content-encoding', encoding]),
          'content-length',
          String(body.length),
        ],
      };
    };
    const expiresAt = page.storedAt + page.ttlSeconds * 1000;
    const first = this.set(key, {
      storedAt: page.storedAt,
      expiresAt,
      staleUntil: expiresAt + page.staleSeconds * 1000,
      tags: page.tags,
      variants: { identity: variant(page.body, 'identity') },
      size: 0,
    });
    if (!first || !compressible || page.body.length <= 1024) return Promise.resolve(!!first);
    return Promise.all([
      // Fast levels: a page is compressed on every store (brotli 5 is within a few % of 11 on HTML).
      gzipAsync(page.body, { level: 6 }),
      brotliAsync(page.body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: page.body.length,
        },
      }),
    ]).then(([gz, br]) => {
      // Purged or replaced meanwhile: leave it be.
      if (this.lru.peek(key) !== first) return false;
      const variants = { ...first.variants, gzip: variant(gz, 'gzip'), br: variant(br, 'br') };
      return !!this.set(key, { ...first, variants });
    });
  }

  /** Drops every page carrying any of these tags. */
  purgeTags(tags: Iterable<string>): void {
    this.generation++;
    for (const tag of tags) for (const key of [...(this.byTag.get(tag) ?? [])]) this.lru.delete(key);
  }

  purgeAll(): void {
    this.generation++;
    this.lru.clear();
    this.byTag.clear();
  }

  private set(key: string, page: StoredPage): StoredPage | null {
    page.size = Object.values(page.variants).reduce((n, v) => n + v.body.length + 64 * v.headers.length, 0);
    this.lru.set(key, page);
    if (this.lru.peek(key) !== page) return null; // larger than an entry may be
    for (const tag of page.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    this.stores++;
    return page;
  }

  private unindex(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      keys.delete(key);
      if (!keys.size) this.byTag.delete(tag);
    }
  }
}
