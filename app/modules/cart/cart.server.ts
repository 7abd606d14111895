import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { cartLines, carts } from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import { sellableStock, type Stock } from '#app/modules/catalog/stock.server.ts';
import type { MarketConfig } from '#app/modules/markets/core/market.ts';
import { marketForCountry } from '#app/modules/markets/core/market.ts';
import {
  CART_TTL_MS,
  insertCart,
  readCart,
  writeCart,
  type CartFields,
  type CartLineRecord,
  type CartRecord,
  type CartWrite,
  type LineWrite,
} from './cart-store.server.ts';
import {
  capLine,
  MAX_LINES,
  MAX_NOTE,
  MAX_LINE_QUANTITY,
  normaliseAttributes,
  normaliseCodes,
  quantityProblem,
  type Attribute,
  normaliseBuyerContact,
  type BuyerIdentityInput,
  type CartProblem,
  type CartWarningItem,
} from './core/cart-input.ts';

/** Carts, stored without prices: lines are priced on read in the cart's country, so a country change re-prices. */

export { CART_TTL_MS, type CartLineRecord, type CartRecord } from './cart-store.server.ts';

export interface CartResult {
  cart: CartRecord | null;
  userErrors: CartProblem[];
  warnings: CartWarningItem[];
}

export interface LineRequest {
  variantId: number | null;
  quantity: number;
  attributes?: Attribute[];
}

const newToken = () => `c1-${randomBytes(24).toString('base64url')}`;
const fail = (...userErrors: CartProblem[]): CartResult => ({ cart: null, userErrors, warnings: [] });

/** A live cart (not expired, not completed) with its lines, in one statement. */
export function getCart(db: Db, id: string, now = new Date()): Promise<CartRecord | null> {
  return readCart(db, id, now);
}

const requestedVariants = (requests: LineRequest[]) =>
  requests.flatMap((r) => (r.variantId ? [r.variantId] : []));

/**
 * Validates requested lines against the catalog and stock, merged with existing quantities.
 * Returns every problem (nothing is applied if any), and warnings where stock capped a quantity.
 */
function planLines(
  stock: Map<number, Stock>,
  existing: CartLineRecord[],
  requests: LineRequest[],
  mode: 'add' | 'set',
  field: string,
) {
  const problems: CartProblem[] = [];
  const warnings: CartWarningItem[] = [];
  const next = new Map(
    existing.map((l) => [l.variantId, { quantity: l.quantity, attributes: l.attributes }]),
  );
  requests.forEach((r, i) => {
    const at = [field, String(i)];
    const q = quantityProblem(r.quantity, [...at, 'quantity']);
    if (q) return problems.push(q);
    const s = r.variantId ? stock.get(r.variantId) : undefined;
    if (!r.variantId || !s)
      return problems.push({ code: 'INVALID_MERCHANDISE_LINE', field: [...at, 'merchandiseId'] });
    const attrs = r.attributes ? normaliseAttributes(r.attributes, [...at, 'attributes']) : null;
    if (attrs && 'problem' in attrs) return problems.push(attrs.problem);
    const before = next.get(r.variantId)?.quantity ?? 0;
    const wanted = mode === 'add' ? before + r.quantity : r.quantity;
    const capped = capLine(wanted, s, toGid('ProductVariant', r.variantId));
    if (capped.warning) warnings.push(capped.warning);
    next.set(r.variantId, {
      quantity: capped.quantity,
      attributes: attrs?.attributes ?? next.get(r.variantId)?.attributes ?? [],
    });
  });
  if ([...next.values()].filter((l) => l.quantity > 0).length > MAX_LINES)
    problems.push({ code: 'CART_TOO_LARGE', field: [field] });
  return { problems, warnings, next };
}

type NextLines = Map<number, { quantity: number; attributes: Attribute[] }>;
type GiftChange = { giftQuantity: number; giftPromotionId: number | null };

/**
 * The write that brings the cart's lines to `next`: lines whose quantity or attributes change
 * (or whose gift units do) are upserted, lines at 0 dropped. A line keeps its gift units, at most
 * its new quantity, unless `gifts` says otherwise.
 */
