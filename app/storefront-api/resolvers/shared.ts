import { GraphQLError } from 'graphql';
import { htmlToText } from '#app/lib/html-text.ts';

export { htmlToText };
import { parseGid, type GidType } from '#app/lib/gid.ts';
import { toDecimalString, type Money } from '#app/modules/money/core/money.ts';
import type { StorefrontContext } from '../context.server.ts';
import type { TranslatableField } from '#app/modules/translations/translations.server.ts';
import { InvalidCursorError } from '#app/modules/catalog/core/cursor.ts';

export function moneyV2(m: Money) {
  return { amount: toDecimalString(m), currencyCode: m.currencyCode };
}

export function tr(ctx: StorefrontContext, gid: string, field: TranslatableField, source: string): string {
  return ctx.translations.get(gid)?.get(field) ?? source;
}

export function userError(message: string, code = 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** Shopify rejects connections without first or last, and page sizes over 250. */
/** One page of a list already in memory (a product's images, variants, collections): reverse, then first or last. */
export function pageOfList<T>(
  list: readonly T[],
  args: { first?: number | null; last?: number | null; reverse?: boolean | null },
): T[] {
  const ordered = args.reverse ? [...list].reverse() : [...list];
  return args.first != null
    ? ordered.slice(0, args.first)
    : ordered.slice(Math.max(0, ordered.length - (args.last ?? 0)));
}

export function assertPageArgs(args: {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}): void {
  if (args.first == null && args.last == null) throw userError('you must provide one of first or last');
  if (args.first != null && args.last != null) throw userError('you must provide only one of first or last');
  for (const [name, value] of [
    ['first', args.first],
    ['last', args.last],
  ] as const) {
    if (value != null && (value < 0 || value > 250)) throw userError(`${name} must be between 0 and 250`);
  }
}

export async function withCursorErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof InvalidCursorError) throw userError(`Invalid cursor: ${e.cursor.slice(0, 64)}`);
    throw e;
  }
}

export function pageInfo(items: { cursor: string }[], hasNextPage: boolean, hasPreviousPage: boolean) {
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: items[0]?.cursor ?? null,
    endCursor: items.at(-1)?.cursor ?? null,
  };
}

export function truncate(text: string, at: number | null | undefined): string {
  if (at == null || at <= 0 || text.length <= at) return text;
  return `${text.slice(0, Math.max(0, at - 1)).trimEnd()}…`;
}

/** Image URLs: files exist at 400, 800 and 1200 px; a transform picks the smallest that covers it. */
export const IMAGE_WIDTHS = [400, 800, 1200] as const;

export function imageUrl(origin: string, src: string, maxWidth?: number | null): string {
  const width = IMAGE_WIDTHS.find((w) => maxWidth != null && w >= maxWidth) ?? 1200;
  return `${origin}${src}-${width}.webp`;
}

/** Resolves a root field's `id` (a GID of `type`) or `handle` argument to a row id; null when unknown. */
export async function idOrHandle(
  id: string | null | undefined,
  handle: string | null | undefined,
  type: GidType,
  byHandle: (handle: string) => Promise<number | null>,
  fieldName: string,
): Promise<number | null> {
  if (id != null) return parseGid(id, type)?.id ?? null;
  if (handle != null) return byHandle(handle);
  throw userError(`${fieldName} requires an id or a handle`);
}
