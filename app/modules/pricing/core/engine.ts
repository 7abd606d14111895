import { parseDecimal, divRoundHalfAwayFromZero, pow10 } from '#app/modules/money/core/decimal.ts';
import { currencyExponent } from '#app/modules/money/core/currencies.ts';
import { applyRounding, type RoundingRule } from './rounding.ts';

/**
 * The pricing rule engine: a variant's price in a market, with a trace of every step.
 * Order (issue 3): fixed price, else base × FX × (1 + adjustment); then the tax-inclusive
 * step; then rounding; then the margin floor. Pure: the caller passes the time.
 */
export interface ScheduledAdjustment {
  percent: string;
  startsAt: Date;
  endsAt: Date | null;
}

export interface MarketPricing {
  currency: string;
  shopCurrency: string;
  /** Units of `currency` per shop-currency unit, and the snapshot it came from. */
  rate: { value: string; snapshotId: number | null };
  adjustmentPercent: string;
  scheduled: ScheduledAdjustment[];
  /** Destination VAT/GST rate for markets that show gross prices, else null. */
  taxInclusivePercent: string | null;
  rounding: RoundingRule;
  /** Minimum gross margin over unit cost, e.g. "30"; null for none. */
  marginFloorPercent: string | null;
  compareAtMode: 'adjust' | 'drop';
}

export interface VariantPricingInput {
  /** Shop-currency minor units. */
  price: number;
  compareAt: number | null;
  unitCost: number | null;
  /** Fixed prices from the market's price list, in the market currency (final, as shown). */
  fixed?: { price: number; compareAt: number | null } | null;
}

export type TraceStep =
  | { step: 'fixed'; amount: number }
  | { step: 'base'; amount: number; currency: string }
  | { step: 'fx'; rate: string; snapshotId: number | null; amount: number }
  | { step: 'adjustment'; percent: string; amount: number }
  | { step: 'tax'; percent: string; amount: number }
  | { step: 'rounding'; rule: RoundingRule; amount: number }
  | { step: 'floor'; floor: number; clamped: boolean; amount: number };

export interface PriceResult {
  price: number;
  compareAt: number | null;
  currency: string;
  floorClamped: boolean;
  trace: TraceStep[];
  compareAtTrace: TraceStep[] | null;
}

/** Sum of the market's standing adjustment and the scheduled ones active at `at` (starts inclusive, ends exclusive). */
export function effectiveAdjustment(m: MarketPricing, at: Date): string {
  let total = parseDecimal(m.adjustmentPercent);
  for (const s of m.scheduled) {
    if (s.startsAt <= at && (!s.endsAt || at < s.endsAt)) total = addDecimals(total, parseDecimal(s.percent));
  }
  return decimalToString(total);
}

function addDecimals(a: { units: bigint; scale: number }, b: { units: bigint; scale: number }) {
  const scale = Math.max(a.scale, b.scale);
  return { units: a.units * pow10(scale - a.scale) + b.units * pow10(scale - b.scale), scale };
}

function decimalToString(d: { units: bigint; scale: number }): string {
  const negative = d.units < 0n;
  const abs = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const text = d.scale ? `${abs.slice(0, -d.scale)}.${abs.slice(-d.scale)}` : abs;
  return `${negative ? '-' : ''}${text}`;
}

/** amount × rate × (100 + percent) / 100, across currency exponents, rounded once (half away from zero). */
function convertAndAdjust(
  amount: number,
  from: string,
  to: string,
  rate: string,
  percent: string,
): { converted: number; adjusted: number } {
  const r = parseDecimal(rate);
  const p = parseDecimal(percent);
  const expDiff = currencyExponent(to) - currencyExponent(from);
  const scaleUp = expDiff > 0 ? pow10(expDiff) : 1n;
  const scaleDown = expDiff < 0 ? pow10(-expDiff) : 1n;
  const base = BigInt(amount) * r.units * scaleUp;
  const converted = divRoundHalfAwayFromZero(base, pow10(r.scale) * scaleDown);
  const hundred = 100n * pow10(p.scale);
  const adjusted = divRoundHalfAwayFromZero(base * (hundred + p.units), pow10(r.scale) * scaleDown * hundred);
  return { converted: Number(converted), adjusted: Number(adjusted) };
}

