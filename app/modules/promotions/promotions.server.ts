import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { campaigns, promotionCodes, promotionRedemptions, promotions } from '#app/db/schema/index.ts';
import { cachedCollectionIds } from '#app/modules/catalog/membership-cache.server.ts';
import type { CartAdjustment } from '#app/modules/checkout/core/cart-adjustments.ts';
import { normaliseCode } from './core/codes.ts';
import { evaluate } from './core/evaluate.ts';
import { plannedGifts, type GiftPlan } from './core/gifts.ts';
import { promotionGoals, type Goal } from './core/progress.ts';
import { amountIn } from './core/per-currency.ts';
import type { EvalInput, Evaluation, LivePromotion } from './core/promotion.ts';
import { Action, Condition } from './core/strategies.ts';
import { counting } from './redemptions.server.ts';
import { activePromotions } from './live-cache.server.ts';

/**
 * Live promotions for one cart: the active campaigns' automatic promotions and those whose code
 * the shopper entered, with what each campaign has left (budget in the cart's currency, uses in
 * all and by this customer), as the engine (core/evaluate.ts) takes them.
 */

export interface LiveQuery {
  marketId: number;
  currency: string;
  language: string;
  now: Date;
  /** Normalised codes the shopper entered. */
  codes: readonly string[];
  /** Lower-cased email once known: per-customer limits. */
  customerKey: string | null;
  /** The cart these discounts would be for: its own reservations do not count against it. */
  cartId: string | null;
  /**
   * A cart preview (the Storefront API's cart) may read what campaigns have used from a copy a
   * couple of seconds old, shared by every cart; checkout always reads it fresh, and reserving
   * checks it again under a lock, so a stale preview can never spend past a budget.
   */
  sharedUsage?: boolean;
}

export async function livePromotions(db: Db, q: LiveQuery): Promise<LivePromotion[]> {
  const codes = [...q.codes];
  const [active, bulk] = await Promise.all([
    activePromotions(db, q.now.getTime()),
    codes.length
      ? db
          .select({ promotionId: promotionCodes.promotionId, code: promotionCodes.code })
          .from(promotionCodes)
          .where(inArray(promotionCodes.code, codes))
      : [],
  ]);
  const entered = new Set(codes);
  const bulkIds = new Set(bulk.map((b) => b.promotionId));
  const rows = active.promotions.filter(
    ({ promotion: p }) =>
      p.codeMode === 'automatic' ||
      (p.code != null && entered.has(p.code)) ||
      (p.codeMode === 'bulk' && bulkIds.has(p.id)),
  );
  if (!rows.length) return [];
  // Only campaigns with a budget or a limit need what they have used so far.
  const limited = rows
    .map((r) => r.campaign)
    .filter((c) => c.budget || c.usageLimit != null || c.perCustomerLimit != null)
    .map((c) => c.id);
  const usage = await campaignUsage(db, [...new Set(limited)], q);
  const notThisCart = q.cartId ? sql`${promotionRedemptions.cartId} <> ${q.cartId}` : sql`true`;
  const usedCodes = bulk.length
    ? new Set(
        (
          await db
            .select({ code: promotionRedemptions.code })
            .from(promotionRedemptions)
            .where(
              and(
                inArray(
                  promotionRedemptions.code,
                  bulk.map((b) => b.code),
                ),
                counting,
                notThisCart,
              ),
            )
        ).map((r) => r.code),
      )
    : new Set<string | null>();
  const out: LivePromotion[] = [];
  for (const { promotion: p, campaign: c } of rows) {
    const base: LivePromotion = { ...toLive(p, c, usage.get(c.id), q), code: null };
    if (p.codeMode === 'automatic') out.push(base);
    else if (p.codeMode === 'single') out.push({ ...base, code: p.code, label: p.code! });
    else
      for (const b of bulk.filter((x) => x.promotionId === p.id))
        out.push({
          ...base,
          code: b.code,
          label: b.code,
          // Each bulk code is good for one order.
          remaining: { ...base.remaining, uses: usedCodes.has(b.code) ? 0 : base.remaining.uses },
        });
  }
  return out;
}

type Usage = { spent: number; uses: number; mine: number };

