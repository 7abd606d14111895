import type { GraphQLResolveInfo } from 'graphql';
import { parseGid, toGid } from '#app/lib/gid.ts';
import {
  findCollectionIdByHandle,
  listCollections,
  loadCollections,
} from '#app/modules/catalog/collections.server.ts';
import { findMenu } from '#app/modules/catalog/menus.server.ts';
import type { ListingSortKey } from '#app/modules/catalog/product-listing.server.ts';
import { findProductIdByHandle, findVariantProductIds } from '#app/modules/catalog/products.server.ts';
import { relatedProductIds } from '#app/modules/catalog/recommendations.server.ts';
import { allLocales, type Market } from '#app/modules/markets/core/market.ts';
import { toLanguageCode } from '#app/modules/markets/core/locale.ts';
import { catalogMemo } from '../catalog-memo.server.ts';
import { contextPrefix, ensureTranslations, inContext, type StorefrontContext } from '../context.server.ts';
import { collectionRef } from './collection-ref.ts';
import { pageRefs } from './page.ts';
import { articleRefs, blogRefs } from './blog.ts';
import { shopPolicyNodes } from './shop-policies.ts';
import { productConnection } from './listing.ts';
import { prepareProducts, productRef } from './product.ts';
import { assertPageArgs, idOrHandle, tr, userError, withCursorErrors } from './shared.ts';

type Args = Record<string, unknown>;
type Info = GraphQLResolveInfo;

/**
 * A product's id by (translated) handle, memoized per process for found ones: whether it is still
 * visible is checked again when its bundle loads.
 */
async function productIdByHandle(ctx: StorefrontContext, handle: string, language: string) {
  const memo = catalogMemo().productIds;
  const key = `${language}\n${handle}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const id = await findProductIdByHandle(ctx.db, handle, language, ctx.now);
  if (id != null) memo.set(key, id);
  return id;
}

const IMPERIAL = new Set(['US', 'LR', 'MM']);

/**
 * Names and symbols by (kind, code, language). Building an Intl formatter costs far more than
 * using one, and `localization` (asked on every storefront request) needs dozens; the codes and
 * languages all come from the market config, so the memo stays small.
 */
const intlMemo = new Map<string, string>();
function memo(key: string, compute: () => string): string {
  let value = intlMemo.get(key);
  if (value === undefined) {
    value = compute();
    if (intlMemo.size < 10_000) intlMemo.set(key, value);
  }
  return value;
}

function displayName(type: 'region' | 'language' | 'currency', code: string, inLanguage: string): string {
  return memo(`${type}|${code}|${inLanguage}`, () => {
    try {
      return new Intl.DisplayNames([inLanguage], { type }).of(code) ?? code;
    } catch {
      return code;
    }
  });
}

function currencySymbol(code: string, language: string): string {
  return memo(`symbol|${code}|${language}`, () => {
    const part = new Intl.NumberFormat(language, {
      style: 'currency',
      currency: code,
      currencyDisplay: 'narrowSymbol',
    })
      .formatToParts(0)
      .find((p) => p.type === 'currency');
    return part?.value ?? code;
  });
}

const collators = new Map<string, Intl.Collator>();
function collator(language: string): Intl.Collator {
  let c = collators.get(language);
  if (!c) collators.set(language, (c = new Intl.Collator(language)));
  return c;
}

function language(code: string, inLanguage: string) {
  return {
    isoCode: toLanguageCode(code),
    name: displayName('language', code, inLanguage),
    endonymName: displayName('language', code, code),
  };
}

/**
 * A market as the Storefront API shows it. Whether its prices include tax is a Meridian fact with
 * no official field, so it is an app metafield (meridian.tax_inclusive), as on Shopify an app would keep it.
 */
function marketRef(market: Market) {
  const id = toGid('Market', market.id);
  return {
    id,
    handle: market.handle,
    metafield: (args: { namespace?: string | null; key: string }) =>
      args.namespace === 'meridian' && args.key === 'tax_inclusive'
        ? {
            id: `gid://shopify/Metafield/market-${market.id}-tax_inclusive`,
            namespace: 'meridian',
            key: 'tax_inclusive',
            type: 'boolean',
            value: String(market.taxInclusive),
          }
        : null,
  };
}

