import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseCode } from '#app/modules/promotions/core/codes.ts';
import { evaluate } from '#app/modules/promotions/core/evaluate.ts';
import { plannedGifts } from '#app/modules/promotions/core/gifts.ts';
import { promotionGoals } from '#app/modules/promotions/core/progress.ts';
import type { EvalInput, EvalLine, LivePromotion } from '#app/modules/promotions/core/promotion.ts';
import { Action, type Condition } from '#app/modules/promotions/core/strategies.ts';

/** The promotion engine on worked carts: every figure is worked by hand in a comment. */

const DE = 2;
const US = 1;
const NOW = new Date('2026-12-05T12:00:00Z');

let nextId = 1;
function promo(action: Action, over: Partial<LivePromotion> = {}): LivePromotion {
  const id = over.id ?? nextId++;
  return {
    id,
    campaignId: id,
    label: over.code ?? `AUTO${id}`,
    code: null,
    marketIds: [],
    startsAt: new Date('2026-01-01T00:00:00Z'),
    endsAt: null,
    conditions: [],
    action: Action.parse(action),
    priority: 10,
    exclusive: false,
    stacks: false,
    remaining: { budget: null, uses: null, customerUses: null },
    ...over,
  };
}
const line = (
  key: string,
  productId: number,
  unitPrice: number,
  quantity = 1,
  collectionIds: number[] = [],
): EvalLine => ({
  key,
  productId,
  unitPrice,
  quantity,
  collectionIds,
});
const cart = (lines: EvalLine[], over: Partial<EvalInput> = {}): EvalInput => ({
  currency: 'EUR',
  marketId: DE,
  country: null,
  now: NOW,
  codes: [],
  lines,
  policy: 'best',
  ...over,
});
const minSpend = (amounts: Record<string, number>): Condition => ({
  code: 'minimum-spend',
  args: { amounts },
});
const order = { kind: 'order' } as const;