/** What counts against each campaign so far, in the cart's currency (this cart's own reservations aside). */
export async function campaignUsage(
  db: Db,
  campaignIds: number[],
  q: Pick<LiveQuery, 'currency' | 'customerKey' | 'cartId' | 'sharedUsage'>,
): Promise<Map<number, Usage>> {
  if (!campaignIds.length) return new Map();
  // Per-customer counts need the customer: only anonymous previews share the copy.
  if (q.sharedUsage && !q.customerKey) return sharedUsage(db, campaignIds, q.currency);
  const notThisCart = q.cartId ? sql`${promotionRedemptions.cartId} <> ${q.cartId}` : sql`true`;
  const rows = await db
    .select({
      campaignId: promotionRedemptions.campaignId,
      spent: sql<number>`coalesce(sum(${promotionRedemptions.amount}) filter (where ${promotionRedemptions.currency} = ${q.currency}), 0)::int`,
      uses: sql<number>`count(distinct ${promotionRedemptions.cartId})::int`,
      mine: q.customerKey
        ? sql<number>`count(distinct ${promotionRedemptions.cartId}) filter (where ${promotionRedemptions.customerKey} = ${q.customerKey})::int`
        : sql<number>`0`,
    })
    .from(promotionRedemptions)
    .where(and(inArray(promotionRedemptions.campaignId, campaignIds), counting, notThisCart))
    .groupBy(promotionRedemptions.campaignId);
  return new Map(rows.map((u) => [u.campaignId, u]));
}

const SHARED_USAGE_MS = 2_000;
let shared: { db: Db; currency: string; at: number; ids: string; value: Promise<Map<number, Usage>> }[] = [];

/** Every cart's usage of these campaigns (reservations included), read at most every SHARED_USAGE_MS. */
function sharedUsage(db: Db, campaignIds: number[], currency: string): Promise<Map<number, Usage>> {
  const now = Date.now();
  const ids = [...campaignIds].sort((a, b) => a - b).join(',');
  shared = shared.filter((e) => now - e.at < SHARED_USAGE_MS && e.db === db);
  const hit = shared.find((e) => e.currency === currency && e.ids === ids);
  if (hit) return hit.value;
  const value = campaignUsage(db, campaignIds, { currency, customerKey: null, cartId: null });
  shared.push({ db, currency, at: now, ids, value });
  value.catch(() => (shared = shared.filter((e) => e.value !== value)));
  return value;
}

type PromotionRow = Pick<
  typeof promotions.$inferSelect,
  'id' | 'title' | 'conditions' | 'action' | 'priority' | 'exclusive' | 'stacks'
>;
type CampaignRow = Pick<
  typeof campaigns.$inferSelect,
  'id' | 'name' | 'marketIds' | 'startsAt' | 'endsAt' | 'budget' | 'usageLimit' | 'perCustomerLimit'
>;

/** A stored (or, in the admin's simulator, drafted) promotion as the engine takes it, before its code. */
export function toLive(
  p: PromotionRow,
  c: CampaignRow,
  u: Usage | undefined,
  q: Pick<LiveQuery, 'currency' | 'language' | 'customerKey'>,
): Omit<LivePromotion, 'code'> {
  const budget = c.budget ? amountIn(c.budget, q.currency) : null;
  return {
    id: p.id,
    campaignId: c.id,
    label: p.title[q.language] ?? p.title.en ?? Object.values(p.title)[0] ?? c.name,
    marketIds: c.marketIds,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    // Parsed once where the promotions are cached; a draft from the admin is parsed already.
    conditions: p.conditions as Condition[],
    action: p.action as Action,
    priority: p.priority,
    exclusive: p.exclusive,
    stacks: p.stacks,
    remaining: {
      // A campaign with a budget but none in this currency has nothing to spend here.
      budget: c.budget ? (budget ?? 0) - (u?.spent ?? 0) : null,
      uses: c.usageLimit == null ? null : c.usageLimit - (u?.uses ?? 0),
      customerUses: c.perCustomerLimit == null || !q.customerKey ? null : c.perCustomerLimit - (u?.mine ?? 0),
    },
  };
}

interface CartLineToEvaluate {
  key: string;
  productId: number;
  unitPrice: number;
  quantity: number;
}

