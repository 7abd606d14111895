import { addResolversToSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { blogResolvers } from './resolvers/blog.ts';
import { cartResolvers } from './resolvers/cart.ts';
import { collectionResolvers } from './resolvers/collection.ts';
import { pageResolvers } from './resolvers/page.ts';
import { productResolvers } from './resolvers/product.ts';
import { queryResolvers } from './resolvers/query.ts';
import { searchResolvers } from './resolvers/search.ts';
import { shopResolvers } from './resolvers/shop.ts';
import { sitemapResolvers } from './resolvers/sitemap.ts';
import { urlRedirects } from './resolvers/url-redirects.ts';
import { buildServedSchema } from './schema/served-schema.server.ts';

let executable: GraphQLSchema | undefined;

/** The served subset of the official schema with Meridian's resolvers attached. */
export function getStorefrontSchema(): GraphQLSchema {
  executable ??= addResolversToSchema({
    schema: buildServedSchema(),
    resolvers: {
      ...queryResolvers,
      ...productResolvers,
      ...collectionResolvers,
      ...cartResolvers,
      Page: pageResolvers.Page,
      Blog: blogResolvers.Blog,
      Article: blogResolvers.Article,
      Sitemap: sitemapResolvers.Sitemap,
      SitemapResourceInterface: sitemapResolvers.SitemapResourceInterface,
      QueryRoot: {
        ...queryResolvers.QueryRoot,
        ...shopResolvers.QueryRoot,
        ...searchResolvers.QueryRoot,
        ...sitemapResolvers.QueryRoot,
        ...pageResolvers.QueryRoot,
        ...blogResolvers.QueryRoot,
        ...cartResolvers.QueryRoot,
        urlRedirects,
      },
    } as never,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
  return executable;
}
