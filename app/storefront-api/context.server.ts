import { Kind, type GraphQLResolveInfo, valueFromASTUntyped } from 'graphql';
import type { Db } from '#app/db/client.server.ts';
import { loadProductBundles, bundleGids, type ProductBundle } from '#app/modules/catalog/products.server.ts';
import type { Market, MarketConfig } from '#app/modules/markets/core/market.ts';
import { resolveContext } from '#app/modules/markets/core/market.ts';
import { fromLanguageCode, localePrefix } from '#app/modules/markets/core/locale.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { pricingContext, type PricingContext } from '#app/modules/pricing/pricing.server.ts';
import { loadTranslations, type TranslationMap } from '#app/modules/translations/translations.server.ts';

/** Presentment context of one operation, from @inContext(country, language). */
export interface InContext {
  market: Market;
  country: string;
  language: string;
  pricing: PricingContext;
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
  translations: TranslationMap;
}

export function createStorefrontContext(db: Db, origin: string, now = new Date()): StorefrontContext {
  return { db, origin, now, bundles: new Map(), translations: new Map() };
}

function readInContextArgs(info: GraphQLResolveInfo): { country?: string; language?: string } {
  const directive = info.operation.directives?.find((d) => d.name.value === 'inContext');
  const out: { country?: string; language?: string } = {};
  for (const arg of directive?.arguments ?? []) {
    const value = arg.value.kind === Kind.VARIABLE
      ? info.variableValues[arg.value.name.value]
      : valueFromASTUntyped(arg.value, info.variableValues);
    if (typeof value === 'string' && (arg.name.value === 'country' || arg.name.value === 'language')) out[arg.name.value] = value;
  }
  return out;
}

/** Resolves (once per operation) the market, country, language and pricing the operation asked for. */
export async function inContext(ctx: StorefrontContext, info: GraphQLResolveInfo): Promise<InContext> {
  if (ctx.inContext) return ctx.inContext;
  ctx.config ??= await getMarketConfig(ctx.db);
  const args = readInContextArgs(info);
  const resolved = resolveContext(ctx.config, args.country ?? null, args.language ? fromLanguageCode(args.language) : null);
  ctx.inContext = { ...resolved, pricing: pricingContext(ctx.config, resolved.market, resolved.country) };
  return ctx.inContext;
}

/** URL prefix of the operation's locale: "" for the primary market's default locale, else "/de-de". */
export function contextPrefix(ctx: StorefrontContext): string {
  const c = ctx.inContext!;
  const primary = ctx.config!.markets.find((m) => m.primary);
  const isDefault = primary && primary.countries[0] === c.country && primary.defaultLanguage === c.language;
  return isDefault ? '' : localePrefix(c.language, c.country);
}

/** Loads product bundles (and their translations) not yet in the request cache. */
export async function ensureBundles(ctx: StorefrontContext, ids: number[], language: string): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !ctx.bundles.has(id));
  if (missing.length === 0) return;
  const loaded = await loadProductBundles(ctx.db, missing, ctx.now);
  const gids: string[] = [];
  for (const id of missing) {
    const bundle = loaded.get(id) ?? null;
    ctx.bundles.set(id, bundle);
    if (bundle) gids.push(...bundleGids(bundle));
  }
  await ensureTranslations(ctx, gids, language);
}

export async function ensureTranslations(ctx: StorefrontContext, gids: string[], language: string): Promise<void> {
  const missing = gids.filter((g) => !ctx.translations.has(g));
  if (missing.length === 0) return;
  const map = await loadTranslations(ctx.db, missing, language);
  for (const gid of missing) ctx.translations.set(gid, map.get(gid) ?? new Map());
}