export const queryResolvers = {
  QueryRoot: {
    localization: async (_: unknown, __: Args, ctx: StorefrontContext, info: Info) => {
      const c = await inContext(ctx, info);
      const config = ctx.config!;
      const country = (code: string) => {
        const market = config.markets.find((m) => m.enabled && m.countries.includes(code))!;
        return {
          isoCode: code,
          name: displayName('region', code, c.language),
          currency: {
            isoCode: market.currency,
            name: displayName('currency', market.currency, c.language),
            symbol: currencySymbol(market.currency, c.language),
          },
          availableLanguages: market.languages.map((l) => language(l, c.language)),
          defaultLanguage: language(market.defaultLanguage, c.language),
          unitSystem: IMPERIAL.has(code) ? 'IMPERIAL_SYSTEM' : 'METRIC_SYSTEM',
          market: marketRef(market),
        };
      };
      const countries = [...new Set(allLocales(config).map((l) => l.country))];
      return {
        country: country(c.country),
        language: language(c.language, c.language),
        market: marketRef(c.market),
        availableCountries: countries
          .map(country)
          .sort((a, b) => collator(c.language).compare(a.name, b.name)),
        availableLanguages: c.market.languages.map((l) => language(l, c.language)),
      };
    },
    product: async (
      _: unknown,
      args: { id?: string | null; handle?: string | null },
      ctx: StorefrontContext,
      info: Info,
    ) => {
      const c = await inContext(ctx, info);
      const id = await idOrHandle(
        args.id,
        args.handle,
        'Product',
        (h) => productIdByHandle(ctx, h, c.language),
        'product',
      );
      if (id == null) return null;
      await prepareProducts(ctx, info, [id]);
      return ctx.bundles.get(id) ? productRef(id) : null;
    },
    products: (
      _: unknown,
      args: {
        first?: number;
        last?: number;
        after?: string;
        before?: string;
        reverse?: boolean;
        query?: string;
        sortKey?: ListingSortKey;
      },
      ctx: StorefrontContext,
      info: Info,
    ) =>
      productConnection(ctx, info, {
        scope: { query: args.query ?? undefined },
        page: { ...args, sortKey: args.sortKey ?? 'ID' },
      }),
    collection: async (
      _: unknown,
      args: { id?: string | null; handle?: string | null },
      ctx: StorefrontContext,
      info: Info,
    ) => {
      const c = await inContext(ctx, info);
      const id = await idOrHandle(
        args.id,
        args.handle,
        'Collection',
        (h) => findCollectionIdByHandle(ctx.db, h, c.language),
        'collection',
      );
      if (id == null) return null;
      const row = (await loadCollections(ctx.db, [id])).get(id);
      if (!row) return null;
      await ensureTranslations(ctx, [toGid('Collection', id)], c.language);
      return collectionRef(row);
    },
    collections: async (
      _: unknown,
      args: { first?: number; last?: number; after?: string; before?: string; reverse?: boolean },
      ctx: StorefrontContext,
      info: Info,
    ) => {
      assertPageArgs(args);
      const c = await inContext(ctx, info);
      const result = await withCursorErrors(() => listCollections(ctx.db, args));
      await ensureTranslations(
        ctx,
        result.items.map((i) => toGid('Collection', i.row.id)),
        c.language,
      );
      const edges = result.items.map((i) => ({ cursor: i.cursor, node: collectionRef(i.row) }));
      return {
        edges,
        nodes: edges.map((e) => e.node),
        pageInfo: {
          hasNextPage: result.hasNextPage,
          hasPreviousPage: result.hasPreviousPage,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
        totalCount: String(edges.length),
      };
    },
    menu: async (_: unknown, args: { handle: string }, ctx: StorefrontContext, info: Info) => {
      const c = await inContext(ctx, info);
      const found = await findMenu(ctx.db, args.handle);
      if (!found) return null;
      const { menu, items } = found;
      await ensureTranslations(
        ctx,
        items.map((i) => toGid('MenuItem', i.id)),
        c.language,
      );
      const prefix = contextPrefix(ctx);
      // Menu targets are source handles; point them at the localized handles.
      await ensureTranslations(ctx, [...found.targetGids.values()], c.language);
      const localized = (type: string, target: string | null) => {
        const gid = found.targetGids.get(`${type}:${target}`);
        return gid ? tr(ctx, gid, 'handle', target ?? '') : (target ?? '');
      };
      const url = (type: string, target: string | null): string | null => {
        const t = encodeURIComponent(target ?? '');
        switch (type) {
          case 'FRONTPAGE':
            return `${ctx.origin}${prefix}/`;
          case 'COLLECTIONS':
            return `${ctx.origin}${prefix}/collections`;
          case 'COLLECTION':
            return `${ctx.origin}${prefix}/collections/${encodeURIComponent(localized(type, target))}`;
          case 'PRODUCT':
            return `${ctx.origin}${prefix}/products/${encodeURIComponent(localized(type, target))}`;
          case 'PAGE':
            return `${ctx.origin}${prefix}/pages/${t}`;
          // Source handles, as for pages: the blog and policy routes redirect to the localized one.
          case 'BLOG':
            return `${ctx.origin}${prefix}/blogs/${t}`;
          case 'ARTICLE':
            return `${ctx.origin}${prefix}/blogs/${(target ?? '').split('/').map(encodeURIComponent).join('/')}`;
          case 'SHOP_POLICY':
            return `${ctx.origin}${prefix}/policies/${t}`;
          case 'SEARCH':
            return `${ctx.origin}${prefix}/search`;
          case 'HTTP':
            return target;
          default:
            return null;
        }
      };
      const build = (parentId: number | null): unknown[] =>
        items
          .filter((i) => i.parentId === parentId)
          .map((i) => ({
            id: toGid('MenuItem', i.id),
            title: tr(ctx, toGid('MenuItem', i.id), 'title', i.title),
            type: i.type,
            url: url(i.type, i.target),
            resourceId: null,
            tags: [],
            items: build(i.id),
          }));
      const top = build(null);
      return {
        id: toGid('Menu', menu.id),
        handle: menu.handle,
        title: menu.title,
        items: top,
        itemsCount: top.length,
      };
    },
    node: async (_: unknown, args: { id: string }, ctx: StorefrontContext, info: Info) =>
      (await resolveNodes(ctx, info, [args.id]))[0] ?? null,
    nodes: async (_: unknown, args: { ids: string[] }, ctx: StorefrontContext, info: Info) => {
      if (args.ids.length > 250) throw userError('nodes accepts at most 250 ids');
      return resolveNodes(ctx, info, args.ids);
    },
    productRecommendations: async (
      _: unknown,
      args: { productId?: string | null; productHandle?: string | null; intent?: string | null },
      ctx: StorefrontContext,
      info: Info,
    ) => {
      const c = await inContext(ctx, info);
      const id = await idOrHandle(
        args.productId,
        args.productHandle,
        'Product',
        (h) => findProductIdByHandle(ctx.db, h, c.language, ctx.now),
        'productRecommendations',
      );
      if (id == null) return null;
      const ids = await relatedProductIds(ctx.db, id, 10, ctx.now);
      await prepareProducts(ctx, info, ids);
      return ids.filter((i) => ctx.bundles.get(i)).map(productRef);
    },
  },
  Node: { __resolveType: (obj: { __typename: string }) => obj.__typename },
  SearchResultItem: { __resolveType: (obj: { __typename: string }) => obj.__typename },
  Trackable: { __resolveType: (obj: { __typename?: string }) => obj.__typename ?? 'SearchQuerySuggestion' },
};

async function resolveNodes(ctx: StorefrontContext, info: Info, ids: string[]) {
  const c = await inContext(ctx, info);
  const parsed = ids.map((id) => parseGid(id));
  const productIds = parsed.filter((p) => p?.type === 'Product').map((p) => p!.id);
  const variantIds = parsed.filter((p) => p?.type === 'ProductVariant').map((p) => p!.id);
  const collectionIds = parsed.filter((p) => p?.type === 'Collection').map((p) => p!.id);
  const pages = await pageRefs(
    ctx,
    info,
    parsed.filter((p) => p?.type === 'Page').map((p) => p!.id),
  );
  const ofType = (type: string) => parsed.filter((p) => p?.type === type).map((p) => p!.id);
  const [articles, blogs, policies] = await Promise.all([
    articleRefs(ctx, info, ofType('Article')),
    blogRefs(ctx, info, ofType('Blog')),
    ofType('ShopPolicy').length ? shopPolicyNodes(ctx, info) : new Map<number, object>(),
  ]);
  const variantProducts = await findVariantProductIds(ctx.db, variantIds);
  await prepareProducts(ctx, info, [...productIds, ...variantProducts.values()]);
  const collectionRows = await loadCollections(ctx.db, collectionIds);
  await ensureTranslations(
    ctx,
    collectionIds.map((id) => toGid('Collection', id)),
    c.language,
  );
  return parsed.map((p) => {
    if (!p) return null;
    if (p.type === 'Product') return ctx.bundles.get(p.id) ? productRef(p.id) : null;
    if (p.type === 'ProductVariant') {
      const productId = variantProducts.get(p.id);
      return productId && ctx.bundles.get(productId)
        ? { __typename: 'ProductVariant', id: p.id, productId }
        : null;
    }
    if (p.type === 'Page') return pages.get(p.id) ?? null;
    if (p.type === 'Article') return articles.get(p.id) ?? null;
    if (p.type === 'Blog') return blogs.get(p.id) ?? null;
    if (p.type === 'ShopPolicy') return policies.get(p.id) ?? null;
    if (p.type === 'Collection') {
      const row = collectionRows.get(p.id);
      return row ? collectionRef(row) : null;
    }
    return null;
  });
}
