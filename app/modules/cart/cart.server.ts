import { randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { cartLines, carts } from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import { sellableStock, type Stock } from '#app/modules/catalog/stock.server.ts';
import type { MarketConfig } from '#app/modules/markets/core/market.ts';
import { marketForCountry } from '#app/modules/markets/core/market.ts';
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

/** Shopify expires a cart ten days after its last change. */
export const CART_TTL_MS = 10 * 24 * 3600_000;

export interface CartLineRecord {
  id: number;
  variantId: number;
  quantity: number;
  attributes: Attribute[];
  /** Units of `quantity` a promotion added as its free gift, and which promotion. */
  giftQuantity: number;
  giftPromotionId: number | null;
}
export interface CartRecord {
  id: string;
  marketId: number;
  countryCode: string;
  language: string;
  email: string | null;
  phone: string | null;
  note: string;
  attributes: Attribute[];
  discountCodes: string[];
  /** Promotions whose gift the shopper took out. */
  declinedGifts: number[];
  createdAt: Date;
  updatedAt: Date;
  lines: CartLineRecord[];
}
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

export async function getCart(db: Db, id: string, now = new Date()): Promise<CartRecord | null> {
  const [cart] = await db
    .select()
    .from(carts)
    .where(and(eq(carts.id, id), gt(carts.expiresAt, now), isNull(carts.completedAt)));
  if (!cart) return null;
  const lines = await db
    .select({
      id: cartLines.id,
      variantId: cartLines.variantId,
      quantity: cartLines.quantity,
      attributes: cartLines.attributes,
      giftQuantity: cartLines.giftQuantity,
      giftPromotionId: cartLines.giftPromotionId,
    })
    .from(cartLines)
    .where(eq(cartLines.cartId, id))
    .orderBy(cartLines.id);
  return { ...cart, lines };
}

/**
 * Validates requested lines against the catalog and stock, merged with existing quantities.
 * Returns every problem (nothing is applied if any), and warnings where stock capped a quantity.
 */
async function planLines(
  db: Db,
  existing: CartLineRecord[],
  requests: LineRequest[],
  mode: 'add' | 'set',
  field: string,
) {
  const problems: CartProblem[] = [];
  const warnings: CartWarningItem[] = [];
  const stock = await sellableStock(
    db,
    requests.flatMap((r) => (r.variantId ? [r.variantId] : [])),
  );
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

async function writeLines(
  tx: Db,
  cartId: string,
  next: Map<number, { quantity: number; attributes: Attribute[] }>,
) {
  const keep = [...next].filter(([, l]) => l.quantity > 0);
  const drop = [...next].filter(([, l]) => l.quantity <= 0).map(([v]) => v);
  if (drop.length)
    await tx.delete(cartLines).where(and(eq(cartLines.cartId, cartId), inArray(cartLines.variantId, drop)));
  if (keep.length) {
    await tx
      .insert(cartLines)
      .values(
        keep.map(([variantId, l]) => ({ cartId, variantId, quantity: l.quantity, attributes: l.attributes })),
      )
      .onConflictDoUpdate({
        target: [cartLines.cartId, cartLines.variantId],
        set: { quantity: sql`excluded.quantity`, attributes: sql`excluded.attributes` },
      });
  }
}

/**
 * A shopper who lowers a line holding gift units takes the gift units out first, and declines
 * that gift: the promotion does not add it again (its discount still covers gift units kept).
 */
async function takeGiftUnits(tx: Db, cart: CartRecord, quantityAfter: (l: CartLineRecord) => number) {
  const declined = new Set(cart.declinedGifts);
  for (const l of cart.lines) {
    if (!l.giftQuantity) continue;
    const after = quantityAfter(l);
    const taken = Math.min(Math.max(0, l.quantity - after), l.giftQuantity);
    if (!taken) continue;
    declined.add(l.giftPromotionId!);
    if (after > 0) {
      const left = l.giftQuantity - taken;
      await tx
        .update(cartLines)
        .set({ giftQuantity: left, giftPromotionId: left ? l.giftPromotionId : null })
        .where(eq(cartLines.id, l.id));
    }
  }
  if (declined.size > cart.declinedGifts.length)
    await tx
      .update(carts)
      .set({ declinedGifts: [...declined] })
      .where(eq(carts.id, cart.id));
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

async function touch(tx: Db, id: string, set: Partial<typeof carts.$inferInsert> = {}, now = new Date()) {
  await tx
    .update(carts)
    .set({ ...set, updatedAt: now, expiresAt: new Date(now.getTime() + CART_TTL_MS) })
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
  const plan = await planLines(db, [], input.lines ?? [], 'add', 'input.lines');
  if (plan.problems.length) return { cart: null, userErrors: plan.problems, warnings: [] };
  const id = newToken();
  const now = new Date();
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await tx.insert(carts).values({
      id,
      marketId: market.id,
      countryCode: country,
      language: input.language,
      email: contact.email ?? null,
      phone: contact.phone ?? null,
      note: input.note ?? '',
      attributes: attrs.attributes,
      discountCodes: normaliseCodes(input.discountCodes ?? []),
      expiresAt: new Date(now.getTime() + CART_TTL_MS),
    });
    await writeLines(tx, id, plan.next);
  });
  return { cart: await getCart(db, id), userErrors: [], warnings: plan.warnings };
}

/** Runs a change against a live cart; an unknown or expired id is Shopify's INVALID error on cartId. */
async function change(
  db: Db,
  id: string,
  apply: (cart: CartRecord, tx: Db) => Promise<{ problems: CartProblem[]; warnings?: CartWarningItem[] }>,
): Promise<CartResult> {
  const cart = await getCart(db, id);
  if (!cart) return fail({ code: 'INVALID', field: ['cartId'] });
  let outcome: { problems: CartProblem[]; warnings?: CartWarningItem[] } = { problems: [] };
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    outcome = await apply(cart, tx);
    if (outcome.problems.length === 0) await touch(tx, id);
  });
  if (outcome.problems.length) return { cart, userErrors: outcome.problems, warnings: [] };
  return { cart: await getCart(db, id), userErrors: [], warnings: outcome.warnings ?? [] };
}

