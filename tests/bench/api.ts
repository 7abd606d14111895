/** The Storefront API request both benchmarks send: the German product page's data. */
export const API_PATH = '/api/2026-04/graphql.json';
export const API_TOKEN = 'mrdn_demo_public_4f9c2a7d1b3e7c0';

export const PRODUCT_QUERY = `query BenchProduct($handle: String!) @inContext(country: DE, language: DE) {
  product(handle: $handle) {
    title
    priceRange { minVariantPrice { amount currencyCode } maxVariantPrice { amount currencyCode } }
    variants(first: 10) { nodes { price { amount currencyCode } selectedOptions { name value } } }
  }
}`;

export const PRODUCT_VARIABLES = { handle: 'merino-crew-sweater' };

export const API_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/json',
  'x-shopify-storefront-access-token': API_TOKEN,
};

export const API_BODY = JSON.stringify({ query: PRODUCT_QUERY, variables: PRODUCT_VARIABLES });

/** Null when the response is a usable product, else what is wrong (GraphQL errors come with HTTP 200). */
export function productProblem(json: unknown): string | null {
  const r = json as {
    data?: {
      product?: { title?: string; priceRange?: { minVariantPrice?: { currencyCode?: string } } } | null;
    };
    errors?: unknown;
  };
  if (r.errors) return `GraphQL errors: ${JSON.stringify(r.errors).slice(0, 300)}`;
  if (!r.data?.product?.title) return 'no product in response';
  const currency = r.data.product.priceRange?.minVariantPrice?.currencyCode;
  if (currency !== 'EUR') return `expected EUR prices under @inContext(country: DE), got ${currency}`;
  return null;
}
