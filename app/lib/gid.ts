/** Shopify-style global IDs at the API boundary: gid://shopify/Product/123 */
export type GidType =
  | 'CartLine'
  | 'Order'
  | 'Product'
  | 'ProductVariant'
  | 'Collection'
  | 'ProductOption'
  | 'ProductOptionValue'
  | 'ProductImage'
  | 'MediaImage'
  | 'Menu'
  | 'MenuItem'
  | 'Shop'
  | 'Market'
  | 'Page'
  | 'UrlRedirect'
  | 'Blog'
  | 'Article'
  | 'ShopPolicy';

export function toGid(type: GidType, id: number | string): string {
  return `gid://shopify/${type}/${id}`;
}

const GID_RE = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d{1,15})(?:\?.*)?$/;

/** Parses a GID; returns null for anything malformed or of another type. */
export function parseGid(gid: string, expected?: GidType): { type: string; id: number } | null {
  const m = GID_RE.exec(gid);
  if (!m) return null;
  const type = m[1]!;
  if (expected && type !== expected) return null;
  const id = Number(m[2]);
  if (!Number.isSafeInteger(id) || id > 2147483647) return null;
  return { type, id };
}

/** A cart token as cart.server.ts makes them: "c1-" and 32 base64url characters (some room kept). */
const CART_TOKEN = /^c1-[A-Za-z0-9_-]{20,64}$/;
const CART_RE = /^gid:\/\/shopify\/Cart\/(c1-[A-Za-z0-9_-]{20,64})(?:\?.*)?$/;

/** Whether a string is shaped like a cart token (checkout and confirmation URLs carry one). */
export function isCartToken(token: string): boolean {
  return CART_TOKEN.test(token);
}

/** Carts are identified by an unguessable token, not a number: gid://shopify/Cart/<token>. */
export function cartGid(token: string): string {
  return `gid://shopify/Cart/${token}`;
}

export function parseCartGid(gid: string): string | null {
  return CART_RE.exec(gid)?.[1] ?? null;
}
