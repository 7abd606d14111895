/**
 * Cart input rules, pure: what a line, note, attribute or discount code may be, and how
 * requested lines merge. Errors use the Storefront API's CartErrorCode values.
 */

export const MAX_LINE_QUANTITY = 999;
export const MAX_LINES = 250;
export const MAX_NOTE = 5000;
export const MAX_ATTRIBUTES = 50;
export const MAX_CODES = 10;

export type CartErrorCode =
  | 'INVALID'
  | 'INVALID_MERCHANDISE_LINE'
  | 'LESS_THAN'
  | 'MAXIMUM_EXCEEDED'
  | 'NOTE_TOO_LONG'
  | 'CART_TOO_LARGE'
  | 'INVALID_DELIVERY_ADDRESS_ID';
export type CartWarningCode = 'MERCHANDISE_NOT_ENOUGH_STOCK' | 'MERCHANDISE_OUT_OF_STOCK';

export interface CartProblem {
  code: CartErrorCode;
  field: string[];
}
export interface CartWarningItem {
  code: CartWarningCode;
  target: string;
}

export interface Attribute {
  key: string;
  value: string;
}

/** Adding needs at least one; setting a line's quantity to 0 removes it. */
export function quantityProblem(quantity: number, field: string[], min = 1): CartProblem | null {
  if (!Number.isInteger(quantity) || quantity < min) return { code: 'LESS_THAN', field };
  if (quantity > MAX_LINE_QUANTITY) return { code: 'MAXIMUM_EXCEEDED', field };
  return null;
}

/** Attributes: keys trimmed and non-empty, last value wins, bounded in count and size. */
export function normaliseAttributes(
  input: readonly { key: string; value: string }[],
  field: string[],
): { attributes: Attribute[] } | { problem: CartProblem } {
  const out = new Map<string, string>();
  for (const a of input) {
    const key = a.key.trim();
    if (!key || key.length > 255 || a.value.length > 5000) return { problem: { code: 'INVALID', field } };
    out.set(key, a.value);
  }
  if (out.size > MAX_ATTRIBUTES) return { problem: { code: 'MAXIMUM_EXCEEDED', field } };
  return { attributes: [...out].map(([key, value]) => ({ key, value })) };
}

/** Codes trimmed, empty ones dropped, duplicates (any case) removed, order kept. */
export function normaliseCodes(codes: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of codes) {
    const code = raw.trim().slice(0, 255);
    // The same code in another case or in full-width look-alikes is the same code (promotions/core/codes.ts).
    const key = code.normalize('NFKC').toUpperCase();
    if (code && !seen.has(key)) {
      seen.add(key);
      out.push(code);
    }
  }
  return out.slice(0, MAX_CODES);
}

/** Requested quantity capped by stock where the variant cannot be oversold; the warning says so. */
export function capToStock(
  requested: number,
  stock: { quantity: number; policy: 'deny' | 'continue' },
  target: string,
): { quantity: number; warning: CartWarningItem | null } {
  if (stock.policy === 'continue' || requested <= stock.quantity)
    return { quantity: requested, warning: null };
  const available = Math.max(0, stock.quantity);
  return {
    quantity: available,
    warning: { code: available === 0 ? 'MERCHANDISE_OUT_OF_STOCK' : 'MERCHANDISE_NOT_ENOUGH_STOCK', target },
  };
}

/**
 * A merged line (999 added onto 999, or one variant twice in a request) capped at
 * MAX_LINE_QUANTITY, then by stock. The Storefront API has no warning of its own for the
 * per-line maximum, so the cap is reported as Shopify reports any quantity it could not give:
 * MERCHANDISE_NOT_ENOUGH_STOCK on that variant.
 */
export function capLine(
  requested: number,
  stock: { quantity: number; policy: 'deny' | 'continue' },
  target: string,
): { quantity: number; warning: CartWarningItem | null } {
  const limited = Math.min(requested, MAX_LINE_QUANTITY);
  const capped = capToStock(limited, stock, target);
  if (capped.warning || limited === requested) return capped;
  return { quantity: limited, warning: { code: 'MERCHANDISE_NOT_ENOUGH_STOCK', target } };
}

/** What a client may send as the cart's buyer identity (Shopify's CartBuyerIdentityInput). */
export interface BuyerIdentityInput {
  countryCode?: string | null;
  email?: string | null;
  phone?: string | null;
  customerAccessToken?: string | null;
  companyLocationId?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Checks the contact fields of a buyer identity: an email, a phone in E.164 (spaces, dots, dashes
 * and brackets are tolerated and dropped, as people type them), and nothing Meridian cannot honour.
 * Meridian has no customer accounts or B2B company locations, so a customer access token or a
 * company location is refused rather than silently ignored: the buyer would otherwise believe they
 * were signed in. `undefined` keeps a field; `null` or empty clears it.
 */
export function normaliseBuyerContact(
  identity: BuyerIdentityInput,
  field: string[],
): { problem: CartProblem } | { email?: string | null; phone?: string | null } {
  if (identity.customerAccessToken != null)
    return { problem: { code: 'INVALID', field: [...field, 'customerAccessToken'] } };
  if (identity.companyLocationId != null)
    return { problem: { code: 'INVALID', field: [...field, 'companyLocationId'] } };
  const out: { email?: string | null; phone?: string | null } = {};
  if (identity.email !== undefined) {
    const email = identity.email?.trim() || null;
    if (email && (email.length > 254 || !EMAIL.test(email)))
      return { problem: { code: 'INVALID', field: [...field, 'email'] } };
    out.email = email;
  }
  if (identity.phone !== undefined) {
    const phone = identity.phone?.replace(/[\s().-]/g, '') || null;
    if (phone && !E164.test(phone)) return { problem: { code: 'INVALID', field: [...field, 'phone'] } };
    out.phone = phone;
  }
  return out;
}
