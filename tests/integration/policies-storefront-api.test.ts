import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { markets, shopPolicies } from '#app/db/schema/index.ts';
import { invalidateMarketConfig } from '#app/modules/markets/markets.server.ts';
import { policiesByKind, policyTranslations, savePolicy } from '#app/modules/policies/policies.server.ts';
import {
  STOREFRONT_ORIGIN,
  useSeededStorefront,
  expectValidEverywhere,
} from '#tests/support/seeded-storefront.ts';

/**
 * Policies and the brand through the Storefront API, asked exactly as Hydrogen's skeleton 2026.4
 * asks (app/routes/policies.*.tsx, app/lib/fragments.ts): the documents validate against the
 * official schema and the served subset, and answer with the seeded store's data per language.
 */
const { env, run } = useSeededStorefront();
beforeAll(async () => {
  invalidateMarketConfig();
});

const SKELETON_POLICY = `#graphql
  fragment Policy on ShopPolicy { body handle id title url }
  query Policy($country: CountryCode, $language: LanguageCode, $privacyPolicy: Boolean!, $refundPolicy: Boolean!,
    $shippingPolicy: Boolean!, $termsOfService: Boolean!) @inContext(language: $language, country: $country) {
    shop {
      privacyPolicy @include(if: $privacyPolicy) { ...Policy }
      shippingPolicy @include(if: $shippingPolicy) { ...Policy }
      termsOfService @include(if: $termsOfService) { ...Policy }
      refundPolicy @include(if: $refundPolicy) { ...Policy }
    }
  }`;
const SKELETON_POLICIES = `#graphql
  fragment PolicyItem on ShopPolicy { id title handle }
  query Policies($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    shop {
      privacyPolicy { ...PolicyItem }
      shippingPolicy { ...PolicyItem }
      termsOfService { ...PolicyItem }
      refundPolicy { ...PolicyItem }
      subscriptionPolicy { id title handle }
    }
  }`;
const SKELETON_HEADER = `#graphql
  fragment MenuItem on MenuItem { id resourceId tags title type url }
  fragment ChildMenuItem on MenuItem { ...MenuItem }
  fragment ParentMenuItem on MenuItem { ...MenuItem items { ...ChildMenuItem } }
  fragment Menu on Menu { id items { ...ParentMenuItem } }
  fragment Shop on Shop { id name description primaryDomain { url } brand { logo { image { url } } } }
  query Header($country: CountryCode, $headerMenuHandle: String!, $language: LanguageCode)
  @inContext(language: $language, country: $country) {
    shop { ...Shop }
    menu(handle: $headerMenuHandle) { ...Menu }
  }`;
const BRAND = `#graphql
  query Brand($language: LanguageCode) @inContext(language: $language) {
    shop {
      brand {
        slogan shortDescription
        logo { id alt mediaContentType image { url width height altText } }
        squareLogo { image { url width height } }
        coverImage { image { url } }
        colors { primary { background foreground } secondary { background foreground } }
      }
    }
  }`;
const only = (name: string) => ({
  privacyPolicy: name === 'privacyPolicy',
  refundPolicy: name === 'refundPolicy',
  shippingPolicy: name === 'shippingPolicy',
  termsOfService: name === 'termsOfService',
});