function addPercentMinor(amount: number, percent: string): number {
  const p = parseDecimal(percent);
  const hundred = 100n * pow10(p.scale);
  return Number(divRoundHalfAwayFromZero(BigInt(amount) * (hundred + p.units), hundred));
}

/** The lowest shown price that keeps the margin: cost × FX / (1 − m), grossed up where prices include tax. */
function marginFloor(unitCost: number, m: MarketPricing): number | null {
  if (m.marginFloorPercent == null) return null;
  const margin = parseDecimal(m.marginFloorPercent);
  const hundred = 100n * pow10(margin.scale);
  if (margin.units < 0n || margin.units >= hundred) return null;
  const { converted } = convertAndAdjust(unitCost, m.shopCurrency, m.currency, m.rate.value, '0');
  // Round up: a floor must never let the margin slip below the minimum by a rounding cent.
  const net = Number(
    (BigInt(converted) * hundred + (hundred - margin.units) - 1n) / (hundred - margin.units),
  );
  if (!m.taxInclusivePercent) return net;
  const t = parseDecimal(m.taxInclusivePercent);
  const th = 100n * pow10(t.scale);
  return Number((BigInt(net) * (th + t.units) + th - 1n) / th);
}

function computeOne(base: number, m: MarketPricing, at: Date): TraceStep[] {
  const trace: TraceStep[] = [{ step: 'base', amount: base, currency: m.shopCurrency }];
  const percent = effectiveAdjustment(m, at);
  const { converted, adjusted } = convertAndAdjust(base, m.shopCurrency, m.currency, m.rate.value, percent);
  trace.push({ step: 'fx', rate: m.rate.value, snapshotId: m.rate.snapshotId, amount: converted });
  trace.push({ step: 'adjustment', percent, amount: adjusted });
  let amount = adjusted;
  if (m.taxInclusivePercent) {
    amount = addPercentMinor(amount, m.taxInclusivePercent);
    trace.push({ step: 'tax', percent: m.taxInclusivePercent, amount });
  }
  amount = applyRounding(Math.max(0, amount), m.currency, m.rounding);
  trace.push({ step: 'rounding', rule: m.rounding, amount });
  return trace;
}

const last = (trace: TraceStep[]) => trace[trace.length - 1]!.amount;

/**
 * A market's rules at one instant, with every decimal parsed once: the bulk recompute
 * prices many variants against the same rules, so this is its fast path. Same arithmetic
 * as computeVariantPrice (a property test checks they agree), without building traces.
 */
export interface CompiledPricing {
  currency: string;
  /** amount × num / den, rounded once, converts and adjusts. */
  num: bigint;
  den: bigint;
  /** Gross-up factor for tax-inclusive display: × taxNum / taxDen, or null. */
  taxNum: bigint | null;
  taxDen: bigint;
  rounding: RoundingRule;
  /** Floor from unit cost: cost × fxNum / fxDen (rounded) → net = ceil(× marginNum / marginDen) → gross = ceil(× taxNum / taxDen). */
  fxNum: bigint;
  fxDen: bigint;
  marginNum: bigint | null;
  marginDen: bigint;
  compareAtMode: 'adjust' | 'drop';
}