function linesWrite(
  existing: CartLineRecord[],
  next: NextLines,
  gifts = new Map<number, GiftChange>(),
): CartWrite {
  const byVariant = new Map(existing.map((l) => [l.variantId, l]));
  const upsert: LineWrite[] = [];
  const dropVariants: number[] = [];
  for (const [variantId, l] of next) {
    const old = byVariant.get(variantId);
    if (l.quantity <= 0) {
      if (old) dropVariants.push(variantId);
      continue;
    }
    const gift = old ? (gifts.get(old.id) ?? null) : null;
    const same =
      old &&
      !gift &&
      old.quantity === l.quantity &&
      JSON.stringify(old.attributes) === JSON.stringify(l.attributes);
    if (same) continue;
    const giftQuantity = gift?.giftQuantity ?? Math.min(old?.giftQuantity ?? 0, l.quantity);
    upsert.push({
      variantId,
      quantity: l.quantity,
      attributes: l.attributes,
      giftQuantity,
      giftPromotionId:
        giftQuantity > 0 ? (gift ? gift.giftPromotionId : (old?.giftPromotionId ?? null)) : null,
    });
  }
  return { upsert, dropVariants };
}

/**
 * A shopper who lowers a line holding gift units takes the gift units out first, and declines
 * that gift: the promotion does not add it again (its discount still covers gift units kept).
 * Returns the lines' new gift units and the cart's declined gifts if they grew.
 */
function takeGiftUnits(cart: CartRecord, quantityAfter: (l: CartLineRecord) => number) {
  const declined = new Set(cart.declinedGifts);
  const gifts = new Map<number, GiftChange>();
  for (const l of cart.lines) {
    if (!l.giftQuantity) continue;
    const after = quantityAfter(l);
    const taken = Math.min(Math.max(0, l.quantity - after), l.giftQuantity);
    if (!taken) continue;
    declined.add(l.giftPromotionId!);
    const left = l.giftQuantity - taken;
    if (after > 0) gifts.set(l.id, { giftQuantity: left, giftPromotionId: left ? l.giftPromotionId : null });
  }
  return {
    gifts,
    set: declined.size > cart.declinedGifts.length ? { declinedGifts: [...declined] } : {},
  };
}

export interface GiftUnits {
  promotionId: number;
  variantId: number;
  /** Gift units the cart should hold for this promotion; promotions not listed hold none. */
  quantity: number;
}

/**
 * Brings the cart's gift units to the plan (checkout/cart-gifts.server.ts): adds them to the
 * variant's line (or a new line), takes out the units of gifts no longer earned, within stock
 * and the line limits. Returns whether anything changed.
 */
export async function setGiftUnits(db: Db, id: string, plan: readonly GiftUnits[]): Promise<boolean> {
  const cart = await getCart(db, id);
  if (!cart) return false;
  const wanted = new Map(plan.filter((g) => g.quantity > 0).map((g) => [g.variantId, g]));
  const stock = await sellableStock(db, [...wanted.keys()]);
  const writes: {
    line: CartLineRecord | null;
    variantId: number;
    quantity: number;
    gift: number;
    promotionId: number | null;
  }[] = [];
  for (const l of cart.lines) {
    const g = wanted.get(l.variantId);
    const own = l.quantity - l.giftQuantity;
    const gift = g
      ? Math.min(g.quantity, MAX_LINE_QUANTITY - own, sellableUnits(stock.get(l.variantId)) - own)
      : 0;
    const next = Math.max(0, gift);
    if (next !== l.giftQuantity || (g && next && l.giftPromotionId !== g.promotionId))
      writes.push({
        line: l,
        variantId: l.variantId,
        quantity: own + next,
        gift: next,
        promotionId: next ? g!.promotionId : null,
      });
  }
  const lineCount = cart.lines.length;
  let added = 0;
  for (const g of wanted.values()) {
    if (cart.lines.some((l) => l.variantId === g.variantId)) continue;
    const gift = Math.min(g.quantity, MAX_LINE_QUANTITY, sellableUnits(stock.get(g.variantId)));
    if (gift <= 0 || lineCount + added >= MAX_LINES) continue;
    added++;
    writes.push({ line: null, variantId: g.variantId, quantity: gift, gift, promotionId: g.promotionId });
  }
  if (!writes.length) return false;
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    for (const w of writes) {
      if (w.line && w.quantity === 0) await tx.delete(cartLines).where(eq(cartLines.id, w.line.id));
      else if (w.line)
        await tx
          .update(cartLines)
          .set({ quantity: w.quantity, giftQuantity: w.gift, giftPromotionId: w.promotionId })
          .where(eq(cartLines.id, w.line.id));
      // A line for the variant that a concurrent change just added wins; the next change plans again.
      else
        await tx
          .insert(cartLines)
          .values({
            cartId: id,
            variantId: w.variantId,
            quantity: w.quantity,
            giftQuantity: w.gift,
            giftPromotionId: w.promotionId,
          })
          .onConflictDoNothing();
    }
    await touch(tx, id);
  });
  return true;
}

