import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { collections, menuItems, menus, products } from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';

export type MenuItemRow = typeof menuItems.$inferSelect;

/** A menu, its items, and the resource GID behind each COLLECTION/PRODUCT target handle. */
export async function findMenu(db: Db, handle: string) {
  if (handle.length > 255) return null;
  const [menu] = await db.select().from(menus).where(eq(menus.handle, handle)).limit(1);
  if (!menu) return null;
  const items = await db
    .select()
    .from(menuItems)
    .where(eq(menuItems.menuId, menu.id))
    .orderBy(asc(menuItems.position));
  const targets = (type: string) => items.filter((i) => i.type === type && i.target).map((i) => i.target!);
  const [colRows, prodRows] = await Promise.all([
    targets('COLLECTION').length
      ? db
          .select({ id: collections.id, handle: collections.handle })
          .from(collections)
          .where(inArray(collections.handle, targets('COLLECTION')))
      : [],
    targets('PRODUCT').length
      ? db
          .select({ id: products.id, handle: products.handle })
          .from(products)
          .where(inArray(products.handle, targets('PRODUCT')))
      : [],
  ]);
  const targetGids = new Map<string, string>([
    ...colRows.map((r) => [`COLLECTION:${r.handle}`, toGid('Collection', r.id)] as const),
    ...prodRows.map((r) => [`PRODUCT:${r.handle}`, toGid('Product', r.id)] as const),
  ]);
  return { menu, items, targetGids };
}