export function compilePricing(m: MarketPricing, at: Date): CompiledPricing {
  const r = parseDecimal(m.rate.value);
  const p = parseDecimal(effectiveAdjustment(m, at));
  const expDiff = currencyExponent(m.currency) - currencyExponent(m.shopCurrency);
  const up = expDiff > 0 ? pow10(expDiff) : 1n;
  const down = expDiff < 0 ? pow10(-expDiff) : 1n;
  const hundredP = 100n * pow10(p.scale);
  const tax = m.taxInclusivePercent ? parseDecimal(m.taxInclusivePercent) : null;
  const taxDen = tax ? 100n * pow10(tax.scale) : 1n;
  const margin = m.marginFloorPercent != null ? parseDecimal(m.marginFloorPercent) : null;
  const marginDen = margin ? 100n * pow10(margin.scale) : 1n;
  const marginValid = margin && margin.units >= 0n && margin.units < marginDen;
  return {
    currency: m.currency,
    num: r.units * up * (hundredP + p.units),
    den: pow10(r.scale) * down * hundredP,
    taxNum: tax ? taxDen + tax.units : null,
    taxDen,
    rounding: m.rounding,
    fxNum: r.units * up,
    fxDen: pow10(r.scale) * down,
    marginNum: marginValid ? marginDen : null,
    marginDen: marginValid ? marginDen - margin.units : 1n,
    compareAtMode: m.compareAtMode,
  };
}

function fastOne(base: number, c: CompiledPricing): number {
  let amount = divRoundHalfAwayFromZero(BigInt(base) * c.num, c.den);
  if (c.taxNum) amount = divRoundHalfAwayFromZero(amount * c.taxNum, c.taxDen);
  return applyRounding(Math.max(0, Number(amount)), c.currency, c.rounding);
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** Bulk path: price and compare-at without traces. */
export function fastVariantPrice(
  input: VariantPricingInput,
  c: CompiledPricing,
): { price: number; compareAt: number | null; floorClamped: boolean } {
  let price = input.fixed ? input.fixed.price : fastOne(input.price, c);
  let floorClamped = false;
  if (input.unitCost != null && c.marginNum != null) {
    const net = ceilDiv(
      divRoundHalfAwayFromZero(BigInt(input.unitCost) * c.fxNum, c.fxDen) * c.marginNum,
      c.marginDen,
    );
    const floor = Number(c.taxNum ? ceilDiv(net * c.taxNum, c.taxDen) : net);
    if (price < floor) {
      floorClamped = true;
      price = applyRounding(floor, c.currency, c.rounding, 'up');
    }
  }
  let compareAt: number | null = null;
  if (c.compareAtMode === 'adjust') {
    if (input.fixed) compareAt = input.fixed.compareAt;
    else if (input.compareAt != null) compareAt = fastOne(input.compareAt, c);
  }
  return { price, compareAt: compareAt != null && compareAt > price ? compareAt : null, floorClamped };
}

export function computeVariantPrice(input: VariantPricingInput, m: MarketPricing, at: Date): PriceResult {
  const trace: TraceStep[] = input.fixed
    ? [{ step: 'fixed', amount: input.fixed.price }]
    : computeOne(input.price, m, at);
  let price = last(trace);
  let floorClamped = false;
  const floor = input.unitCost != null ? marginFloor(input.unitCost, m) : null;
  if (floor != null) {
    floorClamped = price < floor;
    if (floorClamped) price = applyRounding(floor, m.currency, m.rounding, 'up');
    trace.push({ step: 'floor', floor, clamped: floorClamped, amount: price });
  }
  let compareAtTrace: TraceStep[] | null = null;
  if (m.compareAtMode === 'adjust') {
    if (input.fixed)
      compareAtTrace =
        input.fixed.compareAt != null ? [{ step: 'fixed', amount: input.fixed.compareAt }] : null;
    else if (input.compareAt != null) compareAtTrace = computeOne(input.compareAt, m, at);
  }
  const compareAt = compareAtTrace && last(compareAtTrace) > price ? last(compareAtTrace) : null;
  return {
    price,
    compareAt,
    currency: m.currency,
    floorClamped,
    trace,
    compareAtTrace: compareAt == null ? null : compareAtTrace,
  };
}

/** Times in [from, to) at which a market's effective adjustment changes: the boundaries of precomputed price periods. */
export function adjustmentBoundaries(m: MarketPricing, from: Date, to: Date): Date[] {
  const times = new Set<number>();
  for (const s of m.scheduled) {
    for (const t of [s.startsAt, s.endsAt]) if (t && t > from && t < to) times.add(t.getTime());
  }
  return [...times].sort((a, b) => a - b).map((t) => new Date(t));
}