describe('worked carts', () => {
  const spend100get15 = promo(
    { code: 'amount-off', args: { amounts: { EUR: 1500 }, target: order } },
    { marketIds: [DE], conditions: [minSpend({ EUR: 10000 })], label: 'Winter 15' },
  );

  it('DE: spend €100, get €15 off, spread over the lines by value (largest remainder)', () => {
    const r = evaluate(cart([line('a', 1, 7000), line('b', 2, 5000)]), [spend100get15]);
    // 1500 × 7000/12000 = 875, 1500 × 5000/12000 = 625.
    expect(r.applied).toEqual([
      expect.objectContaining({
        label: 'Winter 15',
        class: 'order',
        amount: 1500,
        lines: { a: 875, b: 625 },
      }),
    ]);
  });

  it('says why not: €42 of €100, another market, another currency, not started, ended', () => {
    const short = evaluate(cart([line('a', 1, 4200)]), [spend100get15]);
    expect(short.applied).toEqual([]);
    expect(short.rejected[0]!.reason).toEqual({ kind: 'minimum-spend', required: 10000, current: 4200 });
    expect(
      evaluate(cart([line('a', 1, 20000)], { marketId: US, currency: 'USD' }), [spend100get15]).rejected[0]!
        .reason,
    ).toEqual({
      kind: 'not-in-market',
    });
    const anywhere = { ...spend100get15, marketIds: [] };
    expect(
      evaluate(cart([line('a', 1, 20000)], { marketId: US, currency: 'USD' }), [anywhere]).rejected[0]!
        .reason,
    ).toEqual({
      kind: 'currency',
      currency: 'USD',
    });
    const may = { ...spend100get15, startsAt: new Date('2027-05-12T00:00:00Z') };
    expect(evaluate(cart([line('a', 1, 20000)]), [may]).rejected[0]!.reason).toEqual({
      kind: 'not-started',
      startsAt: '2027-05-12T00:00:00.000Z',
    });
    const over = { ...spend100get15, endsAt: NOW };
    expect(evaluate(cart([line('a', 1, 20000)]), [over]).rejected[0]!.reason).toEqual({ kind: 'ended' });
  });

  it('tiers: spend €50 get €5, spend €100 get €15; the highest tier met applies', () => {
    const tiers = promo({
      code: 'tiered-spend',
      args: {
        tiers: [
          { minimum: { EUR: 5000 }, amount: { EUR: 500 } },
          { minimum: { EUR: 10000 }, amount: { EUR: 1500 } },
        ],
      },
    });
    expect(evaluate(cart([line('a', 1, 4999)]), [tiers]).rejected[0]!.reason).toEqual({
      kind: 'minimum-spend',
      required: 5000,
      current: 4999,
    });
    expect(evaluate(cart([line('a', 1, 5000)]), [tiers]).applied[0]!.amount).toBe(500);
    expect(evaluate(cart([line('a', 1, 12000)]), [tiers]).applied[0]!.amount).toBe(1500);
  });

  it('JP buy 2 get 1 free repeats: 4 items → 1 free, 6 → 2 free; the cheapest go free; a cap holds', () => {
    const b2g1 = promo({
      code: 'buy-x-get-y',
      args: {
        buy: 2,
        get: 1,
        percent: '100',
        target: { kind: 'products', productIds: [7] },
        maxUses: null,
        gift: null,
      },
    });
    const jp = (n: number) => cart([line('a', 7, 1500, n)], { currency: 'JPY' });
    expect(evaluate(jp(2), [b2g1]).rejected[0]!.reason).toEqual({
      kind: 'minimum-quantity',
      required: 3,
      current: 2,
    });
    expect(evaluate(jp(4), [b2g1]).applied[0]!.amount).toBe(1500);
    expect(evaluate(jp(6), [b2g1]).applied[0]!.amount).toBe(3000);
    const capped = {
      ...b2g1,
      action: { ...b2g1.action, args: { ...b2g1.action.args, maxUses: 1 } },
    } as LivePromotion;
    expect(evaluate(jp(6), [capped]).applied[0]!.amount).toBe(1500);
    // Mixed prices: of ¥2,000, ¥1,800 and ¥900, the ¥900 one is free.
    const mixed = cart([line('a', 7, 2000), line('b', 7, 1800), line('c', 7, 900)], { currency: 'JPY' });
    expect(evaluate(mixed, [b2g1]).applied[0]!.lines).toEqual({ c: 900 });
  });

  it('a bundle at a fixed price: the saving spreads over its lines by value', () => {
    const set = promo({
      code: 'bundle',
      args: {
        items: [
          { productId: 1, quantity: 1 },
          { productId: 2, quantity: 1 },
        ],
        price: { EUR: 5000 },
      },
    });
    // 3000 + 4000 for 5000: 2000 off; 2000 × 3/7 = 857.14 → 857, 2000 × 4/7 = 1142.86 → 1143.
    expect(evaluate(cart([line('a', 1, 3000), line('b', 2, 4000)]), [set]).applied[0]!.lines).toEqual({
      a: 857,
      b: 1143,
    });
    expect(evaluate(cart([line('a', 1, 3000)]), [set]).rejected[0]!.reason).toEqual({
      kind: 'no-eligible-items',
    });
  });

  it('percent off a collection rounds half away from zero per line', () => {
    const p = promo({
      code: 'percent-off',
      args: { percent: '15', target: { kind: 'collections', collectionIds: [9] } },
    });
    // 15 % of 1999 × 3 = 899.55 → 900; the line outside the collection is untouched.
    expect(evaluate(cart([line('a', 1, 1999, 3, [9]), line('b', 2, 5000)]), [p]).applied[0]!.lines).toEqual({
      a: 900,
    });
  });
});

