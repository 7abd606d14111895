import type { Db } from '#app/db/client.server.ts';
import { returnReasonTrees } from '#app/db/schema/index.ts';
import { defaultReasonTree, type ReasonTree } from './core/reasons.ts';

/** The store's return reasons: the merchant's edited tree, or the built-in one until they edit it. */
export async function loadReasonTree(db: Db): Promise<ReasonTree> {
  const [row] = await db.select().from(returnReasonTrees);
  return row?.tree ?? defaultReasonTree();
}

export async function saveReasonTree(db: Db, tree: ReasonTree): Promise<void> {
  await db
    .insert(returnReasonTrees)
    .values({ id: 1, tree, updatedAt: new Date() })
    .onConflictDoUpdate({ target: returnReasonTrees.id, set: { tree, updatedAt: new Date() } });
}
