import type { GraphQLResolveInfo } from 'graphql';
import { toGid } from '#app/lib/gid.ts';
import { matchRank, searchTrackingParameters } from '#app/lib/text-match.ts';
import { listCollections } from '#app/modules/catalog/collections.server.ts';
import { publishedPageIds } from '#app/modules/pages/pages.server.ts';
import { ensureTranslations, inContext, type StorefrontContext } from '../context.server.ts';
import { searchArticleRefs, type ArticleRef } from './blog.ts';
import { collectionRef } from './collection-ref.ts';
import { productConnection, toListingFilters, type ProductFilterInput } from './listing.ts';
import { pageRefs, type PageRef } from './page.ts';
import { assertPageArgs, htmlToText, pageInfo, tr, userError } from './shared.ts';

type Info = GraphQLResolveInfo;
type ContentRef = PageRef | ArticleRef;
type SearchType = 'PRODUCT' | 'PAGE' | 'ARTICLE';

/** Content results past this many are not searched: a shop's pages and articles, not a catalog. */
const CONTENT_LIMIT = 250;

/** Published pages whose (translated) title or body match, title matches first. */
async function matchingPages(ctx: StorefrontContext, info: Info, query: string): Promise<PageRef[]> {
  const { language } = await inContext(ctx, info);
  const refs = await pageRefs(ctx, info, await publishedPageIds(ctx.db));
  return [...refs.values()]
    .map((p) => {
      const gid = toGid('Page', p.row.id);
      const title = tr(ctx, gid, 'title', p.row.title);
      const body = htmlToText(tr(ctx, gid, 'body_html', p.row.bodyHtml));
      return { p, rank: matchRank(query, title, body, language) };
    })
    .filter((x) => x.rank > 0)
    .sort((a, b) => b.rank - a.rank || a.p.row.id - b.p.row.id)
    .map((x) => x.p);
}

async function matchingContent(
  ctx: StorefrontContext,
  info: Info,
  query: string,
  types: Set<SearchType>,
): Promise<ContentRef[]> {
  const [pages, articles] = await Promise.all([
    types.has('PAGE') ? matchingPages(ctx, info, query) : [],
    types.has('ARTICLE') ? searchArticleRefs(ctx, info, query, CONTENT_LIMIT) : [],
  ]);
  return [...pages, ...articles].slice(0, CONTENT_LIMIT);
}

/** Content results page by offset; their cursors say so, so they never pass for product cursors. */
const contentCursor = (offset: number) => `content:${offset}`;
function contentOffset(cursor: string | null | undefined): number | null {
  const m = cursor ? /^content:(\d{1,4})$/.exec(cursor) : null;
  return m ? Number(m[1]) : null;
}

interface SearchArgs {
  first?: number;
  last?: number;
  after?: string;
  before?: string;
  reverse?: boolean;
  query: string;
  sortKey?: 'PRICE' | 'RELEVANCE';
  types?: SearchType[] | null;
  productFilters?: ProductFilterInput[];
  unavailableProducts?: 'SHOW' | 'HIDE' | 'LAST';
}

/** A page of an in-memory list by offset cursors: after/before bound it, first/last take from an end. */
function pageByOffset<T>(
  all: T[],
  args: { first?: number | null; last?: number | null; after?: string | null; before?: string | null },
) {
  const lo = Math.min(all.length, (contentOffset(args.after) ?? -1) + 1);
  const hi = Math.max(lo, Math.min(all.length, contentOffset(args.before) ?? all.length));
  const start = args.first != null ? lo : Math.max(lo, hi - (args.last ?? 0));
  const end = args.first != null ? Math.min(hi, lo + args.first) : hi;
  return {
    edges: all.slice(start, end).map((node, i) => ({ cursor: contentCursor(start + i), node })),
    hasNextPage: end < all.length,
    hasPreviousPage: start > 0,
  };
}

/**
 * `search` over products, pages and articles (all three when `types` is not given, as on
 * Shopify). Products come first, in the listing's relevance order and with its keyset cursors;
 * pages and articles follow once the products are exhausted, paged by offset. Mixed searches
 * page forwards only: a `last`/`before` page across two kinds of cursor would be ambiguous.
 */
