import { sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { queryRows } from '#app/db/sql.server.ts';

/**
 * "Related" recommendations: visible products ranked by shared manual collections,
 * same product type and shared tags, in-stock first.
 */
export async function relatedProductIds(
  db: Db,
  productId: number,
  limit = 10,
  now = new Date(),
): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`
    with src as (select id, product_type, tags from products where id = ${productId})
    select p.id from products p, src
    where p.id <> src.id and p.status = 'active' and p.published_at is not null and p.published_at <= ${now.toISOString()}::timestamptz
    order by
      (select count(*) from collection_products a join collection_products b on a.collection_id = b.collection_id
        where a.product_id = src.id and b.product_id = p.id) * 2
      + (case when p.product_type = src.product_type then 3 else 0 end)
      + cardinality(array(select unnest(p.tags) intersect select unnest(src.tags))) desc,
      exists (select 1 from variants v where v.product_id = p.id and (v.inventory_quantity > 0 or v.inventory_policy = 'continue')) desc,
      p.id
    limit ${Math.min(Math.max(limit, 0), 50)}`,
  );
  return rows.map((r) => Number(r.id));
}
