import type { GraphQLResolveInfo } from 'graphql';
import { toGid } from '#app/lib/gid.ts';
import { serverT } from '#app/i18n/server-t.server.ts';
import {
  countProducts,
  listingFacets,
  listProducts,
  type ListingFilters,
  type ListingPage,
  type ListingScope,
} from '#app/modules/catalog/product-listing.server.ts';
import { currencyExponent } from '#app/modules/money/core/currencies.ts';
import { money, toDecimalString } from '#app/modules/money/core/money.ts';
import { currentPriceRelation } from '#app/modules/pricing/pricing.server.ts';
import { ensureTranslations, type InContext, type StorefrontContext } from '../context.server.ts';
import { prepareProducts, productRef } from './product.ts';
import { assertPageArgs, pageInfo, tr, userError, withCursorErrors } from './shared.ts';

export interface ProductFilterInput {
  available?: boolean | null;
  price?: { min?: number | null; max?: number | null } | null;
  variantOption?: { name: string; value: string } | null;
  productType?: string | null;
  productVendor?: string | null;
  tag?: string | null;
}

/** Largest presentment amount (minor units) a filter may name; keeps bounds within int4. */
const MAX_MINOR = 2_000_000_000;

function toMinor(value: number, currency: string): number {
  if (!Number.isFinite(value) || value < 0)
    throw userError('price filter bounds must be non-negative numbers');
  return Math.min(MAX_MINOR, Math.round(value * 10 ** currencyExponent(currency)));
}

export function toListingFilters(
  filters: ProductFilterInput[] | null | undefined,
  c: InContext,
): ListingFilters | undefined {
  if (!filters?.length) return undefined;
  if (filters.length > 50) throw userError('too many filters (max 50)');
  const out: ListingFilters = {};
  for (const f of filters) {
    if (f.available != null) out.available = f.available;
    if (f.price) {
      // Bounds in presentment minor units, compared with the precomputed prices for the country.
      const min = f.price.min != null ? toMinor(f.price.min, c.market.currency) : undefined;
      const max = f.price.max != null ? toMinor(f.price.max, c.market.currency) : undefined;
      out.price = { min, max };
    }
    if (f.variantOption)
      (out.variantOptions ??= []).push({
        name: f.variantOption.name.slice(0, 255),
        value: f.variantOption.value.slice(0, 255),
      });
    if (f.productType) (out.productTypes ??= []).push(f.productType);
    if (f.productVendor) (out.vendors ??= []).push(f.productVendor);
    if (f.tag) (out.tags ??= []).push(f.tag);
  }
  return out;
}

export interface ConnectionSource {
  scope: Omit<ListingScope, 'language' | 'prices' | 'now'>;
  page: ListingPage;
}

/** A ProductConnection whose `filters` are computed only if asked for. */
export async function productConnection(
  ctx: StorefrontContext,
  info: GraphQLResolveInfo,
  source: ConnectionSource,
) {
  assertPageArgs(source.page);
  if (source.scope.query && source.scope.query.length > 1000)
    throw userError('query is too long (max 1000 characters)');
  const c = await prepareProducts(ctx, info, []);
  const scope: ListingScope = {
    ...source.scope,
    language: c.language,
    prices: currentPriceRelation(c.country, ctx.now),
    now: ctx.now,
  };
  const result = await withCursorErrors(() => listProducts(ctx.db, scope, source.page));
  await prepareProducts(
    ctx,
    info,
    result.items.map((i) => i.id),
  );
  const edges = result.items
    .filter((i) => ctx.bundles.get(i.id))
    .map((i) => ({ cursor: i.cursor, node: productRef(i.id) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: pageInfo(edges, result.hasNextPage, result.hasPreviousPage),
    totalCount: () => countProducts(ctx.db, scope),
    filters: () => facetFilters(ctx, c, scope),
    productFilters: () => facetFilters(ctx, c, scope),
  };
}

async function facetFilters(ctx: StorefrontContext, c: InContext, scope: ListingScope) {
  const facets = await listingFacets(ctx.db, scope);
  const t = serverT(c.language);
  await ensureTranslations(
    ctx,
    facets.options.flatMap((o) => [
      toGid('ProductOption', o.optionId),
      ...o.values.map((v) => toGid('ProductOptionValue', v.valueId)),
    ]),
    c.language,
  );
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const maxPrice = money(facets.maxPrice, c.market.currency);
  return [
    {
      id: 'filter.v.availability',
      label: t('filters:availability'),
      type: 'LIST',
      values: [
        {
          id: 'filter.v.availability.1',
          label: t('filters:inStock'),
          count: facets.available.inStock,
          input: JSON.stringify({ available: true }),
        },
        {
          id: 'filter.v.availability.0',
          label: t('filters:outOfStock'),
          count: facets.available.outOfStock,
          input: JSON.stringify({ available: false }),
        },
      ],
    },
    {
      id: 'filter.v.price',
      label: t('filters:price'),
      type: 'PRICE_RANGE',
      values: [
        {
          id: 'filter.v.price',
          label: t('filters:price'),
          count: 0,
          input: JSON.stringify({ price: { min: 0, max: Number(toDecimalString(maxPrice)) } }),
        },
      ],
    },
    ...facets.options.map((o) => ({
      id: `filter.v.option.${slug(o.name)}`,
      label: tr(ctx, toGid('ProductOption', o.optionId), 'name', o.name),
      type: 'LIST',
      values: o.values.map((v) => ({
        id: `filter.v.option.${slug(o.name)}.${slug(v.value)}`,
        label: tr(ctx, toGid('ProductOptionValue', v.valueId), 'name', v.value),
        count: v.count,
        input: JSON.stringify({ variantOption: { name: o.name, value: v.value } }),
      })),
    })),
  ];
}
