import { useRouteLoaderData } from 'react-router';
import type { loadLayout } from '#app/storefront/layout.server.ts';

export type LayoutData = Awaited<ReturnType<typeof loadLayout>> & { cartCount?: number };

/** Route id of the storefront layout (`app/routes/($locale).tsx`). */
export const LAYOUT_ROUTE_ID = 'routes/($locale)';

/** The storefront chrome data: prefix, currency, menus, selector. Only inside `($locale)` routes. */
export function useLayout(): LayoutData {
  const data = useRouteLoaderData<LayoutData>(LAYOUT_ROUTE_ID);
  if (!data) throw new Error('useLayout() outside the storefront layout');
  return data;
}

/** Shop name for a child route's meta(), from the matched storefront layout. */
export function shopNameFrom(
  matches: readonly ({ id: string; data?: unknown } | undefined)[],
): string | undefined {
  return (matches.find((m) => m?.id === LAYOUT_ROUTE_ID)?.data as LayoutData | undefined)?.shopName;
}
