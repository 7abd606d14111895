import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { carts, pages, seoResources, variants } from '#app/db/schema/index.ts';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import { SITEMAP_PAGE_SIZE } from '#app/storefront-api/resolvers/sitemap.ts';
import { STOREFRONT_ORIGIN, useSeededStorefront, type Json } from '#tests/support/seeded-storefront.ts';

/**
 * The fields Hydrogen's skeleton asks of the cart, search and sitemap that Meridian had no
 * data for (issue 16): each answers with Meridian's data or Shopify's documented empty value.
 */
const { env, run } = useSeededStorefront();
let sweater: string;
beforeAll(async () => {
  const [v] = await env.db.db
    .select({ id: variants.id })
    .from(variants)
    .where(eq(variants.sku, 'AO-MER-OAT-M'));
  sweater = `gid://shopify/ProductVariant/${v!.id}`;
});

// The skeleton's CartApiQuery fragment (app/lib/fragments.ts), as Hydrogen sends it.
const SKELETON_CART = `#graphql
  fragment Money on MoneyV2 { currencyCode amount }
  fragment CartLine on CartLine {
    id quantity attributes { key value }
    cost { totalAmount { ...Money } amountPerQuantity { ...Money } compareAtAmountPerQuantity { ...Money } }
    merchandise { ... on ProductVariant { id availableForSale price { ...Money } title product { handle title id vendor } selectedOptions { name value } } }
    parentRelationship { parent { id } }
  }
  fragment CartLineComponent on ComponentizableCartLine {
    id quantity attributes { key value }
    cost { totalAmount { ...Money } }
    merchandise { ... on ProductVariant { id title } }
    lineComponents { ...CartLine }
  }
  fragment CartApiQuery on Cart {
    updatedAt id
    appliedGiftCards { id lastCharacters amountUsed { ...Money } }
    checkoutUrl totalQuantity
    buyerIdentity { countryCode customer { id email firstName lastName displayName } email phone }
    lines(first: 100) { nodes { ...CartLine } nodes { ...CartLineComponent } }
    cost { subtotalAmount { ...Money } totalAmount { ...Money } totalDutyAmount { ...Money } totalTaxAmount { ...Money } }
    note attributes { key value } discountCodes { code applicable }
  }
  query CartQuery($cartId: ID!) @inContext(country: DE, language: DE) { cart(id: $cartId) { ...CartApiQuery } }`;

async function newCart(buyerIdentity: Record<string, unknown> = { countryCode: 'DE' }) {
  const r = await run(
    `mutation($input: CartInput!) { cartCreate(input: $input) { cart { id } userErrors { code field } } }`,
    { input: { lines: [{ merchandiseId: sweater, quantity: 1 }], buyerIdentity } },
  );
  return r.cartCreate as { cart: { id: string } | null; userErrors: { code: string; field: string[] }[] };
}

