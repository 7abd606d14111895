import type { Reason, Rejected } from './promotion.ts';

/**
 * Why a promotion did not apply, as a translation key (cart namespace, `promotionReasons`) and
 * its values, and as the Storefront API's CartWarningCode. Amounts and dates are formatted by
 * the caller in the shopper's locale.
 */
export function explain(
  r: Rejected,
  format: { money: (minor: number) => string; date: (iso: string) => string },
): { key: string; values: Record<string, string | number> } {
  const reason = r.reason;
  const values: Record<string, string | number> = { code: r.code ?? r.label };
  if (reason.kind === 'minimum-spend') {
    values.required = format.money(reason.required);
    values.current = format.money(reason.current);
  } else if (reason.kind === 'minimum-quantity') values.missing = reason.required - reason.current;
  else if (reason.kind === 'not-started') values.date = format.date(reason.startsAt);
  else if (reason.kind === 'currency') values.currency = reason.currency;
  else if (reason.kind === 'not-combinable') values.with = reason.with;
  return { key: `promotionReasons.${reason.kind}`, values };
}

/** Shopify's warning codes for a discount code that does not apply (Storefront API 2026-04). */
export const WARNING_CODES: Readonly<Record<Reason['kind'], string>> = {
  'unknown-code': 'DISCOUNT_NOT_FOUND',
  'not-in-market': 'DISCOUNT_CODE_NOT_HONOURED',
  'not-started': 'DISCOUNT_CURRENTLY_INACTIVE',
  ended: 'DISCOUNT_CURRENTLY_INACTIVE',
  currency: 'DISCOUNT_CODE_NOT_HONOURED',
  'minimum-spend': 'DISCOUNT_PURCHASE_NOT_IN_RANGE',
  'minimum-quantity': 'DISCOUNT_QUANTITY_NOT_IN_RANGE',
  'no-eligible-items': 'DISCOUNT_NO_ENTITLED_LINE_ITEMS',
  'usage-limit': 'DISCOUNT_USAGE_LIMIT_REACHED',
  'customer-limit': 'DISCOUNT_CUSTOMER_USAGE_LIMIT_REACHED',
  budget: 'DISCOUNT_USAGE_LIMIT_REACHED',
  'not-combinable': 'DISCOUNT_CODE_NOT_HONOURED',
  'shipping-zone': 'DISCOUNT_NO_ENTITLED_SHIPPING_LINES',
};
