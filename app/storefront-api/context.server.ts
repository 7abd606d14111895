import { Kind, type GraphQLResolveInfo, valueFromASTUntyped } from 'graphql';
import type { Db } from '#app/db/client.server.ts';
import { collectionsOfProducts, type CollectionRow } from '#app/modules/catalog/collections.server.ts';
import { loadProductBundles, bundleGids, type ProductBundle } from '#app/modules/catalog/products.server.ts';
import type { Market, MarketConfig } from '#app/modules/markets/core/market.ts';
import { resolveContext } from '#app/modules/markets/core/market.ts';
import { fromLanguageCode, localePrefix } from '#app/modules/markets/core/locale.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { computeVariantPrice, type MarketPricing } from '#app/modules/pricing/core/engine.ts';
import {
  currentPrices,
  loadAdjustments,
  marketPricing,
  type CurrentPrice,
} from '#app/modules/pricing/pricing.server.ts';
import { loadTranslations, type TranslationMap } from '#app/modules/translations/translations.server.ts';
import { sellableStock, type Stock } from '#app/modules/catalog/stock.server.ts';
import { catalogMemo, priceTtl } from './catalog-memo.server.ts';

/** Presentment context of one operation, from @inContext(country, language). */
export interface InContext {
  market: Market;
  country: string;
  language: string;
}

/** Per-request state shared by all resolvers of one operation. */
export interface StorefrontContext {
  db: Db;
  /** Absolute origin for URLs in responses (images, onlineStoreUrl). */
  origin: string;
  now: Date;
  config?: MarketConfig;
  inContext?: InContext;
  bundles: Map<number, ProductBundle | null>;
  /** Each product's bundle load, finished or not (ensureBundles waits for it). */
  bundleLoads: Map<number, Promise<void>>;
  translations: TranslationMap;
  /** Current presentment prices by variant id for the operation's country. */
  prices: Map<number, CurrentPrice>;
  /** Each product's collections, loaded at once for every product the operation has loaded. */
  productCollections: Map<number, Promise<CollectionRow[]>>;
  /** Translations asked for in this turn of the event loop, by language: loaded as one statement. */
  translationBatches?: Map<string, { gids: Set<string>; done: Promise<void> }>;
}

export function createStorefrontContext(db: Db, origin: string, now = new Date()): StorefrontContext {
  return {
    db,
    origin,
    now,
    bundles: new Map(),
    bundleLoads: new Map(),
    translations: new Map(),
    prices: new Map(),
    productCollections: new Map(),
  };
}

function readInContextArgs(info: GraphQLResolveInfo): { country?: string; language?: string } {
  const directive = info.operation.directives?.find((d) => d.name.value === 'inContext');
  const out: { country?: string; language?: string } = {};
  for (const arg of directive?.arguments ?? []) {
    const value =
      arg.value.kind === Kind.VARIABLE
        ? info.variableValues[arg.value.name.value]
        : valueFromASTUntyped(arg.value, info.variableValues);
    if (typeof value === 'string' && (arg.name.value === 'country' || arg.name.value === 'language'))
      out[arg.name.value] = value;
  }
  return out;
}

/** Resolves (once per operation) the market, country, language and pricing the operation asked for. */
export async function inContext(ctx: StorefrontContext, info: GraphQLResolveInfo): Promise<InContext> {
  if (ctx.inContext) return ctx.inContext;
  ctx.config ??= await getMarketConfig(ctx.db);
  const args = readInContextArgs(info);
  const resolved = resolveContext(
    ctx.config,
    args.country ?? null,
    args.language ? fromLanguageCode(args.language) : null,
  );
  ctx.inContext = resolved;
  return ctx.inContext;
}

/** URL prefix of the operation's locale: "" for the primary market's default locale, else "/de-de". */
export function contextPrefix(ctx: StorefrontContext): string {
  const c = ctx.inContext!;
  const primary = ctx.config!.markets.find((m) => m.primary);
  const isDefault = primary && primary.countries[0] === c.country && primary.defaultLanguage === c.language;
  return isDefault ? '' : localePrefix(c.language, c.country);
}

/**
 * Loads product bundles, with their translations and prices, not yet in the request cache. A
 * product another field is still loading is waited for, not taken as loaded: aliased listings
 * resolve side by side, and one read a product whose bundle was set but whose prices were not.
 */
export async function ensureBundles(ctx: StorefrontContext, ids: number[], language: string): Promise<void> {
  const wanted = [...new Set(ids)];
  const missing = wanted.filter((id) => !ctx.bundleLoads.has(id));
  if (missing.length > 0) {
    const load = (async () => {
      const loaded = await loadBundles(ctx, missing);
      const gids: string[] = [];
      for (const id of missing) {
        const bundle = loaded.get(id) ?? null;
        ctx.bundles.set(id, bundle);
        if (bundle) gids.push(...bundleGids(bundle));
      }
      await Promise.all([ensureTranslations(ctx, gids, language), ensurePrices(ctx, missing)]);
    })();
    for (const id of missing) ctx.bundleLoads.set(id, load);
  }
  await Promise.all(wanted.map((id) => ctx.bundleLoads.get(id)));
}

/**
 * Bundles from the process memo with their stock (kept seconds, see catalog-memo.server.ts), the
 * rest from the database. A memoized product none of whose variants is sellable any more was
 * unpublished or deleted since: it is loaded again, which answers null if it is gone.
 */
