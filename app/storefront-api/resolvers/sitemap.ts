import type { GraphQLResolveInfo } from 'graphql';
import type { Db } from '#app/db/client.server.ts';
import { toGid, type GidType } from '#app/lib/gid.ts';
import {
  countSitemapProducts,
  sitemapCollections,
  sitemapProductBatch,
  sitemapProductStart,
  type SitemapRow,
} from '#app/modules/catalog/sitemap-entries.server.ts';
import { sitemapPages } from '#app/modules/pages/pages.server.ts';
import { sitemapArticles, sitemapBlogs } from '#app/modules/blog/sitemap-entries.server.ts';
import { sitemapExcluded } from '#app/modules/seo/sitemap.server.ts';
import { ensureTranslations, inContext, type StorefrontContext } from '../context.server.ts';
import { tr, userError } from './shared.ts';

/** Shopify pages sitemap resources by up to 250; Hydrogen's sitemap routes ask page by page. */
export const SITEMAP_PAGE_SIZE = 250;

type SitemapType = 'PRODUCT' | 'COLLECTION' | 'PAGE' | 'ARTICLE' | 'BLOG' | 'METAOBJECT';

interface Source {
  gidType: GidType | null;
  count(db: Db, now: Date): Promise<number>;
  page(db: Db, page: number, now: Date): Promise<SitemapRow[]>;
}

/** A small, fully listed resource kind (collections, pages, blogs), paged in memory. */
const listed = (gidType: GidType, all: (db: Db, now: Date) => Promise<SitemapRow[]>): Source => ({
  gidType,
  count: async (db, now) => (await all(db, now)).length,
  page: async (db, page, now) =>
    (await all(db, now)).slice((page - 1) * SITEMAP_PAGE_SIZE, page * SITEMAP_PAGE_SIZE),
});

const SOURCES: Record<SitemapType, Source> = {
  // Products can be many: the same id keyset Meridian's own sitemap files stream with.
  PRODUCT: {
    gidType: 'Product',
    count: (db, now) => countSitemapProducts(db, now),
    page: async (db, page, now) => {
      const after = await sitemapProductStart(db, (page - 1) * SITEMAP_PAGE_SIZE, now);
      return after == null ? [] : sitemapProductBatch(db, after, SITEMAP_PAGE_SIZE, now);
    },
  },
  COLLECTION: listed('Collection', (db) => sitemapCollections(db)),
  PAGE: listed('Page', (db) => sitemapPages(db)),
  BLOG: listed('Blog', (db) => sitemapBlogs(db)),
  ARTICLE: listed('Article', (db, now) => sitemapArticles(db, now)),
  // No metaobjects are rendered as pages: an empty sitemap, which Hydrogen's index expects to resolve.
  METAOBJECT: { gidType: null, count: async () => 0, page: async () => [] },
};

interface SitemapView {
  type: SitemapType;
}

export const sitemapResolvers = {
  QueryRoot: {
    sitemap: (_: unknown, args: { type: SitemapType }): SitemapView => ({ type: args.type }),
  },
  Sitemap: {
    pagesCount: async (s: SitemapView, _: unknown, ctx: StorefrontContext) => ({
      count: Math.ceil((await SOURCES[s.type].count(ctx.db, ctx.now)) / SITEMAP_PAGE_SIZE),
      precision: 'EXACT',
    }),
    /**
     * One page of handles in the context's language. Resources marked noindex or excluded from
     * sitemaps are left out after paging, so a page may hold fewer than 250 (Shopify warns of the same).
     */
    resources: async (
      s: SitemapView,
      args: { page: number },
      ctx: StorefrontContext,
      info: GraphQLResolveInfo,
    ) => {
      if (!Number.isInteger(args.page) || args.page < 1 || args.page > 100_000)
        throw userError('page must be between 1 and 100000');
      const c = await inContext(ctx, info);
      const source = SOURCES[s.type];
      const [rows, total] = await Promise.all([
        source.page(ctx.db, args.page, ctx.now),
        source.count(ctx.db, ctx.now),
      ]);
      const type = source.gidType;
      if (!type) return { hasNextPage: false, items: [] };
      const gids = rows.map((r) => toGid(type, r.id));
      const [excluded] = await Promise.all([
        sitemapExcluded(ctx.db, gids),
        ensureTranslations(ctx, gids, c.language),
      ]);
      return {
        hasNextPage: args.page * SITEMAP_PAGE_SIZE < total,
        items: rows
          .filter((_, i) => !excluded.has(gids[i]!))
          .map((r) => ({
            __typename: 'SitemapResource',
            handle: tr(ctx, toGid(type, r.id), 'handle', r.handle),
            updatedAt: r.updatedAt.toISOString(),
          })),
      };
    },
  },
  SitemapResourceInterface: { __resolveType: (o: { __typename: string }) => o.__typename },
};