describe('combination', () => {
  const tenOff = promo(
    { code: 'percent-off', args: { percent: '10', target: { kind: 'products', productIds: [1] } } },
    { label: 'TEN' },
  );
  const twentyOff = promo(
    { code: 'percent-off', args: { percent: '20', target: { kind: 'products', productIds: [1] } } },
    { label: 'TWENTY' },
  );
  const fiveEuro = promo(
    { code: 'amount-off', args: { amounts: { EUR: 500 }, target: order } },
    { label: 'FIVE' },
  );

  it('one product discount per line: the better one wins, the other says with what it does not combine', () => {
    const r = evaluate(cart([line('a', 1, 10000)]), [tenOff, twentyOff]);
    expect(r.applied.map((a) => [a.label, a.amount])).toEqual([['TWENTY', 2000]]);
    expect(r.rejected).toEqual([
      expect.objectContaining({ label: 'TEN', reason: { kind: 'not-combinable', with: 'TWENTY' } }),
    ]);
  });

  it('stacking product discounts apply one after the other on what is left', () => {
    const r = evaluate(cart([line('a', 1, 10000)]), [
      { ...tenOff, stacks: true },
      { ...twentyOff, stacks: true },
    ]);
    // 20 % of 10000 = 2000, then 10 % of 8000 = 800.
    expect(r.applied.map((a) => a.amount)).toEqual([2000, 800]);
  });

  it('product, then order: the order discount and its minimum see the subtotal after product discounts', () => {
    const min = { ...fiveEuro, conditions: [minSpend({ EUR: 9000 })] };
    const r = evaluate(cart([line('a', 1, 10000)]), [twentyOff, min]);
    expect(r.applied.map((a) => a.label)).toEqual(['TWENTY']);
    expect(r.rejected[0]!.reason).toEqual({ kind: 'minimum-spend', required: 9000, current: 8000 });
  });

  it('an exclusive promotion applies alone: best for the customer weighs it against the rest combined', () => {
    const big = promo(
      { code: 'percent-off', args: { percent: '25', target: order } },
      { label: 'VIP25', exclusive: true },
    );
    const small = promo(
      { code: 'percent-off', args: { percent: '5', target: order } },
      { label: 'VIP5', exclusive: true },
    );
    const r = evaluate(cart([line('a', 1, 10000)]), [tenOff, fiveEuro, big, small]);
    // Combined: 1000 + 500 = 1500 < 2500.
    expect(r.applied.map((a) => a.label)).toEqual(['VIP25']);
    expect(r.rejected.map((x) => [x.label, x.reason.kind])).toEqual(
      expect.arrayContaining([
        ['TEN', 'not-combinable'],
        ['FIVE', 'not-combinable'],
        ['VIP5', 'not-combinable'],
      ]),
    );
    const r2 = evaluate(cart([line('a', 1, 10000)]), [tenOff, fiveEuro, small]);
    expect(r2.applied.map((a) => a.label)).toEqual(['TEN', 'FIVE']);
  });

  it('priority order: the merchant’s order decides, an exclusive first shuts out the rest', () => {
    const first = promo(
      { code: 'percent-off', args: { percent: '5', target: order } },
      { label: 'FIRST', exclusive: true, priority: 1 },
    );
    const r = evaluate(cart([line('a', 1, 10000)], { policy: 'priority' }), [tenOff, first]);
    expect(r.applied.map((a) => a.label)).toEqual(['TEN']);
    // Product discounts come first whatever the priority; the exclusive then cannot join.
    expect(r.rejected[0]!.reason).toEqual({ kind: 'not-combinable', with: 'TEN' });
  });

  it('a discount larger than the budget left does not apply; a spent budget or use limit says so', () => {
    const limited = (budget: number | null, uses: number | null) => ({
      ...fiveEuro,
      remaining: { budget, uses, customerUses: null },
    });
    expect(evaluate(cart([line('a', 1, 10000)]), [limited(499, null)]).rejected[0]!.reason).toEqual({
      kind: 'budget',
    });
    expect(evaluate(cart([line('a', 1, 10000)]), [limited(500, null)]).applied[0]!.amount).toBe(500);
    expect(evaluate(cart([line('a', 1, 10000)]), [limited(0, null)]).rejected[0]!.reason).toEqual({
      kind: 'budget',
    });
    expect(evaluate(cart([line('a', 1, 10000)]), [limited(null, 0)]).rejected[0]!.reason).toEqual({
      kind: 'usage-limit',
    });
  });

  it('one shipping discount, by zone, on the subtotal after discounts', () => {
    const free = promo(
      { code: 'shipping-off', args: { percent: '100', countries: ['GB'] } },
      { label: 'FREESHIP', conditions: [minSpend({ GBP: 5000 })] },
    );
    const half = promo(
      { code: 'shipping-off', args: { percent: '50', countries: null } },
      { label: 'HALFSHIP' },
    );
    const gb = (amount: number, country: string | null = 'GB') =>
      cart([line('a', 1, amount)], { currency: 'GBP', country });
    expect(evaluate(gb(6000), [free, half]).shipping).toMatchObject({ label: 'FREESHIP', percent: '100' });
    expect(evaluate(gb(4000), [free, half]).shipping).toMatchObject({ label: 'HALFSHIP' });
    expect(evaluate(gb(6000, 'IE'), [free]).rejected[0]!.reason).toEqual({ kind: 'shipping-zone' });
  });
});