async function loadBundles(
  ctx: StorefrontContext,
  ids: number[],
): Promise<Map<number, ProductBundle | null>> {
  const memo = catalogMemo().bundles;
  const known = new Map<number, ProductBundle>();
  for (const id of ids) {
    const bundle = memo.get(id);
    if (bundle && bundle.variants.length > 0) known.set(id, bundle);
  }
  const stock = await stockOf(
    ctx,
    [...known.values()].flatMap((b) => b.variants.map((v) => v.id)),
  );
  const out = new Map<number, ProductBundle | null>();
  for (const [id, bundle] of known) {
    if (!bundle.variants.some((v) => stock.has(v.id))) continue;
    out.set(id, {
      ...bundle,
      variants: bundle.variants.map((v) => {
        const s = stock.get(v.id);
        return s ? { ...v, inventoryQuantity: s.quantity, inventoryPolicy: s.policy } : v;
      }),
    });
  }
  const rest = ids.filter((id) => !out.has(id));
  if (rest.length > 0) {
    const loaded = await loadProductBundles(ctx.db, rest, ctx.now);
    for (const id of rest) {
      const bundle = loaded.get(id) ?? null;
      out.set(id, bundle);
      if (!bundle) continue;
      memo.set(id, bundle);
      // Loaded with its stock, so the next query needs no statement for it either.
      for (const v of bundle.variants)
        catalogMemo().stock.set(v.id, { quantity: v.inventoryQuantity, policy: v.inventoryPolicy });
    }
  }
  return out;
}

/** Variants' stock from the memo, the rest in one statement; variants that cannot be bought are absent. */
async function stockOf(ctx: StorefrontContext, ids: number[]): Promise<Map<number, Stock>> {
  const memo = catalogMemo().stock;
  const out = new Map<number, Stock>();
  const toRead: number[] = [];
  for (const id of ids) {
    const kept = memo.get(id);
    if (kept === undefined) toRead.push(id);
    else if (kept) out.set(id, kept);
  }
  if (toRead.length === 0) return out;
  const read = await sellableStock(ctx.db, toRead);
  for (const id of toRead) {
    const s = read.get(id);
    memo.set(id, s ?? false);
    if (s) out.set(id, s);
  }
  return out;
}

/** Loads precomputed prices for the bundles' variants; computes any that are missing with the same engine. */
async function ensurePrices(ctx: StorefrontContext, productIds: number[]): Promise<void> {
  const c = ctx.inContext;
  if (!c) return;
  const variantList = productIds.flatMap((id) => ctx.bundles.get(id)?.variants ?? []);
  const memo = catalogMemo().prices;
  const found = new Map<number, CurrentPrice>();
  const toLoad: number[] = [];
  for (const v of variantList) {
    const hit = memo.get(`${c.country}\n${v.id}`);
    if (hit) found.set(v.id, hit);
    else toLoad.push(v.id);
  }
  if (toLoad.length > 0)
    for (const [id, price] of await currentPrices(ctx.db, toLoad, c.country, ctx.now)) {
      found.set(id, price);
      const ttl = priceTtl(price, ctx.now);
      if (ttl > 0) memo.set(`${c.country}\n${id}`, price, { ttl });
    }
  let fallback: MarketPricing | undefined;
  for (const v of variantList) {
    const hit = found.get(v.id);
    if (hit) {
      ctx.prices.set(v.id, hit);
      continue;
    }
    // Not precomputed yet (a variant created since the last recompute): the same engine, on demand.
    fallback ??= marketPricing(
      ctx.config!,
      c.market,
      c.country,
      (await loadAdjustments(ctx.db, [c.market.id])).get(c.market.id) ?? [],
    );
    const r = computeVariantPrice(
      { price: v.priceAmount, compareAt: v.compareAtAmount, unitCost: v.unitCostAmount },
      fallback,
      ctx.now,
    );
    ctx.prices.set(v.id, { price: r.price, compareAt: r.compareAt, currency: r.currency, lowest30d: null });
  }
}

export async function ensureTranslations(
  ctx: StorefrontContext,
  gids: string[],
  language: string,
): Promise<void> {
  const memo = catalogMemo().translations;
  const missing: string[] = [];
  for (const gid of gids) {
    if (ctx.translations.has(gid)) continue;
    const known = memo.get(`${language}\n${gid}`);
    if (known) ctx.translations.set(gid, known);
    else missing.push(gid);
  }
  if (missing.length === 0) return;
  // DataLoader-style: every list item asks for its own (a product's collections, a media file's
  // alt); the asks of one turn share one statement.
  const batches = (ctx.translationBatches ??= new Map());
  let batch = batches.get(language);
  if (!batch) {
    const gids = new Set<string>();
    const done = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      batches.delete(language);
      const list = [...gids].filter((g) => !ctx.translations.has(g));
      if (list.length === 0) return;
      const map = await loadTranslations(ctx.db, list, language);
      for (const gid of list) {
        const fields = map.get(gid) ?? new Map<string, string>();
        ctx.translations.set(gid, fields);
        memo.set(`${language}\n${gid}`, fields);
      }
    });
    batch = { gids, done };
    batches.set(language, batch);
  }
  for (const gid of missing) batch.gids.add(gid);
  await batch.done;
}

/**
 * A product's published collections. The first product asked about loads them for every product
 * the operation has loaded (a list of 250 products is one query, not 250).
 */
export function productCollections(ctx: StorefrontContext, productId: number): Promise<CollectionRow[]> {
  const known = ctx.productCollections.get(productId);
  if (known) return known;
  const ids = [...new Set([productId, ...ctx.bundles.keys()])].filter(
    (id) => !ctx.productCollections.has(id),
  );
  const loading = collectionsOfProducts(ctx.db, ids);
  for (const id of ids)
    ctx.productCollections.set(
      id,
      loading.then((byProduct) => byProduct.get(id) ?? []),
    );
  return ctx.productCollections.get(productId)!;
}
