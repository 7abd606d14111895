import { and, asc, desc, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { collectionProducts, collections } from '#app/db/schema/index.ts';
import { idByTranslatedHandle } from '#app/modules/translations/translations.server.ts';
import { decodeCursor, encodeCursor } from './core/cursor.ts';
import { MAX_PAGE_SIZE } from './product-listing.server.ts';

export type CollectionRow = typeof collections.$inferSelect;

export async function loadCollections(db: Db, ids: number[]): Promise<Map<number, CollectionRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(collections)
    .where(and(inArray(collections.id, ids), eq(collections.published, true)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The published collections each product belongs to, in collection id order; one query for all. */
export async function collectionsOfProducts(
  db: Db,
  productIds: number[],
): Promise<Map<number, CollectionRow[]>> {
  const out = new Map<number, CollectionRow[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return out;
  const rows = await db
    .select({ productId: collectionProducts.productId, collection: collections })
    .from(collectionProducts)
    .innerJoin(collections, eq(collections.id, collectionProducts.collectionId))
    .where(and(inArray(collectionProducts.productId, productIds), eq(collections.published, true)))
    .orderBy(asc(collections.id));
  for (const row of rows) out.get(row.productId)?.push(row.collection);
  return out;
}

export async function findCollectionIdByHandle(
  db: Db,
  handle: string,
  language: string,
): Promise<number | null> {
  if (handle.length > 255) return null;
  const id = await idByTranslatedHandle(db, 'Collection', handle, language);
  const rows = await db
    .select({ id: collections.id })
    .from(collections)
    .where(and(id ? eq(collections.id, id) : eq(collections.handle, handle), eq(collections.published, true)))
    .limit(1);
  return rows[0]?.id ?? null;
}

/** Collections ordered by id (CollectionSortKeys.ID; other keys fall back to it). */
export async function listCollections(
  db: Db,
  page: {
    first?: number | null;
    last?: number | null;
    after?: string | null;
    before?: string | null;
    reverse?: boolean;
  },
) {
  const backward = page.last != null && page.first == null;
  const limit = Math.min(backward ? page.last! : (page.first ?? 0), MAX_PAGE_SIZE);
  const cursorText = backward ? page.before : page.after;
  const cursor = cursorText ? decodeCursor(cursorText, 'ID', 'none') : null;
  const descending = Boolean(page.reverse) !== backward;
  const rows = await db
    .select()
    .from(collections)
    .where(
      and(
        eq(collections.published, true),
        cursor ? (descending ? lt(collections.id, cursor.id) : gt(collections.id, cursor.id)) : undefined,
      ),
    )
    .orderBy(descending ? desc(collections.id) : asc(collections.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  if (backward) pageRows.reverse();
  return {
    items: pageRows.map((r) => ({ row: r, cursor: encodeCursor({ k: 'ID', v: null, id: r.id }) })),
    hasNextPage: backward ? Boolean(page.before) : more,
    hasPreviousPage: backward ? more : Boolean(page.after),
  };
}
