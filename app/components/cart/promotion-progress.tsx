import { useTranslation } from 'react-i18next';
import { useMoneyFormatter } from '#app/components/product/price.tsx';

interface Goal {
  kind: 'shipping' | 'discount';
  promotionId: number;
  label: string;
  code: string | null;
  percent: string | null;
  required: string;
  current: string;
  unlocked: boolean;
}

/** The cart's `meridian.promotion_progress` metafield, read defensively (it is JSON from the API). */
export function readGoals(value: string | null | undefined): { currency: string; goals: Goal[] } | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as { currency?: unknown; goals?: unknown };
    if (typeof parsed.currency !== 'string' || !Array.isArray(parsed.goals)) return null;
    return { currency: parsed.currency, goals: parsed.goals as Goal[] };
  } catch {
    return null;
  }
}

/** Decimal strings in minor-unit-safe arithmetic: "12.50" - "10.05" without floats. */
function minus(a: string, b: string): string {
  const scale = Math.max((a.split('.')[1] ?? '').length, (b.split('.')[1] ?? '').length);
  const units = (s: string) =>
    BigInt(s.replace('.', '') + '0'.repeat(scale - (s.split('.')[1] ?? '').length));
  const d = units(a) - units(b);
  const text = (d < 0n ? 0n : d).toString().padStart(scale + 1, '0');
  return scale ? `${text.slice(0, -scale)}.${text.slice(-scale)}` : text;
}

/**
 * How far the cart is from free shipping or a spend threshold, as a bar and a sentence in the
 * shopper's language; the nearest shipping goal and the nearest other goal, at most one each.
 */
export function PromotionProgress({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation('cart');
  const format = useMoneyFormatter();
  const data = readGoals(value);
  if (!data?.goals.length) return null;
  const shown = [
    data.goals.find((g) => g.kind === 'shipping'),
    data.goals.find((g) => g.kind === 'discount'),
  ].filter((g): g is Goal => g != null);
  const money = (amount: string) => format({ amount, currencyCode: data.currency });
  return (
    <div className="promotion-progress" data-testid="promotion-progress">
      {shown.map((g) => {
        const ratio = Math.min(1, Number(g.current) / Math.max(Number(g.required), Number.EPSILON));
        const free = g.kind === 'shipping' && g.percent === '100';
        const text = g.unlocked
          ? t(free ? 'progress.freeShippingUnlocked' : 'progress.unlocked', { label: g.label })
          : t(
              g.kind === 'shipping'
                ? free
                  ? 'progress.freeShipping'
                  : 'progress.shippingDiscount'
                : 'progress.discount',
              { amount: money(minus(g.required, g.current)), label: g.label, percent: g.percent },
            );
        return (
          <div key={g.promotionId} className="promotion-progress__goal" data-unlocked={g.unlocked}>
            <p id={`goal-${g.promotionId}`} className="small">
              {text}
            </p>
            <div
              className="promotion-progress__bar"
              role="progressbar"
              aria-labelledby={`goal-${g.promotionId}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(ratio * 100)}
            >
              <span style={{ inlineSize: `${ratio * 100}%` }} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
