import { asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { collections, products, variants } from '#app/db/schema/index.ts';

/** Products (not archived) and collections by title, for the admin's pickers (promotions). */
export async function productAndCollectionChoices(db: Db, limit = 2000) {
  const [productRows, collectionRows] = await Promise.all([
    db
      .select({ id: products.id, title: products.title })
      .from(products)
      .where(ne(products.status, 'archived'))
      .orderBy(asc(products.title))
      .limit(limit),
    db
      .select({ id: collections.id, title: collections.title })
      .from(collections)
      .orderBy(asc(collections.title))
      .limit(limit),
  ]);
  return { products: productRows, collections: collectionRows };
}

/** Each product's first variant (by position) and the product's title: a product as one cart line. */
export async function firstVariantsOfProducts(
  db: Db,
  productIds: readonly number[],
): Promise<{ productId: number; variantId: number; title: string }[]> {
  if (!productIds.length) return [];
  return db
    .selectDistinctOn([variants.productId], {
      productId: variants.productId,
      variantId: variants.id,
      title: products.title,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(inArray(variants.productId, [...productIds]))
    .orderBy(variants.productId, asc(variants.position));
}
