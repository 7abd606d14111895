import { data } from 'react-router';
import type { RouterContextProvider } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { orderOfToken } from '#app/modules/returns/portal-token.server.ts';
import { returnableOrder } from '#app/modules/returns/returns.server.ts';
import { storefrontFor } from './page.server.ts';

/** Portal pages carry order data or a way to it: never cached, never indexed, never leaked in a Referer. */
export const PORTAL_HEADERS = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' };

/**
 * The order a portal URL's token opens, with what may be returned. A forged, altered or expired
 * token gets the same 404 as a missing order.
 */
export async function requirePortalOrder(
  context: Readonly<RouterContextProvider>,
  params: { locale?: string; token?: string },
  now = new Date(),
) {
  const sf = storefrontFor(context, params.locale);
  const orderId = orderOfToken(params.token, now);
  const state = orderId == null ? null : await returnableOrder(getDb(), orderId, now);
  if (!state) throw data({ expired: true }, { status: 404, headers: PORTAL_HEADERS });
  return { sf, state, token: params.token!, base: `${sf.locale.pathPrefix}/returns/${params.token}` };
}
