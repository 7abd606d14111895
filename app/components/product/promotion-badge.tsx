import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteLoaderData } from 'react-router';
import { formatDate } from '#app/lib/format.ts';
import type { LayoutData } from '#app/storefront/use-layout.ts';
import type { MoneyData } from './price.tsx';

/** A live automatic promotion as the API publishes it (metafield `meridian.promotion`). */
export interface ProductPromotion {
  title: string;
  kind: string;
  endsAt: string | null;
}

export function readPromotion(value: string | null | undefined): ProductPromotion | null {
  if (!value) return null;
  try {
    const v = JSON.parse(value) as { title?: unknown; kind?: unknown; ends_at?: unknown };
    return typeof v.title === 'string'
      ? {
          title: v.title,
          kind: String(v.kind ?? ''),
          endsAt: typeof v.ends_at === 'string' ? v.ends_at : null,
        }
      : null;
  } catch {
    return null;
  }
}

/** The variant's price after an automatic product discount (metafield `meridian.promotion_price`). */
export function readPromotionPrice(
  value: string | null | undefined,
): { price: MoneyData; lowest: string; title: string; endsAt: string | null } | null {
  if (!value) return null;
  try {
    const v = JSON.parse(value) as Record<string, unknown>;
    if (typeof v.amount !== 'string' || typeof v.currency_code !== 'string') return null;
    return {
      price: { amount: v.amount, currencyCode: v.currency_code },
      // In the shape of the lowest_price_30d metafield, which Price reads.
      lowest: JSON.stringify({ amount: v.lowest_30d, currency_code: v.currency_code }),
      title: typeof v.title === 'string' ? v.title : '',
      endsAt: typeof v.ends_at === 'string' ? v.ends_at : null,
    };
  } catch {
    return null;
  }
}

const subscribeToSeconds = (tick: () => void) => {
  const timer = setInterval(tick, 1000);
  return () => clearInterval(timer);
};
/** Whole seconds, so the snapshot stays the same between ticks. */
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;

/** Countdowns show for sales ending within this long; further off, the end date is enough. */
const COUNTDOWN_MS = 7 * 24 * 3600 * 1000;

/**
 * "Ends in 2 d 04:12:09", ticking each second. The server renders the end time as a date (the
 * same text the first client render shows), so hydration matches; the ticking starts after.
 */
export function Countdown({ endsAt }: { endsAt: string }) {
  const { t } = useTranslation('product');
  const root = useRouteLoaderData<LayoutData>('routes/($locale)');
  const locale = root?.intlLocale ?? 'en-US';
  // The server (and hydration) see no clock; the browser's ticks once a second after that.
  const now = useSyncExternalStore(subscribeToSeconds, currentSecond, () => null);
  const end = Date.parse(endsAt);
  if (now == null || end - now > COUNTDOWN_MS)
    return (
      <span className="countdown" data-testid="countdown">
        {t('promotion.endsOn', {
          // Before hydration in UTC (the server does not know the shopper's zone), then in theirs.
          date: formatDate(endsAt, locale, 'dateTimeZone', now == null ? 'UTC' : undefined),
        })}
      </span>
    );
  const left = Math.max(0, Math.floor((end - now) / 1000));
  const pad = (n: number) =>
    new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false }).format(n);
  const days = Math.floor(left / 86400);
  const clock = `${pad(Math.floor((left % 86400) / 3600))}:${pad(Math.floor((left % 3600) / 60))}:${pad(left % 60)}`;
  return (
    <span className="countdown" data-testid="countdown" role="timer" aria-live="off">
      {left === 0
        ? t('promotion.ended')
        : days === 0
          ? t('promotion.endsInClock', { clock })
          : t('promotion.endsIn', { count: days, clock })}
    </span>
  );
}

/** The promotion's badge, and its countdown when it ends soon. */
export function PromotionBadge({ promotion }: { promotion: ProductPromotion }) {
  return (
    <p className="promotion-badge" data-testid="promotion-badge">
      <span className="badge badge--sale">{promotion.title}</span>
      {promotion.endsAt ? <Countdown endsAt={promotion.endsAt} /> : null}
    </p>
  );
}
