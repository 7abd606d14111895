import type { Db } from '#app/db/client.server.ts';
import { catalogSeoIds, countCatalog } from '#app/modules/catalog/seo-source.server.ts';
import { articleIdBatch, countArticles } from '#app/modules/blog/article-queries.server.ts';
import { blogIds } from '#app/modules/blog/blogs.server.ts';
import { pageIds } from '#app/modules/pages/pages.server.ts';
import type { SeoResourceType } from './core/fields.ts';

/** Every resource id of a type in id order, a batch at a time, so bulk work (export, templates, audit) never loads a catalog whole. */
export async function* resourceIdBatches(
  db: Db,
  type: SeoResourceType,
  batch: number,
): AsyncGenerator<number[]> {
  if (type === 'home') {
    yield [1];
    return;
  }
  if (type === 'page' || type === 'blog') {
    const ids = type === 'page' ? await pageIds(db) : await blogIds(db);
    for (let i = 0; i < ids.length; i += batch) yield ids.slice(i, i + batch);
    return;
  }
  for (let after = 0; ;) {
    const ids =
      type === 'article'
        ? await articleIdBatch(db, { after, limit: batch })
        : await catalogSeoIds(db, type, { after, limit: batch });
    if (ids.length) yield ids;
    if (ids.length < batch) return;
    after = ids[ids.length - 1]!;
  }
}

export async function countResources(db: Db, type: SeoResourceType): Promise<number> {
  if (type === 'home') return 1;
  if (type === 'page') return (await pageIds(db)).length;
  if (type === 'blog') return (await blogIds(db)).length;
  if (type === 'article') return countArticles(db);
  return countCatalog(db, type);
}