describe('cart fields the skeleton reads', () => {
  it("answers the skeleton's cart fragment: no gift cards, no parent line, the buyer's phone, no customer", async () => {
    const created = await newCart({ countryCode: 'DE', email: 'mia@example.de', phone: '+49 30 1234 5678' });
    expect(created.userErrors).toEqual([]);
    const { cart } = await run(SKELETON_CART, { cartId: created.cart!.id });
    expect(cart.appliedGiftCards).toEqual([]);
    expect(cart.buyerIdentity).toEqual({
      countryCode: 'DE',
      customer: null,
      email: 'mia@example.de',
      phone: '+493012345678',
    });
    expect(cart.lines.nodes).toHaveLength(1);
    expect(cart.lines.nodes[0].parentRelationship).toBeNull();
    expect(cart.lines.nodes[0].cost.totalAmount.currencyCode).toBe('EUR');
  });

  it('refuses a malformed phone, a customer access token and a company location, changing nothing', async () => {
    const created = await newCart();
    const id = created.cart!.id;
    const update = `mutation($id: ID!, $b: CartBuyerIdentityInput!) { cartBuyerIdentityUpdate(cartId: $id, buyerIdentity: $b) {
      cart { buyerIdentity { phone email countryCode } } userErrors { code field message } } }`;
    for (const [b, field] of [
      [{ phone: '030 1234' }, 'phone'],
      [{ phone: '+0123456789' }, 'phone'],
      [{ email: 'a@b.c', customerAccessToken: 'shcat_x' }, 'customerAccessToken'],
      [{ companyLocationId: 'gid://shopify/CompanyLocation/1' }, 'companyLocationId'],
    ] as const) {
      const r = (await run(update, { id, b })).cartBuyerIdentityUpdate;
      expect(r.userErrors, JSON.stringify(b)).toEqual([
        { code: 'INVALID', field: ['buyerIdentity', field], message: expect.any(String) },
      ]);
      expect(r.userErrors[0].message).not.toBe('');
    }
    const [row] = await env.db.db
      .select()
      .from(carts)
      .where(eq(carts.id, id.split('/').pop()!));
    expect(row).toMatchObject({ phone: null, email: null });
    const ok = (await run(update, { id, b: { phone: '+81 3-1234-5678' } })).cartBuyerIdentityUpdate;
    expect(ok.userErrors).toEqual([]);
    expect(ok.cart.buyerIdentity.phone).toBe('+81312345678');
    const cleared = (await run(update, { id, b: { phone: null } })).cartBuyerIdentityUpdate;
    expect(cleared.cart.buyerIdentity.phone).toBeNull();
  });

  it('refuses every gift card code (none are sold yet) and leaves the cart as it was', async () => {
    const id = (await newCart()).cart!.id;
    const add = await run(
      `mutation($id: ID!, $codes: [String!]!) { cartGiftCardCodesAdd(cartId: $id, giftCardCodes: $codes) {
        cart { id appliedGiftCards { id } totalQuantity } userErrors { code field message } warnings { code } } }`,
      { id, codes: ['GIFT-1234', 'GIFT-5678'] },
    );
    expect(add.cartGiftCardCodesAdd.cart).toEqual({ id, appliedGiftCards: [], totalQuantity: 1 });
    expect(add.cartGiftCardCodesAdd.userErrors.map((e: Json) => [e.code, e.field])).toEqual([
      ['INVALID', ['giftCardCodes', '0']],
      ['INVALID', ['giftCardCodes', '1']],
    ]);
    const remove = await run(
      `mutation($id: ID!, $ids: [ID!]!) { cartGiftCardCodesRemove(cartId: $id, appliedGiftCardIds: $ids) {
        cart { id } userErrors { code field } } }`,
      { id, ids: ['gid://shopify/AppliedGiftCard/1'] },
    );
    expect(remove.cartGiftCardCodesRemove.userErrors).toEqual([
      { code: 'INVALID', field: ['appliedGiftCardIds', '0'] },
    ]);
    const unknown = await run(
      `mutation { cartGiftCardCodesAdd(cartId: "gid://shopify/Cart/c1-AAAAAAAAAAAAAAAAAAAAAAAA", giftCardCodes: ["X"]) { cart { id } userErrors { code field } } }`,
    );
    expect(unknown.cartGiftCardCodesAdd).toEqual({
      cart: null,
      userErrors: [{ code: 'INVALID', field: ['cartId'] }],
    });
  });
});

