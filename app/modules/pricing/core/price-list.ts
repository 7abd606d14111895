import { fromDecimalString } from '#app/modules/money/core/money.ts';
import { parseCsv } from '#app/lib/csv.ts';

/** Price list CSV: market handle, variant SKU, price and compare-at price in the market currency (as shown). */
export const PRICE_LIST_HEADER = ['market', 'sku', 'price', 'compare_at_price'] as const;

export type PriceListError = {
  line: number;
  code:
    | 'header'
    | 'columns'
    | 'unknownMarket'
    | 'unknownSku'
    | 'badPrice'
    | 'negative'
    | 'tooPrecise'
    | 'duplicate'
    | 'compareAtNotHigher';
  value?: string;
};

export interface PriceListRow {
  line: number;
  marketId: number;
  variantId: number;
  price: number;
  compareAt: number | null;
}

const DECIMAL = /^\d{1,9}(\.\d{1,3})?$/;

/**
 * Validates every row of a price list against the store's markets and SKUs and returns
 * either all rows or every error (with its line number); callers apply nothing on errors.
 */
export function validatePriceList(
  csv: string,
  markets: Map<string, { id: number; currency: string }>,
  skus: Map<string, number>,
): { ok: true; rows: PriceListRow[] } | { ok: false; errors: PriceListError[] } {
  const table = parseCsv(csv);
  const errors: PriceListError[] = [];
  const header = table[0]?.map((h) => h.trim().toLowerCase());
  if (!header || PRICE_LIST_HEADER.some((h, i) => header[i] !== h))
    return { ok: false, errors: [{ line: 1, code: 'header' }] };
  const rows: PriceListRow[] = [];
  const seen = new Set<string>();
  for (const [index, cells] of table.slice(1).entries()) {
    const line = index + 2;
    if (cells.length !== PRICE_LIST_HEADER.length) {
      errors.push({ line, code: 'columns' });
      continue;
    }
    const [marketHandle = '', sku = '', priceText = '', compareText = ''] = cells.map((c) => c.trim());
    const market = markets.get(marketHandle);
    const variantId = skus.get(sku);
    if (!market) errors.push({ line, code: 'unknownMarket', value: marketHandle });
    if (variantId == null) errors.push({ line, code: 'unknownSku', value: sku });
    const amount = (text: string): number | null | undefined => {
      if (text === '') return null;
      if (/^-/.test(text)) {
        errors.push({ line, code: 'negative', value: text });
        return undefined;
      }
      if (!DECIMAL.test(text)) {
        errors.push({ line, code: 'badPrice', value: text });
        return undefined;
      }
      if (!market) return undefined;
      try {
        return fromDecimalString(text, market.currency).amount;
      } catch {
        errors.push({ line, code: 'tooPrecise', value: `${text} ${market.currency}` });
        return undefined;
      }
    };
    const price = amount(priceText);
    const compareAt = amount(compareText);
    if (price === null) errors.push({ line, code: 'badPrice', value: '' });
    if (typeof price === 'number' && typeof compareAt === 'number' && compareAt <= price)
      errors.push({ line, code: 'compareAtNotHigher', value: compareText });
    const key = `${marketHandle}\u0000${sku}`;
    if (seen.has(key)) errors.push({ line, code: 'duplicate', value: `${marketHandle} ${sku}` });
    seen.add(key);
    if (market && variantId != null && typeof price === 'number' && compareAt !== undefined) {
      rows.push({ line, marketId: market.id, variantId, price, compareAt });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}
