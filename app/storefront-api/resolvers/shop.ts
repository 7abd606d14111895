import type { GraphQLResolveInfo } from 'graphql';
import { toGid } from '#app/lib/gid.ts';
import { loadMedia } from '#app/modules/media/media.server.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import { ensureTranslations, inContext, type StorefrontContext } from '../context.server.ts';
import { marketPolicyMetafield } from './market-metafields.ts';
import { mediaImageRef } from './media.ts';
import { shopPolicyFields } from './shop-policies.ts';
import { seoMetafield } from './seo-metafields.ts';
import { tr } from './shared.ts';

type Args = Record<string, unknown>;
type Info = GraphQLResolveInfo;

export const shopResolvers = {
  QueryRoot: {
    shop: async (_: unknown, __: Args, ctx: StorefrontContext, info: Info) => {
      const c = await inContext(ctx, info);
      const row = await getShop(ctx.db);
      await ensureTranslations(ctx, [toGid('Shop', 1)], c.language);
      const gid = toGid('Shop', 1);
      const host = new URL(ctx.origin).host;
      const policies = shopPolicyFields(ctx, info);
      // The brand's images, loaded once and only when asked for.
      let media: ReturnType<typeof loadMedia> | undefined;
      const image = (id: number | null) => async () => {
        if (id == null) return null;
        media ??= loadMedia(
          ctx.db,
          [row.logoId, row.squareLogoId, row.coverImageId].filter((x): x is number => x != null),
        );
        const file = (await media).get(id);
        return file ? mediaImageRef(ctx, file) : null;
      };
      return {
        id: gid,
        name: row.name,
        description: tr(ctx, gid, 'meta_description', row.description),
        moneyFormat: '{{amount}}',
        brand: {
          slogan: tr(ctx, gid, 'title', row.slogan),
          shortDescription: tr(ctx, gid, 'meta_description', row.description),
          logo: image(row.logoId),
          squareLogo: image(row.squareLogoId),
          coverImage: image(row.coverImageId),
          colors: row.brandColors,
        },
        privacyPolicy: policies.privacyPolicy,
        refundPolicy: policies.refundPolicy,
        shippingPolicy: policies.shippingPolicy,
        termsOfService: policies.termsOfService,
        subscriptionPolicy: policies.subscriptionPolicy,
        primaryDomain: { host, sslEnabled: ctx.origin.startsWith('https:'), url: ctx.origin },
        paymentSettings: {
          countryCode: ctx.config!.markets.find((m) => m.primary)?.countries[0] ?? 'US',
          currencyCode: row.currency,
          enabledPresentmentCurrencies: [
            ...new Set(ctx.config!.markets.filter((m) => m.enabled).map((m) => m.currency)),
          ],
        },
        shipsToCountries: ctx.config!.markets.filter((m) => m.enabled).flatMap((m) => m.countries),
        metafield: (args: { namespace?: string | null; key: string }) =>
          args.namespace === 'meridian' && (args.key === 'shipping_rates' || args.key === 'return_policy')
            ? marketPolicyMetafield(ctx, c, args.key)
            : args.namespace === 'meridian' &&
                (args.key === 'legal_notice' || args.key === 'contact_information')
              ? policies.storefrontOnly(args.key)
              : seoMetafield(ctx, gid, args, {
                  title: row.seoTitle,
                  description: row.seoDescription ?? (row.description || null),
                }),
      };
    },
  },
};