export interface CartToEvaluate extends Omit<LiveQuery, 'codes'> {
  /** The codes as the shopper typed them. */
  codes: readonly string[];
  country: string | null;
  /** The lines, or how to load them: not needed at all when no promotion is live. */
  lines: readonly CartLineToEvaluate[] | (() => Promise<readonly CartLineToEvaluate[]>);
}

/**
 * What a cart change asks for besides the evaluation: the free gifts the cart should hold
 * (core/gifts.ts), planned on the same live promotions and lines.
 */
export interface GiftRequest {
  /** Promotions whose gift the shopper took out. */
  declined: readonly number[];
  /** Gift units each line holds now, by line key: the rest are the shopper's own. */
  held: ReadonlyMap<string, number>;
  /** Each gift product's variant and price in the cart's currency; absent: not sold here. */
  offer(productIds: number[]): Promise<Map<number, { variantId: number; unitPrice: number }>>;
}

/**
 * Evaluates a cart: its promotions, and the adjustments the cart price (checkout/core/price-cart.ts)
 * applies, one per line and promotion, named by the code or the automatic promotion's title.
 * With a GiftRequest it also plans the cart's free gifts.
 */
export async function evaluateCart(
  db: Db,
  cart: CartToEvaluate,
  gifts?: GiftRequest,
): Promise<{ evaluation: Evaluation; adjustments: CartAdjustment[]; goals: Goal[]; gifts: GiftPlan[] }> {
  const codes = [...new Set(cart.codes.map(normaliseCode).filter(Boolean))];
  const live = await livePromotions(db, { ...cart, codes });
  const lines = !live.length ? [] : typeof cart.lines === 'function' ? await cart.lines() : cart.lines;
  const giftProducts = gifts ? giftProductsOf(live) : [];
  const [collections, offers] = await Promise.all([
    live.some((p) => targetsCollections(p))
      ? cachedCollectionIds(db, [...new Set([...lines.map((l) => l.productId), ...giftProducts])])
      : new Map<number, number[]>(),
    giftProducts.length
      ? gifts!.offer(giftProducts)
      : new Map<number, { variantId: number; unitPrice: number }>(),
  ]);
  const input: EvalInput = {
    currency: cart.currency,
    marketId: cart.marketId,
    country: cart.country,
    now: cart.now,
    codes,
    policy: live.length ? (await activePromotions(db, cart.now.getTime())).policy : 'best',
    lines: lines.map((l) => ({
      ...l,
      collectionIds: collections.get(l.productId) ?? [],
    })),
  };
  const evaluation = evaluate(input, live);
  const adjustments = evaluation.applied.flatMap((a) =>
    Object.entries(a.lines).map(([lineKey, amount]) => ({ code: a.code ?? a.label, lineKey, amount })),
  );
  // Gifts are planned on the shopper's own units; none live: the cart holds none.
  const planned =
    gifts && giftProducts.length
      ? plannedGifts(
          {
            ...input,
            lines: input.lines
              .map((l) => ({ ...l, quantity: l.quantity - (gifts.held.get(l.key) ?? 0) }))
              .filter((l) => l.quantity > 0),
          },
          live,
          new Map(
            [...offers].map(([productId, o]) => [
              productId,
              { ...o, collectionIds: collections.get(productId) ?? [] },
            ]),
          ),
          gifts.declined,
          { evaluation, held: heldByProduct(input.lines, gifts.held) },
        )
      : [];
  return { evaluation, adjustments, goals: promotionGoals(live, evaluation, cart.currency), gifts: planned };
}

function heldByProduct(lines: EvalInput['lines'], held: ReadonlyMap<string, number>) {
  const out = new Map<number, number>();
  for (const l of lines) {
    const n = held.get(l.key) ?? 0;
    if (n) out.set(l.productId, (out.get(l.productId) ?? 0) + n);
  }
  return out;
}

const giftProductsOf = (live: readonly LivePromotion[]) => [
  ...new Set(
    live.flatMap((p) =>
      p.action.code === 'buy-x-get-y' && p.action.args.gift ? [p.action.args.gift.productId] : [],
    ),
  ),
];

function targetsCollections(p: LivePromotion): boolean {
  const { action } = p;
  const inAction = 'target' in action.args && action.args.target.kind === 'collections';
  return (
    inAction ||
    p.conditions.some((c) => c.code === 'minimum-quantity' && c.args.target.kind === 'collections')
  );
}
