import { useTranslation } from 'react-i18next';
import { useRouteLoaderData } from 'react-router';
import { isUnitOf, unitPriceMinor, type MeasuredType } from '#app/modules/catalog/core/unit-price.ts';
import { fromDecimalString, money, toDecimalString } from '#app/modules/money/core/money.ts';
import { type LayoutData } from '#app/storefront/use-layout.ts';
import { useMoneyFormatter, type MoneyData } from './price.tsx';
import { numberFormat } from '#app/lib/intl-cache.ts';

/** UnitPriceMeasurement as the Storefront API returns it. */
export interface UnitPriceMeasurementData {
  measuredType?: string | null;
  quantityUnit?: string | null;
  quantityValue: number;
  referenceUnit?: string | null;
  referenceValue: number;
}

/** Units Intl can spell in every language; the rest are written with their international symbol. */
const INTL_UNITS: Record<string, string> = {
  G: 'gram',
  KG: 'kilogram',
  OZ: 'ounce',
  LB: 'pound',
  ML: 'milliliter',
  L: 'liter',
  FLOZ: 'fluid-ounce',
  GAL: 'gallon',
  MM: 'millimeter',
  CM: 'centimeter',
  M: 'meter',
  IN: 'inch',
  FT: 'foot',
  YD: 'yard',
};
const SYMBOLS: Record<string, string> = {
  MG: 'mg',
  CL: 'cl',
  M3: 'm³',
  M2: 'm²',
  FT2: 'ft²',
  PT: 'pt',
  QT: 'qt',
};

/** "1 kg", "100 ml", "1 m" in the page's locale. */
export function formatReference(value: number, unit: string, locale: string): string | null {
  const intl = INTL_UNITS[unit];
  if (intl) return numberFormat(locale, { style: 'unit', unit: intl, unitDisplay: 'short' }).format(value);
  const symbol = SYMBOLS[unit];
  return symbol ? `${numberFormat(locale).format(value)} ${symbol}` : null;
}

/**
 * The price per reference quantity of the price shown beside it (EU Price Indication Directive
 * 98/6/EC; PAngV §4 in Germany: "1 kg = 48,00 €"). It is computed from the displayed price, not
 * taken from the variant's list price, so an automatic discount lowers both together.
 */
export function unitPriceOf(price: MoneyData, m: UnitPriceMeasurementData): MoneyData | null {
  const type = m.measuredType as MeasuredType | null | undefined;
  if (!type || !m.quantityUnit || !m.referenceUnit) return null;
  if (!isUnitOf(type, m.quantityUnit) || !isUnitOf(type, m.referenceUnit)) return null;
  if (!(m.quantityValue > 0) || !(m.referenceValue > 0)) return null;
  const minor = fromDecimalString(price.amount, price.currencyCode).amount;
  const unit = unitPriceMinor(minor, {
    measuredType: type,
    // The API's Float carries at most four decimals (numeric(14,4)); exact from here on.
    quantityValue: m.quantityValue.toFixed(4),
    quantityUnit: m.quantityUnit,
    referenceValue: m.referenceValue,
    referenceUnit: m.referenceUnit,
  });
  if (unit === null) return null;
  return { amount: toDecimalString(money(unit, price.currencyCode)), currencyCode: price.currencyCode };
}

export function UnitPrice({
  price,
  measurement,
  className,
}: {
  price: MoneyData;
  measurement: UnitPriceMeasurementData | null | undefined;
  className?: string;
}) {
  const { t } = useTranslation('product');
  const format = useMoneyFormatter();
  const root = useRouteLoaderData<LayoutData>('routes/($locale)');
  if (!measurement) return null;
  const unit = unitPriceOf(price, measurement);
  const reference =
    measurement.referenceUnit === 'ITEM'
      ? t('unitItems', { count: measurement.referenceValue })
      : formatReference(
          measurement.referenceValue,
          measurement.referenceUnit ?? '',
          root?.intlLocale ?? 'en-US',
        );
  if (!unit || !reference) return null;
  return (
    <span className={`unit-price ${className ?? ''}`.trim()} data-testid="unit-price">
      {t('unitPrice', { price: format(unit), reference })}
    </span>
  );
}