describe("the skeleton's policy and header documents", () => {
  it('validate against the official schema and the served subset', () => {
    for (const doc of [SKELETON_POLICY, SKELETON_POLICIES, SKELETON_HEADER, BRAND])
      expectValidEverywhere(doc);
  });

  it('list the published policies in German, and the subscription policy as Shopify’s default without an id', async () => {
    const { shop } = await run(SKELETON_POLICIES, { language: 'DE', country: 'DE' });
    expect(shop.refundPolicy).toMatchObject({ title: 'Rückerstattungsrichtlinie', handle: 'refund-policy' });
    expect(shop.refundPolicy.id).toMatch(/^gid:\/\/shopify\/ShopPolicy\/\d+$/);
    expect(shop.privacyPolicy.title).toBe('Datenschutzerklärung');
    expect(shop.termsOfService).toMatchObject({
      title: 'Allgemeine Geschäftsbedingungen',
      handle: 'terms-of-service',
    });
    expect(shop.shippingPolicy.handle).toBe('shipping-policy');
    expect(shop.subscriptionPolicy).toEqual({
      id: null,
      title: 'Abonnementrichtlinie',
      handle: 'subscription-policy',
    });
    const en = (await run(SKELETON_POLICIES)).shop;
    expect(en.refundPolicy.title).toBe('Refund policy');
    expect(en.subscriptionPolicy.title).toBe('Subscription policy');
  });

  it('serve one policy’s body with the shopper market’s return window and the locale’s storefront URL', async () => {
    const de = (await run(SKELETON_POLICY, { ...only('refundPolicy'), language: 'DE', country: 'DE' })).shop;
    expect(Object.keys(de)).toEqual(['refundPolicy']);
    expect(de.refundPolicy.url).toBe(`${STOREFRONT_ORIGIN}/de-de/policies/refund-policy`);
    expect(de.refundPolicy.body).toContain('innerhalb von 30 Tagen');
    expect(de.refundPolicy.body).not.toContain('{{');

    // The German market's window changes: its refund policy follows, the US one does not.
    await env.db.db.update(markets).set({ returnWindowDays: 60 }).where(eq(markets.handle, 'de-at'));
    invalidateMarketConfig();
    try {
      const changed = (await run(SKELETON_POLICY, { ...only('refundPolicy'), language: 'DE', country: 'DE' }))
        .shop;
      expect(changed.refundPolicy.body).toContain('innerhalb von 60 Tagen');
      const us = (await run(SKELETON_POLICY, { ...only('refundPolicy'), country: 'US' })).shop;
      expect(us.refundPolicy.body).toContain('within 30 days');
      expect(us.refundPolicy.url).toBe(`${STOREFRONT_ORIGIN}/policies/refund-policy`);
    } finally {
      await env.db.db.update(markets).set({ returnWindowDays: 30 }).where(eq(markets.handle, 'de-at'));
      invalidateMarketConfig();
    }
  });

  it('answer null for an unpublished policy, as Shopify does', async () => {
    const [row] = await env.db.db.select().from(shopPolicies).where(eq(shopPolicies.kind, 'shipping'));
    await savePolicy(env.db.db, { kind: 'shipping', language: 'en', title: row!.title, body: '' }, 'en');
    try {
      const { shop } = await run(SKELETON_POLICY, { ...only('shippingPolicy') });
      expect(shop.shippingPolicy).toBeNull();
    } finally {
      await env.db.db
        .update(shopPolicies)
        .set({ bodyHtml: row!.bodyHtml })
        .where(eq(shopPolicies.id, row!.id));
    }
    expect((await run(SKELETON_POLICY, { ...only('shippingPolicy') })).shop.shippingPolicy.title).toBe(
      'Shipping & delivery',
    );
  });

  it('serve the brand logo the skeleton header reads, and the brand’s colours and images', async () => {
    const header = await run(SKELETON_HEADER, {
      headerMenuHandle: 'main-menu',
      language: 'DE',
      country: 'DE',
    });
    expect(header.shop.brand.logo.image.url).toMatch(
      /^https:\/\/shop\.test\/media\/\d+-[0-9a-f]{16}-1200\.webp$/,
    );
    expect(header.menu.items.length).toBeGreaterThan(0);
    const { brand } = (await run(BRAND, { language: 'EN' })).shop;
    expect(brand.logo).toMatchObject({ mediaContentType: 'IMAGE', alt: 'Aurora & Oak' });
    expect(brand.logo.id).toMatch(/^gid:\/\/shopify\/MediaImage\/\d+$/);
    expect(brand.logo.image.width).toBeGreaterThan(brand.logo.image.height);
    expect(brand.squareLogo.image.width).toBe(brand.squareLogo.image.height);
    expect(brand.coverImage.image.url).toContain('/media/');
    expect(brand.colors).toEqual({
      primary: [{ background: '#1F3A34', foreground: '#F7F2EA' }],
      secondary: [{ background: '#B5562C', foreground: '#FFFFFF' }],
    });
    expect(brand.slogan).toBeTruthy();
  });

  it('serve the legal notice and contact information as meridian shop metafields for the own storefront', async () => {
    const { shop } = await run(
      `query($language: LanguageCode) @inContext(language: $language, country: DE) {
        shop { legal: metafield(namespace: "meridian", key: "legal_notice") { type value } }
      }`,
      { language: 'DE' },
    );
    expect(shop.legal.type).toBe('json');
    const legal = JSON.parse(shop.legal.value);
    expect(legal).toMatchObject({
      title: 'Impressum',
      handle: 'legal-notice',
      url: `${STOREFRONT_ORIGIN}/de-de/policies/legal-notice`,
    });
    expect(legal.body).toContain('Beispielstraße 1');
  });
});

describe('writing policies', () => {
  it('sanitizes the body, and a translation needs the default text and falls back field by field', async () => {
    expect((await policiesByKind(env.db.db)).has('subscription')).toBe(false);
    expect(
      await savePolicy(
        env.db.db,
        { kind: 'subscription', language: 'de', title: 'Abos', body: '<p>x</p>' },
        'en',
      ),
    ).toEqual({ ok: false, error: 'noSource' });

    await savePolicy(
      env.db.db,
      {
        kind: 'subscription',
        language: 'en',
        title: 'Subscriptions',
        body: '<p onclick="steal()">Cancel any time.<script>alert(1)</script></p><a href="javascript:x()">x</a>',
      },
      'en',
    );
    const row = (await policiesByKind(env.db.db)).get('subscription')!;
    expect(row.bodyHtml).toBe('<p>Cancel any time.</p><a>x</a>');
    await savePolicy(
      env.db.db,
      { kind: 'subscription', language: 'de', title: 'Abonnements', body: '' },
      'en',
    );
    expect((await policyTranslations(env.db.db, [row.id])).get(row.id)?.get('de')).toEqual({
      title: 'Abonnements',
      body: '',
    });
    const { shop } = await run(
      `query @inContext(language: DE, country: DE) { shop { subscriptionPolicy { id title body url } } }`,
    );
    expect(shop.subscriptionPolicy).toEqual({
      id: `gid://shopify/ShopPolicy/${row.id}`,
      title: 'Abonnements',
      body: '<p>Cancel any time.</p><a>x</a>',
      url: `${STOREFRONT_ORIGIN}/de-de/policies/subscription-policy`,
    });
  });

  it('a body of nothing but markup unpublishes the policy', async () => {
    await savePolicy(
      env.db.db,
      { kind: 'subscription', language: 'en', title: 'Subscriptions', body: '<p> <script>x</script></p>' },
      'en',
    );
    expect((await policiesByKind(env.db.db)).get('subscription')!.bodyHtml).toBe('');
    const { shop } = await run(`{ shop { subscriptionPolicy { id title } } }`);
    expect(shop.subscriptionPolicy).toEqual({ id: null, title: 'Subscription policy' });
  });
});
