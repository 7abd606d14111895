import { DEMO_STOREFRONT_TOKEN } from '#app/db/seed/seed.server.ts';

export interface GraphqlReply {
  status: number;
  /** Length of the response body, as sent. */
  bytes: number;
  errors: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
  data?: Record<string, unknown> | null;
}

/** One operation POSTed to a Storefront API origin with the demo store's public token. */
export async function postStorefront(
  origin: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlReply> {
  const r = await fetch(`${origin}/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-shopify-storefront-access-token': DEMO_STOREFRONT_TOKEN,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await r.text();
  const json = JSON.parse(text) as GraphqlReply;
  return { status: r.status, bytes: text.length, errors: json.errors ?? [], data: json.data };
}
