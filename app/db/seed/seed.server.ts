import { defaultPolicyRow, savePolicy } from '#app/modules/returns/policies.server.ts';
import { marketRefs } from '#app/modules/markets/markets.server.ts';
import { RETURN_ADDRESSES } from './returns-data.ts';
import { createCampaign } from '#app/modules/promotions/campaigns.server.ts';
import { seedCampaigns } from './promotions-data.ts';
import type { Db } from '#app/db/client.server.ts';
import { shop } from '#app/db/schema/index.ts';
import { issueStorefrontToken } from '#app/modules/shop/storefront-tokens.server.ts';
import {
  collections as seedCollections,
  menus as seedMenus,
  products as seedProducts,
  shop as seedShop,
} from './data/index.ts';
import { pages as seedPages } from './data/pages.ts';
import { seedBlog } from './blog-data.ts';
import {
  createCollection,
  createMarket,
  createMenu,
  createPage,
  createProduct,
  createShop,
  refreshPrices,
  seedTaxRates,
  setExchangeRate,
} from './factories.server.ts';
import { seedMarkets, seedRates } from './markets-data.ts';
import { seedCheckoutSettings } from './checkout-factories.server.ts';
import { seedSeoProblems } from './seo-problems.server.ts';
import { seedBrand } from './brand-data.ts';
import { seedPolicyTexts } from './policies-data.ts';
import { seedSwatchImages } from './swatches.server.ts';

/**
 * The demo store's public Storefront API token. Public tokens are not secrets (Shopify embeds them in
 * pages). 32 characters, as Shopify's are: Hydrogen's customer-privacy check takes any other length
 * for a private token and logs an error on every page.
 */
export const DEMO_STOREFRONT_TOKEN = 'mrdn_demo_public_4f9c2a7d1b3e7c0';

export async function isSeeded(db: Db): Promise<boolean> {
  return (await db.select({ id: shop.id }).from(shop).limit(1)).length > 0;
}

/** Writes the Aurora & Oak demo store: shop, markets, FX rates, catalog, collections, menus, a public token. */
export async function seedDemoStore(db: Db): Promise<{ products: number; collections: number }> {
  await createShop(db, {
    name: 'Aurora & Oak',
    currency: 'USD',
    description: seedShop.description,
    slogan: seedShop.brandSlogan,
    email: seedShop.email,
  });
  for (const [i, m] of seedMarkets.entries()) await createMarket(db, m, i);
  for (const [currency, rate] of Object.entries(seedRates))
    await setExchangeRate(db, currency, rate, 'Demo fixed rate (Nov 2026)');
  await seedTaxRates(db);
  await seedCheckoutSettings(db);
  const ids = new Map<string, number>();
  for (const p of seedProducts) ids.set(p.handle, (await createProduct(db, p)).id);
  await seedSwatchImages(db, ids);
  for (const c of seedCollections) await createCollection(db, c, ids);
  for (const p of seedPages) await createPage(db, p);
  await seedBlog(db);
  for (const m of seedMenus) await createMenu(db, m);
  const productId = (handle: string) => {
    const id = ids.get(handle);
    if (id == null) throw new Error(`No demo product ${handle}`);
    return id;
  };
  for (const c of seedCampaigns(productId)) await createCampaign(db, c.campaign, c.promotions);
  for (const m of await marketRefs(db))
    await savePolicy(db, {
      ...defaultPolicyRow(m.id),
      finalSaleTags: ['final-sale'],
      returnAddress: RETURN_ADDRESSES[m.handle] ?? null,
    });
  await seedSeoProblems(db);
  await seedPolicyTexts(db);
  await seedBrand(db, 'Aurora & Oak');
  await refreshPrices(db);
  await issueStorefrontToken(db, 'Demo storefront', 'public', DEMO_STOREFRONT_TOKEN);
  return { products: seedProducts.length, collections: seedCollections.length };
}
