import { eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { checkouts } from '#app/db/schema/index.ts';
import { lineItemDetails } from '#app/modules/catalog/line-items.server.ts';
import { getOrder, orderByCart } from '#app/modules/orders/orders.server.ts';

/**
 * What the thank-you page shows for a cart's order: the order and its lines, each line's
 * current product image (the order keeps titles, not images), and the payment method the
 * shopper chose, as they saw it in checkout ("VISA •••• 4242").
 */
export async function orderConfirmation(db: Db, cartId: string) {
  const found = await orderByCart(db, cartId);
  if (!found) return null;
  const full = await getOrder(db, found.id);
  if (!full) return null;
  const ids = full.lines.map((l) => l.variantId).filter((id): id is number => id != null);
  const [details, [checkout]] = await Promise.all([
    lineItemDetails(db, ids, full.order.language),
    db.select({ paymentLabel: checkouts.paymentLabel }).from(checkouts).where(eq(checkouts.cartId, cartId)),
  ]);
  return {
    order: full.order,
    lines: full.lines.map((l) => ({
      ...l,
      image: (l.variantId != null ? details.get(l.variantId)?.image : null) ?? null,
    })),
    paymentLabel: checkout?.paymentLabel ?? null,
  };
}