const sellableUnits = (s: Stock | undefined) =>
  !s ? 0 : s.policy === 'continue' ? MAX_LINE_QUANTITY : Math.max(0, s.quantity);

async function touch(tx: Db, id: string, now = new Date()) {
  await tx
    .update(carts)
    .set({ updatedAt: now, expiresAt: new Date(now.getTime() + CART_TTL_MS) })
    .where(eq(carts.id, id));
}

export interface CreateCartInput {
  country: string;
  language: string;
  lines?: LineRequest[];
  buyer?: BuyerIdentityInput;
  note?: string;
  attributes?: Attribute[];
  discountCodes?: string[];
}

export async function createCart(db: Db, config: MarketConfig, input: CreateCartInput): Promise<CartResult> {
  const market = marketForCountry(config, input.country) ?? config.markets.find((m) => m.primary)!;
  const country = market.countries.includes(input.country) ? input.country : market.countries[0]!;
  if ((input.note?.length ?? 0) > MAX_NOTE) return fail({ code: 'NOTE_TOO_LONG', field: ['input', 'note'] });
  const attrs = normaliseAttributes(input.attributes ?? [], ['input', 'attributes']);
  if ('problem' in attrs) return fail(attrs.problem);
  const contact = normaliseBuyerContact(input.buyer ?? {}, ['input', 'buyerIdentity']);
  if ('problem' in contact) return fail(contact.problem);
  const requests = input.lines ?? [];
  const stock = await sellableStock(db, requestedVariants(requests));
  const plan = planLines(stock, [], requests, 'add', 'input.lines');
  if (plan.problems.length) return { cart: null, userErrors: plan.problems, warnings: [] };
  const cart = await insertCart(
    db,
    {
      id: newToken(),
      marketId: market.id,
      countryCode: country,
      language: input.language,
      email: contact.email ?? null,
      phone: contact.phone ?? null,
      note: input.note ?? '',
      attributes: attrs.attributes,
      discountCodes: normaliseCodes(input.discountCodes ?? []),
    },
    linesWrite([], plan.next).upsert ?? [],
  );
  return { cart, userErrors: [], warnings: plan.warnings };
}

type Outcome = { problems: CartProblem[]; warnings?: CartWarningItem[]; write?: CartWrite };
const INVALID_CART = fail({ code: 'INVALID', field: ['cartId'] });

/**
 * Writes a change planned on the cart as read: one statement that also checks the cart is still
 * live and returns it as written. An unknown or expired id is Shopify's INVALID error on cartId.
 */
async function commit(db: Db, id: string, cart: CartRecord | null, plan: (cart: CartRecord) => Outcome) {
  if (!cart) return INVALID_CART;
  const outcome = plan(cart);
  if (outcome.problems.length) return { cart, userErrors: outcome.problems, warnings: [] };
  const written = await writeCart(db, id, outcome.write ?? {});
  if (!written) return INVALID_CART;
  return { cart: written, userErrors: [], warnings: outcome.warnings ?? [] };
}

/** Reads the cart, plans a change on it and writes it. */
async function change(db: Db, id: string, plan: (cart: CartRecord) => Outcome): Promise<CartResult> {
  return commit(db, id, await getCart(db, id), plan);
}

export async function addCartLines(db: Db, id: string, lines: LineRequest[]): Promise<CartResult> {
  // The stock of what is added does not depend on the cart: both reads go out together.
  const [cart, stock] = await Promise.all([getCart(db, id), sellableStock(db, requestedVariants(lines))]);
  return commit(db, id, cart, (c) => {
    const plan = planLines(stock, c.lines, lines, 'add', 'lines');
    return { problems: plan.problems, warnings: plan.warnings, write: linesWrite(c.lines, plan.next) };
  });
}