describe('search over pages, and tracking parameters', () => {
  it('searches pages alone when asked, in the context language, with Shopify tracking parameters', async () => {
    const q = `query($q: String!) @inContext(language: DE, country: DE) { search(query: $q, first: 5, types: [PAGE]) {
      totalCount nodes { __typename ... on Page { handle title trackingParameters } } pageInfo { hasNextPage } } }`;
    const about = (
      await run(`query @inContext(language: DE, country: DE) { page(handle: "about") { title } }`)
    ).page;
    const word = (about.title as string).split(/\s+/)[0]!;
    expect(word).not.toBe('About');
    const r = (await run(q, { q: word })).search;
    expect(r.nodes.length).toBeGreaterThan(0);
    expect(r.nodes.every((n: Json) => n.__typename === 'Page')).toBe(true);
    const params = new URLSearchParams(r.nodes[0].trackingParameters);
    expect(params.get('_pos')).toBe('1');
    expect(params.get('_psq')).toBe(word);
    expect(r.totalCount).toBe(r.nodes.length);
    const none = (await run(q, { q: 'zzzz-nothing' })).search;
    expect(none).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('pages content results by offset cursor, forwards and backwards, without repeats', async () => {
    const q = `query($first: Int, $last: Int, $after: String, $before: String) { search(query: "e", types: [PAGE], first: $first, last: $last, after: $after, before: $before) {
      nodes { ... on Page { handle } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const all = (await run(q, { first: 50 })).search;
    expect(all.nodes.length).toBeGreaterThan(2);
    const first = (await run(q, { first: 2 })).search;
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = (await run(q, { first: 50, after: first.pageInfo.endCursor })).search;
    expect([...first.nodes, ...rest.nodes]).toEqual(all.nodes);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = (await run(q, { last: 1, before: rest.pageInfo.startCursor })).search;
    expect(back.nodes).toEqual([first.nodes[1]]);
  });

  it('puts products first and content after them in a mixed search, and refuses backward mixed paging', async () => {
    const r = (
      await run(`{ search(query: "a", first: 250) { nodes { __typename } pageInfo { hasNextPage } } }`)
    ).search;
    const kinds = r.nodes.map((n: Json) => n.__typename);
    const firstContent = kinds.findIndex((k: string) => k !== 'Product');
    expect(kinds).toContain('Product');
    expect(firstContent).toBeGreaterThan(0);
    expect(kinds.slice(firstContent).every((k: string) => k !== 'Product')).toBe(true);
    const refused = await executeStorefront(env.db.db, STOREFRONT_ORIGIN, {
      query: '{ search(query: "a", last: 3) { nodes { __typename } } }',
    });
    expect(refused.errors?.[0]?.message).toMatch(/last and before/);
  });

  it('predictive search returns pages and tracks every suggestion', async () => {
    const r = (
      await run(`{ predictiveSearch(query: "ship", limit: 3) {
        pages { handle trackingParameters } products { trackingParameters } queries { text trackingParameters } articles { id } } }`)
    ).predictiveSearch;
    expect(r.pages.map((p: Json) => p.handle)).toContain('shipping');
    for (const hit of [...r.pages, ...r.products, ...r.queries])
      expect(new URLSearchParams(hit.trackingParameters).get('_psq')).toBe('ship');
    // Outside a search the field is null, as on Shopify.
    const plain = await run(`{ products(first: 1) { nodes { trackingParameters } } }`);
    expect(plain.products.nodes[0].trackingParameters).toBeNull();
  });
});

describe('sitemap query', () => {
  const SITEMAP = `query($type: SitemapType!, $page: Int!) @inContext(language: DE, country: DE) {
    sitemap(type: $type) { pagesCount { count precision } resources(page: $page) { hasNextPage items { handle updatedAt ... on SitemapResourceMetaobject { type } } } } }`;

  it('pages products 250 at a time with localized handles, and counts the pages', async () => {
    const r = (await run(SITEMAP, { type: 'PRODUCT', page: 1 })).sitemap;
    expect(r.pagesCount.precision).toBe('EXACT');
    expect(r.pagesCount.count).toBeGreaterThanOrEqual(1);
    expect(r.resources.items.length).toBeGreaterThan(0);
    expect(r.resources.items.length).toBeLessThanOrEqual(SITEMAP_PAGE_SIZE);
    expect(r.resources.items.every((i: Json) => !Number.isNaN(Date.parse(i.updatedAt)))).toBe(true);
    const en = (
      await run(SITEMAP.replace('language: DE, country: DE', 'language: EN, country: US'), {
        type: 'PRODUCT',
        page: 1,
      })
    ).sitemap;
    // The demo catalog has German handles for some products.
    const de = r.resources.items.map((i: Json) => i.handle);
    expect(de).toContain('fischerpullover-patentstrick');
    expect(en.resources.items.map((i: Json) => i.handle)).toContain('fishermans-rib-sweater');
    const beyond = (await run(SITEMAP, { type: 'PRODUCT', page: r.pagesCount.count + 1 })).sitemap;
    expect(beyond.resources).toEqual({ hasNextPage: false, items: [] });
  });

  it('leaves out pages marked noindex, serves an empty metaobject sitemap and refuses page 0', async () => {
    const before = (await run(SITEMAP, { type: 'PAGE', page: 1 })).sitemap.resources.items.length;
    const [about] = await env.db.db.select().from(pages).where(eq(pages.handle, 'about'));
    await env.db.db
      .insert(seoResources)
      .values({ resourceGid: `gid://shopify/Page/${about!.id}`, noindex: true });
    const after = (await run(SITEMAP, { type: 'PAGE', page: 1 })).sitemap.resources.items;
    expect(after).toHaveLength(before - 1);
    await env.db.db
      .delete(seoResources)
      .where(eq(seoResources.resourceGid, `gid://shopify/Page/${about!.id}`));
    const meta = (await run(SITEMAP, { type: 'METAOBJECT', page: 1 })).sitemap;
    expect(meta).toEqual({
      pagesCount: { count: 0, precision: 'EXACT' },
      resources: { hasNextPage: false, items: [] },
    });
    const zero = await executeStorefront(env.db.db, STOREFRONT_ORIGIN, {
      query: SITEMAP,
      variables: { type: 'COLLECTION', page: 0 },
    });
    expect(zero.errors?.[0]?.message).toMatch(/page must be/);
  });
});