export function addCartLines(db: Db, id: string, lines: LineRequest[]) {
  return change(db, id, async (cart, tx) => {
    const plan = await planLines(tx, cart.lines, lines, 'add', 'lines');
    if (!plan.problems.length) await writeLines(tx, id, plan.next);
    return { problems: plan.problems, warnings: plan.warnings };
  });
}

/** Updates by line id; a quantity of 0 removes the line. */
export function updateCartLines(
  db: Db,
  id: string,
  updates: {
    lineId: number | null;
    quantity?: number;
    variantId?: number | null;
    attributes?: Attribute[];
  }[],
) {
  return change(db, id, async (cart, tx) => {
    const problems: CartProblem[] = [];
    const requests: LineRequest[] = [];
    const replaced: number[] = [];
    updates.forEach((u, i) => {
      const line = cart.lines.find((l) => l.id === u.lineId);
      if (!line)
        return problems.push({ code: 'INVALID_MERCHANDISE_LINE', field: ['lines', String(i), 'id'] });
      const variantId = u.variantId === undefined ? line.variantId : u.variantId;
      if (variantId !== line.variantId) replaced.push(line.variantId);
      requests.push({
        variantId,
        quantity: u.quantity ?? line.quantity,
        attributes: u.attributes ?? line.attributes,
      });
    });
    if (problems.length) return { problems };
    const existing = cart.lines.filter((l) => !replaced.includes(l.variantId));
    const plan = await planLines(
      tx,
      existing,
      requests.filter((r) => r.quantity > 0),
      'set',
      'lines',
    );
    for (const r of requests)
      if (r.quantity === 0 && r.variantId) plan.next.set(r.variantId, { quantity: 0, attributes: [] });
    for (const v of replaced) if (!plan.next.has(v)) plan.next.set(v, { quantity: 0, attributes: [] });
    if (!plan.problems.length) {
      await writeLines(tx, id, plan.next);
      await takeGiftUnits(tx, cart, (l) => plan.next.get(l.variantId)?.quantity ?? l.quantity);
    }
    return { problems: plan.problems, warnings: plan.warnings };
  });
}

export function removeCartLines(db: Db, id: string, lineIds: (number | null)[]) {
  return change(db, id, async (cart, tx) => {
    const problems = lineIds.flatMap((l, i) =>
      cart.lines.some((x) => x.id === l)
        ? []
        : [{ code: 'INVALID_MERCHANDISE_LINE' as const, field: ['lineIds', String(i)] }],
    );
    if (!problems.length) {
      await tx
        .delete(cartLines)
        .where(and(eq(cartLines.cartId, id), inArray(cartLines.id, lineIds as number[])));
      await takeGiftUnits(tx, cart, (l) => (lineIds.includes(l.id) ? 0 : l.quantity));
    }
    return { problems };
  });
}

/** Country moves the cart to that country's market (and currency); email is kept for checkout. */
export function updateBuyerIdentity(db: Db, config: MarketConfig, id: string, identity: BuyerIdentityInput) {
  return change(db, id, async (_cart, tx) => {
    const contact = normaliseBuyerContact(identity, ['buyerIdentity']);
    if ('problem' in contact) return { problems: [contact.problem] };
    const set: Partial<typeof carts.$inferInsert> = { ...contact };
    if (identity.countryCode) {
      const market = marketForCountry(config, identity.countryCode);
      if (!market) return { problems: [{ code: 'INVALID', field: ['buyerIdentity', 'countryCode'] }] };
      Object.assign(set, { marketId: market.id, countryCode: identity.countryCode });
    }
    if (Object.keys(set).length) await tx.update(carts).set(set).where(eq(carts.id, id));
    return { problems: [] };
  });
}

export function updateDiscountCodes(db: Db, id: string, codes: string[]) {
  return change(db, id, async (_cart, tx) => {
    await tx
      .update(carts)
      .set({ discountCodes: normaliseCodes(codes) })
      .where(eq(carts.id, id));
    return { problems: [] };
  });
}

export function updateNote(db: Db, id: string, note: string) {
  return change(db, id, async (_cart, tx) => {
    if (note.length > MAX_NOTE) return { problems: [{ code: 'NOTE_TOO_LONG', field: ['note'] }] };
    await tx.update(carts).set({ note }).where(eq(carts.id, id));
    return { problems: [] };
  });
}

/** Replaces the given attributes by key and keeps the others, as Shopify's cartAttributesUpdate does. */
export function updateAttributes(db: Db, id: string, attributes: Attribute[]) {
  return change(db, id, async (cart, tx) => {
    const merged = normaliseAttributes([...cart.attributes, ...attributes], ['attributes']);
    if ('problem' in merged) return { problems: [merged.problem] };
    await tx.update(carts).set({ attributes: merged.attributes }).where(eq(carts.id, id));
    return { problems: [] };
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
