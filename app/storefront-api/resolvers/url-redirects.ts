import type { GraphQLResolveInfo } from 'graphql';
import { toGid } from '#app/lib/gid.ts';
import { localeTag } from '#app/modules/markets/core/locale.ts';
import { normalizePath } from '#app/modules/seo/core/redirects.ts';
import { redirectsInLocale } from '#app/modules/seo/redirects.server.ts';
import { inContext, type StorefrontContext } from '../context.server.ts';
import { assertPageArgs, userError } from './shared.ts';

type Args = {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  reverse?: boolean | null;
  query?: string | null;
};

const cursorOf = (path: string) => Buffer.from(path, 'utf8').toString('base64url');
function pathOfCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const path = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!path.startsWith('/') || cursorOf(path) !== cursor)
    throw userError(`Invalid cursor: ${cursor.slice(0, 64)}`);
  return path;
}

/** The `path:` term of Shopify's search syntax (`path:/old`, `path:"/a b"`); other terms are not supported. */
function pathFilter(query: string | null | undefined): string | null | undefined {
  const q = query?.trim();
  if (!q) return undefined;
  const m = /^path:(?:"([^"]*)"|'([^']*)'|(\S+))$/.exec(q);
  if (!m) throw userError('urlRedirects supports only a path:<path> query');
  // A path no redirect could have matches nothing (null), unlike no filter at all (undefined).
  return normalizePath(m[1] ?? m[2] ?? m[3] ?? '');
}

/**
 * QueryRoot.urlRedirects: the shop's redirects as the operation's locale (@inContext) sees them,
 * its own rule for a path winning over the all-locales one. The storefront asks it for the path
 * of a page that does not exist (`query: "path:/old"`).
 */
export async function urlRedirects(_: unknown, args: Args, ctx: StorefrontContext, info: GraphQLResolveInfo) {
  assertPageArgs(args);
  const c = await inContext(ctx, info);
  const path = pathFilter(args.query);
  const n = args.first ?? args.last ?? 0;
  const empty = {
    edges: [],
    nodes: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
  if (path === null || n === 0) return empty;
  const after = pathOfCursor(args.after);
  const before = pathOfCursor(args.before);
  // The list runs by path, descending when reversed; `last` reads it from the other end.
  const reverse = Boolean(args.reverse);
  const backwards = args.last != null;
  const rows = await redirectsInLocale(ctx.db, localeTag(c), {
    path,
    above: reverse ? before : after,
    below: reverse ? after : before,
    limit: n + 1,
    descending: reverse !== backwards,
  });
  const more = rows.length > n;
  const page = rows.slice(0, n);
  if (backwards) page.reverse();
  const edges = page.map((r) => ({
    cursor: cursorOf(r.path),
    node: { id: toGid('UrlRedirect', r.id), path: r.path, target: r.target },
  }));
  const forward = !backwards;
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: forward ? more : before != null,
      hasPreviousPage: forward ? after != null : more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
