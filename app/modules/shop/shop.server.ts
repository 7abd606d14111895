import { eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { shop } from '#app/db/schema/index.ts';

export type ShopRow = typeof shop.$inferSelect;

export async function getShop(db: Db): Promise<ShopRow> {
  const [row] = await db.select().from(shop).limit(1);
  if (!row) throw new Error('Shop is not set up');
  return row;
}

/** The shop's name, or null before the shop is set up (an empty store still renders its admin). */
export async function shopName(db: Db): Promise<string | null> {
  const [row] = await db.select({ name: shop.name }).from(shop).limit(1);
  return row?.name ?? null;
}

/** The shop's currency and default language, or null before the shop is set up. */
export async function shopDefaults(db: Db): Promise<{ currency: string; language: string } | null> {
  const [row] = await db
    .select({ currency: shop.currency, language: shop.defaultLanguage })
    .from(shop)
    .limit(1);
  return row ?? null;
}

/** The home page's source-language title tag and meta description (set by the SEO workspace). */
export async function setShopSeoSource(
  db: Db,
  patch: { seoTitle?: string | null; seoDescription?: string | null },
): Promise<void> {
  await db.update(shop).set(patch).where(eq(shop.id, 1));
}

/** How the store combines promotions (ADR 0019); best for the customer until the merchant says otherwise. */
export async function promotionPolicy(db: Db): Promise<'best' | 'priority'> {
  const [row] = await db.select({ policy: shop.promotionPolicy }).from(shop).limit(1);
  return row?.policy ?? 'best';
}

/** How promotions combine and the zone campaign times are in; the defaults before the shop is set up. */
export async function promotionSettings(
  db: Db,
): Promise<{ promotionPolicy: 'best' | 'priority'; timeZone: string }> {
  const [row] = await db
    .select({ promotionPolicy: shop.promotionPolicy, timeZone: shop.timeZone })
    .from(shop)
    .limit(1);
  return row ?? { promotionPolicy: 'best', timeZone: 'UTC' };
}

/** The promotion settings: how promotions combine, and the zone campaign times are entered and shown in. */
export async function setPromotionSettings(
  db: Db,
  patch: { promotionPolicy: 'best' | 'priority'; timeZone: string },
): Promise<void> {
  await db.update(shop).set(patch).where(eq(shop.id, 1));
}