describe('codes', () => {
  it('are trimmed, case-insensitive and fold Unicode look-alikes; unknown ones are reported', () => {
    expect(normaliseCode('  summer10 ')).toBe('SUMMER10');
    expect(normaliseCode('ＳＵＭＭＥＲ１０')).toBe('SUMMER10');
    const summer = promo(
      { code: 'percent-off', args: { percent: '10', target: order } },
      { code: 'SUMMER10', label: 'SUMMER10' },
    );
    const r = evaluate(cart([line('a', 1, 10000)], { codes: ['SUMMER10', 'NOPE'] }), [summer]);
    expect(r.codes).toEqual([
      { code: 'SUMMER10', applicable: true },
      { code: 'NOPE', applicable: false },
    ]);
    expect(r.rejected).toEqual([expect.objectContaining({ code: 'NOPE', reason: { kind: 'unknown-code' } })]);
    // A code-only promotion does nothing until its code is entered.
    expect(evaluate(cart([line('a', 1, 10000)]), [summer]).applied).toEqual([]);
  });
});

describe('properties', () => {
  const target = fc.oneof(
    fc.constant({ kind: 'order' as const }),
    fc.record({
      kind: fc.constant('products' as const),
      productIds: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    }),
  );
  const pct = fc.integer({ min: 1, max: 100 }).map(String);
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({ code: fc.constant('percent-off' as const), args: fc.record({ percent: pct, target }) }),
    fc.record({
      code: fc.constant('amount-off' as const),
      args: fc.record({ amounts: fc.record({ EUR: fc.integer({ min: 0, max: 50_000 }) }), target }),
    }),
    fc.record({
      code: fc.constant('buy-x-get-y' as const),
      args: fc.record({
        buy: fc.integer({ min: 1, max: 3 }),
        get: fc.integer({ min: 1, max: 2 }),
        percent: pct,
        target,
        maxUses: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
        gift: fc.option(fc.record({ productId: fc.constantFrom(1, 2) }), { nil: null }),
      }),
    }),
    fc.record({
      code: fc.constant('shipping-off' as const),
      args: fc.record({ percent: pct, countries: fc.constant(null) }),
    }),
  );
  const promotions = fc.array(
    fc.record({
      action,
      exclusive: fc.boolean(),
      stacks: fc.boolean(),
      priority: fc.integer({ min: 0, max: 5 }),
      budget: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
    }),
    { maxLength: 6 },
  );
  const lines = fc.array(
    fc.record({
      productId: fc.integer({ min: 1, max: 4 }),
      unitPrice: fc.integer({ min: 0, max: 30_000 }),
      quantity: fc.integer({ min: 1, max: 5 }),
    }),
    { minLength: 1, maxLength: 5 },
  );

  it('discounts never exceed what a line costs; every promotion is either applied or explained, once; the same cart gives the same answer', () => {
    fc.assert(
      fc.property(
        promotions,
        lines,
        fc.constantFrom('best' as const, 'priority' as const),
        (ps, ls, policy) => {
          const live = ps.map((p, i) =>
            promo(p.action, {
              id: i + 1,
              label: `P${i + 1}`,
              exclusive: p.exclusive,
              stacks: p.stacks,
              priority: p.priority,
              remaining: { budget: p.budget, uses: null, customerUses: null },
            }),
          );
          const input = cart(
            ls.map((l, i) => line(`l${i}`, l.productId, l.unitPrice, l.quantity)),
            { policy },
          );
          const r = evaluate(input, live);
          const off: Record<string, number> = {};
          for (const a of r.applied) {
            expect(a.amount).toBe(Object.values(a.lines).reduce((s, x) => s + x, 0));
            if (a.class !== 'shipping') expect(a.amount).toBeGreaterThan(0);
            if (a.amount && live[a.promotionId - 1]!.remaining.budget != null)
              expect(a.amount).toBeLessThanOrEqual(live[a.promotionId - 1]!.remaining.budget!);
            for (const [k, v] of Object.entries(a.lines)) off[k] = (off[k] ?? 0) + v;
          }
          for (const l of input.lines) expect(off[l.key] ?? 0).toBeLessThanOrEqual(l.unitPrice * l.quantity);
          const seen = [...r.applied.map((a) => a.promotionId), ...r.rejected.map((x) => x.promotionId)].sort(
            (a, b) => a - b,
          );
          expect(seen).toEqual(live.map((p) => p.id));
          if (r.applied.some((a) => live[a.promotionId - 1]!.exclusive)) expect(r.applied.length).toBe(1);
          expect(evaluate(input, live)).toEqual(r);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('what a cart can still unlock (progress bars)', () => {
  const freeShipping = (code: string | null = null) =>
    promo(
      { code: 'shipping-off', args: { percent: '100', countries: null } },
      { code, conditions: [minSpend({ EUR: 5000 })] },
    );
  const spend100get15 = () =>
    promo(
      { code: 'amount-off', args: { amounts: { EUR: 1500 }, target: order } },
      { conditions: [minSpend({ EUR: 10_000 })] },
    );

  it('shows how far a €42 cart is from free shipping at €50 and from €15 off at €100, nearest first', () => {
    const live = [spend100get15(), freeShipping()];
    const goals = promotionGoals(live, evaluate(cart([line('a', 1, 4200)]), live), 'EUR');
    expect(goals.map((g) => [g.kind, g.required, g.current, g.unlocked])).toEqual([
      ['shipping', 5000, 4200, false],
      ['discount', 10_000, 4200, false],
    ]);
  });

  it('marks a goal reached once the cart passes it, and says nothing of codes not entered', () => {
    const live = [freeShipping('SHIPFREE')];
    expect(promotionGoals(live, evaluate(cart([line('a', 1, 9000)]), live), 'EUR')).toEqual([]);
    const entered = evaluate(cart([line('a', 1, 9000)], { codes: ['SHIPFREE'] }), live);
    expect(promotionGoals(live, entered, 'EUR')).toEqual([
      expect.objectContaining({ kind: 'shipping', code: 'SHIPFREE', required: 5000, unlocked: true }),
    ]);
  });
});

describe('free gifts: buy X, the cart adds Y', () => {
  // Buy 2 teas (product 7, €12.00), get a tea towel (product 99, €8.00) free.
  const towel = { variantId: 990, unitPrice: 800, collectionIds: [] };
  const offers = new Map([[99, towel]]);
  const gift = (over: Partial<LivePromotion> = {}, maxUses: number | null = null) =>
    promo(
      {
        code: 'buy-x-get-y',
        args: {
          buy: 2,
          get: 1,
          percent: '100',
          target: { kind: 'products', productIds: [7, 99] },
          maxUses,
          gift: { productId: 99 },
        },
      },
      over,
    );

  it('adds the gift when the cart earns it, one per multiple, up to the cap', () => {
    const g = gift();
    expect(plannedGifts(cart([line('a', 7, 1200, 1)]), [g], offers, [])).toEqual([]);
    expect(evaluate(cart([line('a', 7, 1200, 1)]), [g]).rejected[0]!.reason).toEqual({
      kind: 'minimum-quantity',
      required: 2,
      current: 1,
    });
    expect(plannedGifts(cart([line('a', 7, 1200, 2)]), [g], offers, [])).toEqual([
      { promotionId: g.id, productId: 99, variantId: 990, quantity: 1 },
    ]);
    // 5 teas earn 2 towels (5 / 2, rounded down); a cap of 1 holds it to one.
    expect(plannedGifts(cart([line('a', 7, 1200, 5)]), [g], offers, [])[0]!.quantity).toBe(2);
    expect(plannedGifts(cart([line('a', 7, 1200, 5)]), [gift({}, 1)], offers, [])[0]!.quantity).toBe(1);
  });

  it('discounts the gift units only, never the items bought, and a gift never earns another', () => {
    const g = gift();
    const r = evaluate(cart([line('a', 7, 1200, 2), line('b', 99, 800, 1)]), [g]);
    expect(r.applied[0]!.lines).toEqual({ b: 800 });
    // Towels alone earn nothing, although the target names them.
    expect(plannedGifts(cart([line('b', 99, 800, 4)]), [g], offers, [])).toEqual([]);
    // 4 teas earn 2 towels; with 3 in the cart the 2 cheapest units come off (€8.00 each).
    expect(evaluate(cart([line('a', 7, 1200, 4), line('b', 99, 800, 3)]), [g]).applied[0]!.amount).toBe(1600);
  });

  it('adds only what the shopper has not put in already, and never again once declined', () => {
    const g = gift();
    const own = cart([line('a', 7, 1200, 4), line('b', 99, 800, 1)]);
    expect(plannedGifts(own, [g], offers, [])).toEqual([expect.objectContaining({ quantity: 1 })]);
    expect(plannedGifts(cart([line('a', 7, 1200, 2), line('b', 99, 800, 1)]), [g], offers, [])).toEqual([]);
    expect(plannedGifts(cart([line('a', 7, 1200, 2)]), [g], offers, [g.id])).toEqual([]);
    // A declined gift the shopper buys after all is still free.
    expect(evaluate(cart([line('a', 7, 1200, 2), line('b', 99, 800, 1)]), [g]).applied[0]!.amount).toBe(800);
  });

  it('never adds a gift that would not apply: an exclusive better offer, a spent budget, no offer here', () => {
    const twoTeas = cart([line('a', 7, 1200, 2)]);
    const bigger = promo(
      { code: 'percent-off', args: { percent: '50', target: order } },
      { exclusive: true, label: 'Half off' },
    );
    // Half off €24.00 (€12.00) beats a free €8.00 towel: the towel would be charged, so it is not added.
    expect(plannedGifts(twoTeas, [gift(), bigger], offers, [])).toEqual([]);
    expect(
      plannedGifts(
        twoTeas,
        [gift({ remaining: { budget: 799, uses: null, customerUses: null } })],
        offers,
        [],
      ),
    ).toEqual([]);
    expect(plannedGifts(twoTeas, [gift()], new Map(), [])).toEqual([]);
    expect(plannedGifts(twoTeas, [gift({ marketIds: [US] })], offers, [])).toEqual([]);
  });

  it('a cart already holding the planned gifts is judged by its own evaluation, not a second one', () => {
    const g = gift();
    const own = cart([line('a', 7, 1200, 2)]);
    const held = cart([line('a', 7, 1200, 2), line('b', 99, 800, 1)]);
    const evaluation = evaluate(held, [g]);
    expect(plannedGifts(own, [g], offers, [], { evaluation, held: new Map([[99, 1]]) })).toHaveLength(1);
    // What the cart's evaluation says wins: here it did not apply (as when a rival won).
    const lost = { ...evaluation, applied: [] };
    expect(plannedGifts(own, [g], offers, [], { evaluation: lost, held: new Map([[99, 1]]) })).toEqual([]);
    // Holding a different number of gift units, the plan is evaluated afresh.
    expect(plannedGifts(own, [g], offers, [], { evaluation: lost, held: new Map([[99, 2]]) })).toHaveLength(
      1,
    );
  });

  it('JPY: a ¥1,500 gift comes off whole', () => {
    const jp = cart([line('a', 7, 3000, 2), line('b', 99, 1500, 1)], { currency: 'JPY' });
    expect(evaluate(jp, [gift()]).applied[0]!.amount).toBe(1500);
  });
});
