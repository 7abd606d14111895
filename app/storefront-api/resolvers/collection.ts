import type { GraphQLResolveInfo } from 'graphql';
import { toGid } from '#app/lib/gid.ts';
import type { ListingSortKey } from '#app/modules/catalog/product-listing.server.ts';
import { contextPrefix, inContext, type StorefrontContext } from '../context.server.ts';
import { productConnection, toListingFilters, type ProductFilterInput } from './listing.ts';
import type { CollectionRef } from './collection-ref.ts';
import { seoMetafield, seoText } from './seo-metafields.ts';
import { htmlToText, tr, truncate } from './shared.ts';

type Args = Record<string, unknown>;

const gid = (c: CollectionRef) => toGid('Collection', c.row.id);

export const collectionResolvers = {
  Collection: {
    id: gid,
    handle: (c: CollectionRef, _: Args, ctx: StorefrontContext) => tr(ctx, gid(c), 'handle', c.row.handle),
    title: (c: CollectionRef, _: Args, ctx: StorefrontContext) => tr(ctx, gid(c), 'title', c.row.title),
    descriptionHtml: (c: CollectionRef, _: Args, ctx: StorefrontContext) =>
      tr(ctx, gid(c), 'body_html', c.row.descriptionHtml),
    description: (c: CollectionRef, args: { truncateAt?: number | null }, ctx: StorefrontContext) =>
      truncate(htmlToText(tr(ctx, gid(c), 'body_html', c.row.descriptionHtml)), args.truncateAt),
    updatedAt: (c: CollectionRef) => c.row.updatedAt.toISOString(),
    onlineStoreUrl: (c: CollectionRef, _: Args, ctx: StorefrontContext) =>
      `${ctx.origin}${contextPrefix(ctx)}/collections/${encodeURIComponent(tr(ctx, gid(c), 'handle', c.row.handle))}`,
    seo: (c: CollectionRef, _: Args, ctx: StorefrontContext) => ({
      title: seoText(ctx, gid(c), 'meta_title', c.row.seoTitle),
      description: seoText(ctx, gid(c), 'meta_description', c.row.seoDescription),
    }),
    metafield: (c: CollectionRef, args: { namespace?: string | null; key: string }, ctx: StorefrontContext) =>
      seoMetafield(ctx, gid(c), args),
    image: (c: CollectionRef, _: Args, ctx: StorefrontContext) =>
      c.row.imageSrc
        ? {
            id: c.row.id,
            src: c.row.imageSrc,
            altText: c.row.imageAlt ? tr(ctx, gid(c), 'alt', c.row.imageAlt) : null,
            width: 1200,
            height: 1200,
            preTranslated: true,
          }
        : null,
    products: async (
      c: CollectionRef,
      args: {
        first?: number;
        last?: number;
        after?: string;
        before?: string;
        reverse?: boolean;
        sortKey?: ListingSortKey;
        filters?: ProductFilterInput[];
      },
      ctx: StorefrontContext,
      info: GraphQLResolveInfo,
    ) => {
      const ic = await inContext(ctx, info);
      return productConnection(ctx, info, {
        scope: {
          collection: { id: c.row.id, rules: c.row.rules, disjunctive: c.row.disjunctive },
          filters: toListingFilters(args.filters, ic),
        },
        page: { ...args, sortKey: args.sortKey ?? 'COLLECTION_DEFAULT' },
      });
    },
  },
};
