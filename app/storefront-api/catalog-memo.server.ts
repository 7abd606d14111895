import { LRUCache } from 'lru-cache';
import type { ProductBundle } from '#app/modules/catalog/products.server.ts';
import type { Stock } from '#app/modules/catalog/stock.server.ts';
import type { CurrentPrice } from '#app/modules/pricing/pricing.server.ts';
import { on } from '#app/lib/events.server.ts';

/**
 * What the Storefront API reads for every product and that only changes on a catalog, price or
 * market event, kept per process so a hot product costs no statement instead of ten.
 * The events clear it at once; the lifetime bounds edits that announce nothing (a page's
 * translations). Stock is kept only for seconds, as long as the HTTP result cache keeps an answer
 * fresh: orders announce what they take (stock-changed), but a scheduled publication reaching
 * its time announces nothing.
 */
const TTL_MS = 30_000;
export const STOCK_TTL_MS = 5_000;

const KEY = Symbol.for('meridian.storefront-catalog-memo');

interface Memo {
  /** Product id → its bundle as loaded (stock as of loading; callers overlay fresh stock). */
  bundles: LRUCache<number, ProductBundle>;
  /** `language\ngid` → field → translated value. */
  translations: LRUCache<string, Map<string, string>>;
  /** `country\nvariantId` → the price in effect (kept no longer than its validity). */
  prices: LRUCache<string, CurrentPrice>;
  /** `language\nhandle` → product id (found ones only: a miss may be published a moment later). */
  productIds: LRUCache<string, number>;
  /** Variant id → its stock, or false when it cannot be bought now (unpublished, archived, gone). */
  stock: LRUCache<number, Stock | false>;
}

type Holder = { [KEY]?: Memo };

export function catalogMemo(): Memo {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const memo: Memo = {
      bundles: new LRUCache({ max: 5_000, ttl: TTL_MS }),
      translations: new LRUCache({ max: 100_000, ttl: TTL_MS }),
      prices: new LRUCache({ max: 100_000, ttl: TTL_MS }),
      productIds: new LRUCache({ max: 20_000, ttl: TTL_MS }),
      stock: new LRUCache({ max: 100_000, ttl: STOCK_TTL_MS }),
    };
    const clearCatalog = () => {
      memo.bundles.clear();
      memo.translations.clear();
      memo.productIds.clear();
      memo.stock.clear();
    };
    on('catalog-changed', clearCatalog);
    on('stock-changed', ({ variantIds }) => {
      if (variantIds === null) memo.stock.clear();
      else for (const id of variantIds) memo.stock.delete(id);
    });
    // A price change may come with new base prices on the variants (the bundle's fallback input).
    on('prices-changed', () => {
      memo.prices.clear();
      memo.bundles.clear();
    });
    on('markets-changed', () => memo.prices.clear());
    holder[KEY] = memo;
  }
  return holder[KEY];
}

/** How long a price may be kept: until it stops being the current one, and never past the memo's lifetime. */
export function priceTtl(price: CurrentPrice, now: Date): number {
  const until = price.validTo ? price.validTo.getTime() - now.getTime() : TTL_MS;
  return Math.max(0, Math.min(TTL_MS, until));
}
