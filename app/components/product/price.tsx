import { useTranslation } from 'react-i18next';
import { useRouteLoaderData } from 'react-router';
import { formatMoney } from '#app/lib/format.ts';
import { type LayoutData } from '#app/storefront/use-layout.ts';

export interface MoneyData {
  amount: string;
  currencyCode: string;
}

export function useMoneyFormatter() {
  const root = useRouteLoaderData<LayoutData>('routes/($locale)');
  const locale = root?.intlLocale ?? 'en-US';
  return (m: MoneyData) => formatMoney(m.amount, m.currencyCode, locale);
}

/** A metafield value of type money: {"amount": "12.34", "currency_code": "EUR"}. */
function parseMoneyValue(value: string | null | undefined): MoneyData | null {
  if (!value) return null;
  try {
    const v = JSON.parse(value) as { amount?: unknown; currency_code?: unknown };
    return typeof v.amount === 'string' && typeof v.currency_code === 'string'
      ? { amount: v.amount, currencyCode: v.currency_code }
      : null;
  } catch {
    return null;
  }
}

/**
 * Whether a price may be shown as reduced, and the 30-day lowest price to show with it. In the EU a
 * reduction may only be announced against the lowest price of the 30 days before it (Omnibus,
 * Directive 98/6/EC Art. 6a): without that history there is no struck-through price at all.
 */
export function reduction(
  price: MoneyData,
  compareAt: MoneyData | null | undefined,
  lowestPrice: string | null | undefined,
  omnibus: boolean,
): { onSale: boolean; lowest: MoneyData | null } {
  const lowest = omnibus ? parseMoneyValue(lowestPrice) : null;
  const reduced = compareAt != null && Number(compareAt.amount) > Number(price.amount);
  return { onSale: reduced && (!omnibus || lowest != null), lowest: reduced ? lowest : null };
}

/** A price with its compare-at price; screen readers hear which is which. */
export function Price({
  price,
  compareAt,
  from = false,
  showTaxNote = false,
  lowestPrice,
}: {
  price: MoneyData;
  compareAt?: MoneyData | null;
  from?: boolean;
  showTaxNote?: boolean;
  lowestPrice?: string | null;
}) {
  const { t } = useTranslation('product');
  const format = useMoneyFormatter();
  const root = useRouteLoaderData<LayoutData>('routes/($locale)');
  const { onSale, lowest } = reduction(price, compareAt, lowestPrice, root?.omnibus ?? false);
  const current = format(price);
  return (
    <span className="price" data-testid="price">
      {onSale ? (
        <>
          <span className="visually-hidden">{t('salePrice')}</span>
          <span className="price__current price__current--sale">
            {from ? t('fromPrice', { price: current }) : current}
          </span>
          <span className="visually-hidden">{t('regularPrice')}</span>
          <s className="price__compare">{compareAt ? format(compareAt) : null}</s>
        </>
      ) : (
        <span className="price__current">{from ? t('fromPrice', { price: current }) : current}</span>
      )}
      {onSale && lowest ? (
        <span className="price__lowest" data-testid="lowest-price">
          {t('lowestPrice30d', { price: format(lowest) })}
        </span>
      ) : null}
      {showTaxNote ? (
        <span className="price__tax" data-testid="tax-note">
          {root?.taxInclusive ? t('taxIncluded') : t('taxExcluded')}
        </span>
      ) : null}
    </span>
  );
}