async function search(_: unknown, args: SearchArgs, ctx: StorefrontContext, info: Info) {
  assertPageArgs(args);
  const c = await inContext(ctx, info);
  const types = new Set<SearchType>(args.types?.length ? args.types : ['PRODUCT', 'PAGE', 'ARTICLE']);
  const withContent = types.has('PAGE') || types.has('ARTICLE');
  const withProducts = types.has('PRODUCT');
  if (withProducts && withContent && (args.last != null || args.before != null))
    throw userError('last and before page a search of one type; pass types: [PRODUCT], [PAGE] or [ARTICLE]');
  const track = <T extends object>(node: T, position: number) => ({
    ...node,
    trackingParameters: searchTrackingParameters(args.query, position),
  });
  const inContent = withContent && contentOffset(args.after) != null;
  const filters = toListingFilters(args.productFilters, c) ?? {};
  if (args.unavailableProducts === 'HIDE') filters.available = true;
  const products =
    withProducts && !inContent
      ? await productConnection(ctx, info, {
          scope: { query: args.query, filters },
          page: { ...args, sortKey: args.sortKey ?? 'RELEVANCE' },
        })
      : null;
  const edges: { cursor: string; node: object }[] = (products?.edges ?? []).map((e, i) => ({
    cursor: e.cursor,
    node: track(e.node, i + 1),
  }));
  let content: ContentRef[] | null = null;
  const contentOf = async () => (content ??= await matchingContent(ctx, info, args.query, types));
  let hasNextPage = products?.pageInfo.hasNextPage ?? false;
  let hasPreviousPage = products?.pageInfo.hasPreviousPage ?? inContent;
  const room = args.first != null ? args.first - edges.length : (args.last ?? 0);
  if (withContent && !hasNextPage && room > 0) {
    const page = pageByOffset(await contentOf(), { ...args, first: args.first != null ? room : null });
    edges.push(
      ...page.edges.map((e) => ({ cursor: e.cursor, node: track(e.node, contentOffsetOf(e.cursor) + 1) })),
    );
    hasNextPage = page.hasNextPage;
    if (!withProducts) hasPreviousPage = page.hasPreviousPage;
  } else if (withContent && !hasNextPage && args.first === edges.length) {
    hasNextPage = (await contentOf()).length > 0;
  }
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: pageInfo(edges, hasNextPage, hasPreviousPage),
    totalCount: async () =>
      (products ? Number(await products.totalCount()) : 0) + (withContent ? (await contentOf()).length : 0),
    productFilters: () => products?.productFilters() ?? [],
  };
}

const contentOffsetOf = (cursor: string) => contentOffset(cursor) ?? 0;

/** Predictive search: up to `limit` of each type (Shopify's limitScope EACH), typed as you go. */
async function predictiveSearch(
  _: unknown,
  args: {
    query: string;
    limit?: number | null;
    types?: string[] | null;
    unavailableProducts?: string | null;
  },
  ctx: StorefrontContext,
  info: Info,
) {
  const c = await inContext(ctx, info);
  const limit = args.limit ?? 10;
  if (limit < 1 || limit > 250) throw userError('limit must be between 1 and 250');
  const query = args.query.trim();
  const types = new Set(args.types ?? ['PRODUCT', 'COLLECTION', 'QUERY', 'PAGE', 'ARTICLE']);
  if (!query) return { products: [], collections: [], queries: [], pages: [], articles: [] };
  const tracked = <T extends object>(list: T[]) =>
    list.map((node, i) => ({ ...node, trackingParameters: searchTrackingParameters(query, i + 1) }));
  const products = types.has('PRODUCT')
    ? (
        await productConnection(ctx, info, {
          scope: {
            query,
            filters: args.unavailableProducts === 'HIDE' ? { available: true } : undefined,
          },
          page: { first: limit, sortKey: 'RELEVANCE' },
        })
      ).nodes
    : [];
  let collections: ReturnType<typeof collectionRef>[] = [];
  if (types.has('COLLECTION')) {
    const all = await listCollections(ctx.db, { first: 250 });
    await ensureTranslations(
      ctx,
      all.items.map((i) => toGid('Collection', i.row.id)),
      c.language,
    );
    collections = all.items
      .map((i) => collectionRef(i.row))
      .filter((col) =>
        matchRank(query, tr(ctx, toGid('Collection', col.row.id), 'title', col.row.title), '', c.language),
      )
      .slice(0, limit);
  }
  const [pages, articles] = await Promise.all([
    types.has('PAGE') ? matchingPages(ctx, info, query) : [],
    types.has('ARTICLE') ? searchArticleRefs(ctx, info, query, limit) : [],
  ]);
  const anything = products.length + collections.length + pages.length + articles.length > 0;
  const queries =
    types.has('QUERY') && anything
      ? [
          {
            text: query,
            styledText: `<mark>${query.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)}</mark>`,
          },
        ]
      : [];
  return {
    products: tracked(products),
    collections: tracked(collections),
    queries: tracked(queries),
    pages: tracked(pages.slice(0, limit)),
    articles: tracked(articles.slice(0, limit)),
  };
}

export const searchResolvers = {
  QueryRoot: { search, predictiveSearch },
};
