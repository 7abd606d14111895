import type { Db } from '#app/db/client.server.ts';
import { siblingVariants } from '#app/modules/catalog/return-facts.server.ts';
import { lineItemDetails } from '#app/modules/catalog/line-items.server.ts';
import { sellableStock } from '#app/modules/catalog/stock.server.ts';
import { currentPrices } from '#app/modules/pricing/pricing.server.ts';
import { exchangeable, type ExchangeUnit } from './core/exchange.ts';
import type { NewReturnLine, ReturnableOrder } from './returns.server.ts';

/** A replacement the portal offers for an order line: another variant of the product, in stock, not dearer (core/exchange.ts). */
export interface ExchangeChoice {
  variantId: number;
  title: string;
  price: number;
}

/**
 * What each order line may be exchanged for, priced as the shopper's country buys it now in the
 * order's currency (a market that changed currency since offers nothing rather than a wrong price).
 */
export async function exchangeChoices(
  db: Db,
  state: Pick<ReturnableOrder, 'order' | 'lines'>,
  language: string,
): Promise<Map<number, ExchangeChoice[]>> {
  const own = state.lines.flatMap((l) => (l.variantId == null ? [] : [l.variantId]));
  const siblings = await siblingVariants(db, own);
  const ids = [...new Set([...siblings.values()].flat())];
  const [prices, details, stock] = await Promise.all([
    currentPrices(db, ids, state.order.countryCode),
    lineItemDetails(db, ids, language),
    sellableStock(db, ids),
  ]);
  const out = new Map<number, ExchangeChoice[]>();
  for (const line of state.lines) {
    if (line.variantId == null) continue;
    const options = (siblings.get(line.variantId) ?? []).flatMap((id) => {
      const p = prices.get(id);
      const s = stock.get(id);
      if (!p || !s || !details.has(id) || p.currency !== state.order.currency) return [];
      return [{ variantId: id, price: p.price, inStock: s.policy === 'continue' || s.quantity > 0 }];
    });
    // Not dearer than what was paid, or than the returned variant costs now: swapping sizes stays
    // an even exchange when the whole product's price moved since the order.
    const now = prices.get(line.variantId);
    const ceiling = Math.max(line.unitPrice, now?.currency === state.order.currency ? now.price : 0);
    out.set(
      line.id,
      exchangeable(ceiling, options).map((o) => ({
        variantId: o.variantId,
        price: o.price,
        title: details.get(o.variantId)!.variantTitle,
      })),
    );
  }
  return out;
}

export function exchangeUnit(
  state: Pick<ReturnableOrder, 'lines'>,
  choices: Map<number, ExchangeChoice[]>,
  line: Pick<NewReturnLine, 'orderLineId' | 'quantity' | 'exchangeVariantId'>,
): ExchangeUnit {
  const paid = state.lines.find((l) => l.id === line.orderLineId)!;
  const wanted = choices.get(line.orderLineId)!.find((o) => o.variantId === line.exchangeVariantId)!;
  return {
    orderLineId: line.orderLineId,
    quantity: line.quantity,
    unitPrice: paid.unitPrice,
    newUnitPrice: wanted.price,
  };
}

/** "Product — Variant" of each variant in `language`, for the replacements a return names. */
export async function variantTitles(
  db: Db,
  ids: readonly number[],
  language: string,
): Promise<Map<number, string>> {
  const details = await lineItemDetails(db, [...new Set(ids)], language);
  return new Map([...details].map(([id, d]) => [id, `${d.productTitle} — ${d.variantTitle}`]));
}
