/**
 * The tags of a cached page (ADR 0027): what it shows, so a change purges exactly the pages that
 * show it, here and in a CDN in front (Surrogate-Key / Cache-Tag). Pure.
 */

/** Every page: purging `shop` empties the cache (prices, markets, brand, any unsure change). */
export const SHOP_TAG = 'shop';
/** Pages that list products (a collection, or more than one product): a product change may add or drop one. */
export const LISTING_TAG = 'listing';

const GID = /^gid:\/\/shopify\/(Product|ProductVariant|Collection|Page|Article|Blog)\/(\d+)$/;

/** The tag of a product, as catalog-changed names products by number. */
export const productTag = (id: number) => `product-${id}`;
/** The tag of a variant, as stock-changed names variants: the product page that shows its stock. */
export const variantTag = (id: number) => `productvariant-${id}`;

/** The tags of one Storefront API result: the products, variants, collections, pages, articles and blogs it holds. */
export function resultTags(data: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, depth: number): void => {
    if (depth > 64 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') {
        const m = GID.exec(v);
        if (m) found.add(`${m[1]!.toLowerCase()}-${m[2]}`);
      } else if (typeof v === 'object') walk(v, depth + 1);
    }
  };
  walk(data, 0);
  return [...found];
}

/** A page's tags from everything it read: the shop tag, the listing tag where it applies, then the rest. */
export function pageTags(seen: Iterable<string>): string[] {
  const tags = new Set<string>(seen);
  let products = 0;
  let listing = false;
  for (const t of tags) {
    if (t.startsWith('product-')) products++;
    else if (t.startsWith('collection-')) listing = true;
  }
  const coarse = [SHOP_TAG, ...(listing || products > 1 ? [LISTING_TAG] : [])];
  return [...coarse, ...[...tags].sort()];
}

/**
 * The surrogate-key header value: tags joined by `separator` (a space for Fastly's Surrogate-Key, a
 * comma for Cloudflare's Cache-Tag), at most `maxLength` characters. Past that the specific tags
 * are dropped and only the coarse ones stay, so a purge by `shop` still reaches the page.
 */
export function tagHeader(tags: readonly string[], separator: string, maxLength = 8000): string {
  const all = tags.join(separator);
  if (all.length <= maxLength) return all;
  return tags.filter((t) => t === SHOP_TAG || t === LISTING_TAG).join(separator);
}