/** Updates by line id; a quantity of 0 removes the line. */
export async function updateCartLines(
  db: Db,
  id: string,
  updates: {
    lineId: number | null;
    quantity?: number;
    variantId?: number | null;
    attributes?: Attribute[];
  }[],
): Promise<CartResult> {
  const cart = await getCart(db, id);
  if (!cart) return INVALID_CART;
  const problems: CartProblem[] = [];
  const requests: LineRequest[] = [];
  const replaced: number[] = [];
  updates.forEach((u, i) => {
    const line = cart.lines.find((l) => l.id === u.lineId);
    if (!line) return problems.push({ code: 'INVALID_MERCHANDISE_LINE', field: ['lines', String(i), 'id'] });
    const variantId = u.variantId === undefined ? line.variantId : u.variantId;
    if (variantId !== line.variantId) replaced.push(line.variantId);
    requests.push({
      variantId,
      quantity: u.quantity ?? line.quantity,
      attributes: u.attributes ?? line.attributes,
    });
  });
  if (problems.length) return { cart, userErrors: problems, warnings: [] };
  const kept = requests.filter((r) => r.quantity > 0);
  const stock = await sellableStock(db, requestedVariants(kept));
  return commit(db, id, cart, (c) => {
    const existing = c.lines.filter((l) => !replaced.includes(l.variantId));
    const plan = planLines(stock, existing, kept, 'set', 'lines');
    for (const r of requests)
      if (r.quantity === 0 && r.variantId) plan.next.set(r.variantId, { quantity: 0, attributes: [] });
    for (const v of replaced) if (!plan.next.has(v)) plan.next.set(v, { quantity: 0, attributes: [] });
    if (plan.problems.length) return { problems: plan.problems };
    const taken = takeGiftUnits(c, (l) => plan.next.get(l.variantId)?.quantity ?? l.quantity);
    return {
      problems: [],
      warnings: plan.warnings,
      write: { ...linesWrite(c.lines, plan.next, taken.gifts), set: taken.set },
    };
  });
}

export function removeCartLines(db: Db, id: string, lineIds: (number | null)[]) {
  return change(db, id, (cart) => {
    const problems = lineIds.flatMap((l, i) =>
      cart.lines.some((x) => x.id === l)
        ? []
        : [{ code: 'INVALID_MERCHANDISE_LINE' as const, field: ['lineIds', String(i)] }],
    );
    if (problems.length) return { problems };
    const taken = takeGiftUnits(cart, (l) => (lineIds.includes(l.id) ? 0 : l.quantity));
    return { problems, write: { dropLines: lineIds as number[], set: taken.set } };
  });
}

/** Country moves the cart to that country's market (and currency); email is kept for checkout. */
export function updateBuyerIdentity(db: Db, config: MarketConfig, id: string, identity: BuyerIdentityInput) {
  return change(db, id, () => {
    const contact = normaliseBuyerContact(identity, ['buyerIdentity']);
    if ('problem' in contact) return { problems: [contact.problem] };
    const set: CartFields = { ...contact };
    if (identity.countryCode) {
      const market = marketForCountry(config, identity.countryCode);
      if (!market) return { problems: [{ code: 'INVALID', field: ['buyerIdentity', 'countryCode'] }] };
      Object.assign(set, { marketId: market.id, countryCode: identity.countryCode });
    }
    return { problems: [], write: { set } };
  });
}

export function updateDiscountCodes(db: Db, id: string, codes: string[]) {
  return change(db, id, () => ({ problems: [], write: { set: { discountCodes: normaliseCodes(codes) } } }));
}

export function updateNote(db: Db, id: string, note: string) {
  return change(db, id, () =>
    note.length > MAX_NOTE
      ? { problems: [{ code: 'NOTE_TOO_LONG', field: ['note'] }] }
      : { problems: [], write: { set: { note } } },
  );
}

/** Replaces the given attributes by key and keeps the others, as Shopify's cartAttributesUpdate does. */
export function updateAttributes(db: Db, id: string, attributes: Attribute[]) {
  return change(db, id, (cart) => {
    const merged = normaliseAttributes([...cart.attributes, ...attributes], ['attributes']);
    if ('problem' in merged) return { problems: [merged.problem] };
    return { problems: [], write: { set: { attributes: merged.attributes } } };
  });
}

/** Completes the cart in the caller's transaction (the order's): it is no longer live, and never expires. */
export async function markCompleted(tx: Db, id: string): Promise<void> {
  await tx
    .update(carts)
    .set({ completedAt: sql`now()` })
    .where(eq(carts.id, id));
}

/** Deletes carts past their expiry that never became an order; returns how many. */
export async function deleteExpiredCarts(db: Db, now = new Date()): Promise<number> {
  const rows = await db
    .delete(carts)
    .where(and(lt(carts.expiresAt, now), isNull(carts.completedAt)))
    .returning({ id: carts.id });
  return rows.length;
}
