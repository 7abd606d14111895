import { and, asc, eq, gt, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { collections, productImages, products } from '#app/db/schema/index.ts';
import { likePattern } from '#app/lib/like-pattern.ts';

/**
 * The catalog's source-language SEO columns (title tag, meta description, handle, alt texts),
 * read and written for the SEO module, which owns no catalog table (DESIGN.md).
 */

export interface SeoSourceRow {
  id: number;
  handle: string;
  title: string;
  descriptionHtml: string;
  seoTitle: string | null;
  seoDescription: string | null;
  vendor: string;
  productType: string;
  visible: boolean;
  updatedAt: Date;
  /** Product images, or the collection's one image (id = collection id); src is a path under public/ without width suffix. */
  images: { id: number; alt: string | null; src: string }[];
}

export type CatalogSeoKind = 'product' | 'collection';

export async function catalogSeoSources(
  db: Db,
  kind: CatalogSeoKind,
  ids: number[],
): Promise<Map<number, SeoSourceRow>> {
  const out = new Map<number, SeoSourceRow>();
  if (ids.length === 0) return out;
  if (kind === 'product') {
    const [rows, images] = await Promise.all([
      db.select().from(products).where(inArray(products.id, ids)),
      db
        .select({
          id: productImages.id,
          productId: productImages.productId,
          alt: productImages.altText,
          src: productImages.src,
        })
        .from(productImages)
        .where(inArray(productImages.productId, ids))
        .orderBy(productImages.productId, productImages.position),
    ]);
    for (const p of rows) {
      out.set(p.id, {
        id: p.id,
        handle: p.handle,
        title: p.title,
        descriptionHtml: p.descriptionHtml,
        seoTitle: p.seoTitle,
        seoDescription: p.seoDescription,
        vendor: p.vendor,
        productType: p.productType,
        visible: p.status === 'active' && p.publishedAt != null,
        updatedAt: p.updatedAt,
        images: [],
      });
    }
    for (const img of images) out.get(img.productId)?.images.push({ id: img.id, alt: img.alt, src: img.src });
    return out;
  }
  const rows = await db.select().from(collections).where(inArray(collections.id, ids));
  for (const c of rows) {
    out.set(c.id, {
      id: c.id,
      handle: c.handle,
      title: c.title,
      descriptionHtml: c.descriptionHtml,
      seoTitle: c.seoTitle,
      seoDescription: c.seoDescription,
      vendor: '',
      productType: '',
      visible: c.published,
      updatedAt: c.updatedAt,
      images: c.imageSrc ? [{ id: c.id, alt: c.imageAlt, src: c.imageSrc }] : [],
    });
  }
  return out;
}

/** Ids in id order after a cursor, optionally matching a title/handle search, for lists and bulk jobs. */
export async function catalogSeoIds(
  db: Db,
  kind: CatalogSeoKind,
  opts: { after?: number; limit: number; query?: string },
): Promise<number[]> {
  const table = kind === 'product' ? products : collections;
  const q = opts.query?.trim();
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(
      and(
        opts.after ? gt(table.id, opts.after) : undefined,
        q ? or(ilike(table.title, likePattern(q)), ilike(table.handle, likePattern(q))) : undefined,
      ),
    )
    .orderBy(asc(table.id))
    .limit(opts.limit);
  return rows.map((r) => r.id);
}

export async function countCatalog(db: Db, kind: CatalogSeoKind): Promise<number> {
  const table = kind === 'product' ? products : collections;
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n ?? 0;
}

/** Sets source SEO columns and bumps updated_at (the sitemap's lastmod). */
export async function setCatalogSeoSource(
  db: Db,
  kind: CatalogSeoKind,
  id: number,
  patch: { handle?: string; seoTitle?: string | null; seoDescription?: string | null },
): Promise<void> {
  const table = kind === 'product' ? products : collections;
  await db
    .update(table)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(table.id, id));
}

/** A product image's alt text, or a collection image's (imageId = collection id). */
export async function setCatalogImageAlt(
  db: Db,
  kind: CatalogSeoKind,
  imageId: number,
  alt: string | null,
): Promise<void> {
  if (kind === 'product')
    await db.update(productImages).set({ altText: alt }).where(eq(productImages.id, imageId));
  else
    await db
      .update(collections)
      .set({ imageAlt: alt, updatedAt: new Date() })
      .where(eq(collections.id, imageId));
}

/** Touches a resource whose translated SEO changed, so its sitemap lastmod moves. */
export async function touchCatalog(db: Db, kind: CatalogSeoKind, id: number): Promise<void> {
  const table = kind === 'product' ? products : collections;
  await db.update(table).set({ updatedAt: new Date() }).where(eq(table.id, id));
}

/** Whether a source handle is taken by another resource of the kind. */
export async function catalogHandleOwner(
  db: Db,
  kind: CatalogSeoKind,
  handle: string,
): Promise<number | null> {
  const table = kind === 'product' ? products : collections;
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.handle, handle)).limit(1);
  return row?.id ?? null;
}

/** The owning product of each product image that exists (image id → product id), for unit lookups by image gid. */
export async function productIdsOfImages(db: Db, imageIds: number[]): Promise<Map<number, number>> {
  if (imageIds.length === 0) return new Map();
  const rows = await db
    .select({ id: productImages.id, productId: productImages.productId })
    .from(productImages)
    .where(inArray(productImages.id, imageIds));
  return new Map(rows.map((r) => [r.id, r.productId]));
}
