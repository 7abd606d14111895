import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { products, variants } from '#app/db/schema/index.ts';
import { adminProductList, setProductStatus } from '#app/modules/catalog/admin-products.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
type Expected = { variants: number; inventory: number; minPrice: number; maxPrice: number };
let expected: Map<number, Expected>;

beforeAll(async () => {
  db = await createTestDb('seeded');
  // The truth, worked out in JS from every variant row rather than by the SQL under test.
  expected = new Map();
  for (const v of await db.db.select().from(variants)) {
    const e = expected.get(v.productId) ?? {
      variants: 0,
      inventory: 0,
      minPrice: Infinity,
      maxPrice: -Infinity,
    };
    e.variants += 1;
    e.inventory += Math.max(v.inventoryQuantity, 0);
    e.minPrice = Math.min(e.minPrice, v.priceAmount);
    e.maxPrice = Math.max(e.maxPrice, v.priceAmount);
    expected.set(v.productId, e);
  }
});
afterAll(async () => db?.close());

describe('Admin › Products list', () => {
  it("shows each product's own variant count, stock and price range", async () => {
    const { rows, total } = await adminProductList(db.db, { limit: 250 });
    expect(total).toBe((await db.db.select().from(products)).length);
    expect(rows).toHaveLength(total);
    for (const row of rows) {
      const e = expected.get(row.id)!;
      expect(
        { variants: row.variants, inventory: row.inventory, minPrice: row.minPrice, maxPrice: row.maxPrice },
        row.title,
      ).toEqual(e);
    }
    // The demo catalog is varied; identical numbers on every row is the bug this guards against.
    expect(new Set(rows.map((r) => `${r.variants}/${r.inventory}/${r.minPrice}`)).size).toBeGreaterThan(5);
    expect(rows.some((r) => r.minPrice !== r.maxPrice)).toBe(true);
  });

  it('finds a product by the SKU of one of its variants, and only that product', async () => {
    const [variant] = await db.db.select().from(variants).limit(1).offset(17);
    const { rows } = await adminProductList(db.db, { query: variant!.sku! });
    expect(rows.map((r) => r.id)).toEqual([variant!.productId]);
    expect(rows[0]!.variants).toBe(expected.get(variant!.productId)!.variants);
  });

  it('filters by status and pages without losing the aggregates', async () => {
    const all = await adminProductList(db.db, { limit: 250 });
    const [first, second] = all.rows;
    await setProductStatus(db.db, [first!.id, second!.id], 'draft');
    const drafts = await adminProductList(db.db, { status: ['draft'] });
    expect(drafts.rows.map((r) => r.id).sort()).toEqual([first!.id, second!.id].sort());
    expect(drafts.total).toBe(2);
    const page = await adminProductList(db.db, { limit: 3, offset: 3 });
    expect(page.rows.map((r) => r.id)).toEqual(all.rows.slice(3, 6).map((r) => r.id));
    for (const row of page.rows) expect(row.inventory).toBe(expected.get(row.id)!.inventory);
  });
});
