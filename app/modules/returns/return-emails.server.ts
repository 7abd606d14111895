import type { Db } from '#app/db/client.server.ts';
import { publicOrigin } from '#app/lib/origin.server.ts';
import { returnEmail, type ReturnEmailStep } from '#app/modules/email/return-emails.server.ts';
import type { OutgoingEmail } from '#app/modules/email/outbox.server.ts';
import { allLocales } from '#app/modules/markets/core/market.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { money } from '#app/modules/money/core/money.ts';
import { orderById } from '#app/modules/orders/orders.server.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import { portalPath } from './portal-token.server.ts';
import { returnRow } from './return-actions.server.ts';
import type { ReturnRow } from './returns.server.ts';

/**
 * The email for a return's step, addressed as the shopper asked: in the language of their
 * request, linking to the return's page under their storefront locale with a fresh portal token.
 */
export async function returnEmailFor(
  db: Db,
  request: Request,
  returnId: number,
  step: ReturnEmailStep,
): Promise<(ret: ReturnRow) => OutgoingEmail> {
  const [shop, config, row] = await Promise.all([getShop(db), getMarketConfig(db), returnRow(db, returnId)]);
  const order = row ? await orderById(db, row.orderId) : null;
  const origin = publicOrigin(request);
  return (ret) => {
    if (!order) throw new Error(`returnEmailFor: return ${returnId} has no order`);
    const locale = allLocales(config).find(
      (l) => l.language === ret.language && l.country === order.countryCode,
    );
    const url = `${origin}${portalPath(locale?.pathPrefix ?? '', order.id, new Date(), ret.publicId)}`;
    return returnEmail({
      step,
      to: order.email,
      language: ret.language,
      countryCode: order.countryCode,
      rma: ret.rma,
      orderNumber: order.number,
      shopName: shop.name,
      url,
      declineReason: ret.declineReason,
      amount:
        step === 'refunded' || step === 'exchanged'
          ? money(ret.refunded, ret.currency)
          : step === 'credited'
            ? money(ret.refunded + (ret.estimate.creditBonus ?? 0), ret.currency)
            : undefined,
    });
  };
}
