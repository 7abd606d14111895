import type { GraphQLResolveInfo } from 'graphql';
import { toGid } from '#app/lib/gid.ts';
import { findPageIdByHandle, loadPages, type PageRow } from '#app/modules/pages/pages.server.ts';
import { contextPrefix, ensureTranslations, inContext, type StorefrontContext } from '../context.server.ts';
import { seoMetafield, seoText } from './seo-metafields.ts';
import { htmlToText, idOrHandle, tr, truncate } from './shared.ts';

type Args = Record<string, unknown>;
export interface PageRef {
  __typename: 'Page';
  row: PageRow;
}
const gid = (p: PageRef) => toGid('Page', p.row.id);

export async function pageRefs(
  ctx: StorefrontContext,
  info: GraphQLResolveInfo,
  ids: number[],
): Promise<Map<number, PageRef>> {
  const c = await inContext(ctx, info);
  const rows = await loadPages(ctx.db, ids);
  await ensureTranslations(
    ctx,
    [...rows.keys()].map((id) => toGid('Page', id)),
    c.language,
  );
  return new Map([...rows].map(([id, row]) => [id, { __typename: 'Page' as const, row }]));
}

export const pageResolvers = {
  QueryRoot: {
    page: async (
      _: unknown,
      args: { id?: string | null; handle?: string | null },
      ctx: StorefrontContext,
      info: GraphQLResolveInfo,
    ) => {
      const c = await inContext(ctx, info);
      const id = await idOrHandle(
        args.id,
        args.handle,
        'Page',
        (h) => findPageIdByHandle(ctx.db, h, c.language),
        'page',
      );
      if (id == null) return null;
      return (await pageRefs(ctx, info, [id])).get(id) ?? null;
    },
  },
  Page: {
    id: gid,
    handle: (p: PageRef, _: Args, ctx: StorefrontContext) => tr(ctx, gid(p), 'handle', p.row.handle),
    title: (p: PageRef, _: Args, ctx: StorefrontContext) => tr(ctx, gid(p), 'title', p.row.title),
    body: (p: PageRef, _: Args, ctx: StorefrontContext) => tr(ctx, gid(p), 'body_html', p.row.bodyHtml),
    bodySummary: (p: PageRef, _: Args, ctx: StorefrontContext) =>
      truncate(htmlToText(tr(ctx, gid(p), 'body_html', p.row.bodyHtml)), 150),
    seo: (p: PageRef, _: Args, ctx: StorefrontContext) => ({
      title: seoText(ctx, gid(p), 'meta_title', p.row.seoTitle),
      description: seoText(ctx, gid(p), 'meta_description', p.row.seoDescription),
    }),
    metafield: (p: PageRef, args: { namespace?: string | null; key: string }, ctx: StorefrontContext) =>
      seoMetafield(ctx, gid(p), args),
    createdAt: (p: PageRef) => p.row.createdAt.toISOString(),
    updatedAt: (p: PageRef) => p.row.updatedAt.toISOString(),
    onlineStoreUrl: (p: PageRef, _: Args, ctx: StorefrontContext) =>
      `${ctx.origin}${contextPrefix(ctx)}/pages/${encodeURIComponent(tr(ctx, gid(p), 'handle', p.row.handle))}`,
  },
};
