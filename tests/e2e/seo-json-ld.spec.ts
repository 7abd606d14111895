/**
 * JSON-LD structured data against Google's rich result requirements
 * (https://developers.google.com/search/docs/appearance/structured-data/product-snippet,
 * .../merchant-listing, .../breadcrumb). The JSON-LD is read from the server-rendered HTML (what a crawler
 * gets first); the displayed price is read from the rendered page. Product pages are found by following
 * the locale home's links, not by handle.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect, priceValue, test, type LocaleKey } from './fixtures.ts';
import { firstLink, ISO, jsonLdBlocks } from './seo-html.ts';

interface Market {
  key: LocaleKey;
  name: string;
  prefix: string;
  country: string;
  currency: string;
  decimalSeparator: '.' | ',';
  /** Whether the displayed price includes tax (the page says "inkl. MwSt." / "税込" / "Tax excluded"). */
  taxIncluded: boolean;
}

const MARKETS: Market[] = [
  {
    key: 'enUS',
    name: 'en-US',
    prefix: '',
    country: 'US',
    currency: 'USD',
    decimalSeparator: '.',
    taxIncluded: false,
  },
  {
    key: 'deDE',
    name: 'de-DE',
    prefix: '/de-de',
    country: 'DE',
    currency: 'EUR',
    decimalSeparator: ',',
    taxIncluded: true,
  },
  {
    key: 'jaJP',
    name: 'ja-JP',
    prefix: '/ja-jp',
    country: 'JP',
    currency: 'JPY',
    decimalSeparator: '.',
    taxIncluded: true,
  },
];

const AVAILABILITY =
  /^https?:\/\/schema\.org\/(BackOrder|Discontinued|InStock|InStoreOnly|LimitedAvailability|MadeToOrder|OnlineOnly|OutOfStock|PreOrder|PreSale|Reserved|SoldOut)$/;
const RETURN_CATEGORY =
  /^https?:\/\/schema\.org\/(MerchantReturnFiniteReturnWindow|MerchantReturnNotPermitted|MerchantReturnUnlimitedWindow|MerchantReturnUnspecified)$/;

type Node = Record<string, unknown>;

for (const market of MARKETS) {
  test.describe(`JSON-LD ${market.name}`, () => {
    test(`the product page meets Google's Product rich result requirements (${market.name})`, async ({
      page,
      request,
      storefront,
      baseURL,
    }) => {
      const url = await firstLink(request, baseURL!, market.prefix, 'products');
      const { nodes, problems } = await jsonLd(request, url);
      const product = nodes.find((n) => isType(n, 'Product'));
      expect(
        product,
        `a Product node in the JSON-LD of ${url}; problems: ${problems.join('; ')}`,
      ).toBeTruthy();

      if (typeof product!.name !== 'string' || !product!.name.trim())
        problems.push('Product.name is missing or empty');
      const images = imageUrls(product!.image);
      if (images.length === 0) problems.push('Product.image is missing');
      for (const image of images) {
        if (!/^https?:\/\//.test(image)) problems.push(`Product.image "${image}" is not an absolute URL`);
        else if ((await request.get(image)).status() !== 200)
          problems.push(`Product.image ${image} does not answer 200`);
      }

      const offers = list(product!.offers).filter(isNode);
      if (offers.length === 0) problems.push('Product.offers is missing');
      const exponent = new Intl.NumberFormat('en', {
        style: 'currency',
        currency: market.currency,
      }).resolvedOptions().maximumFractionDigits!;
      for (const [i, offer] of offers.entries()) {
        const at = `offers[${i}]`;
        const aggregate = isType(offer, 'AggregateOffer');
        if (!aggregate && !isType(offer, 'Offer'))
          problems.push(`${at}["@type"] is ${JSON.stringify(offer['@type'])}, expected Offer`);
        const price = aggregate ? offer.lowPrice : offer.price;
        const priceProblem = priceFormatProblem(price, exponent);
        if (priceProblem)
          problems.push(`${at}.${aggregate ? 'lowPrice' : 'price'} ${JSON.stringify(price)} ${priceProblem}`);
        if (typeof offer.priceCurrency !== 'string' || !ISO.iso4217.has(offer.priceCurrency))
          problems.push(`${at}.priceCurrency ${JSON.stringify(offer.priceCurrency)} is not an ISO 4217 code`);
        else if (offer.priceCurrency !== market.currency)
          problems.push(
            `${at}.priceCurrency is ${offer.priceCurrency}, but ${market.name} shows ${market.currency}`,
          );
        if (!aggregate && (typeof offer.availability !== 'string' || !AVAILABILITY.test(offer.availability)))
          problems.push(
            `${at}.availability ${JSON.stringify(offer.availability)} is not a schema.org ItemAvailability URL`,
          );
      }

      // The displayed price is one of the offers', in the displayed currency.
      await storefront.visit(market.key, new URL(url).pathname.slice(market.prefix.length) || '/');
      const shown = (await page
        .locator('.product-page__price')
        .getByTestId('price')
        .locator('.price__current')
        .first()
        .textContent())!.trim();
      const symbol = new Intl.NumberFormat(market.name, { style: 'currency', currency: market.currency })
        .formatToParts(1)
        .find((p) => p.type === 'currency')!.value;
      if (!fold(shown).includes(fold(symbol)))
        problems.push(`the page shows "${shown}", not a ${market.currency} price (${symbol})`);
      const shownValue = priceValue(shown, market.decimalSeparator);
      if (!offers.some((o) => Number(o.price ?? o.lowPrice) === shownValue))
        problems.push(
          `no offer has the displayed price ${shownValue} (offers: ${offers.map((o) => o.price ?? o.lowPrice).join(', ')})`,
        );

      // BreadcrumbList: positions 1..n, each a named ListItem with an absolute item URL (the last may omit it).
      const breadcrumbs = nodes.filter((n) => isType(n, 'BreadcrumbList'));
      if (breadcrumbs.length === 0) problems.push('no BreadcrumbList');
      for (const crumbs of breadcrumbs) {
        const items = list(crumbs.itemListElement)
          .filter(isNode)
          .sort((a, b) => Number(a.position) - Number(b.position));
        if (items.length === 0) problems.push('BreadcrumbList.itemListElement is empty');
        const positions = items.map((item) => item.position);
        if (positions.some((p, i) => p !== i + 1 && p !== String(i + 1)))
          problems.push(
            `BreadcrumbList positions are ${JSON.stringify(positions)}, expected 1..${items.length}`,
          );
        for (const [i, item] of items.entries()) {
          const target =
            typeof item.item === 'string'
              ? item.item
              : isNode(item.item)
                ? (item.item['@id'] ?? item.item.url)
                : undefined;
          if (typeof item.name !== 'string' && !(isNode(item.item) && typeof item.item.name === 'string'))
            problems.push(`BreadcrumbList item ${i + 1} has no name`);
          if (target === undefined && i < items.length - 1)
            problems.push(`BreadcrumbList item ${i + 1} has no item URL`);
          if (target !== undefined && (typeof target !== 'string' || !/^https?:\/\//.test(target)))
            problems.push(`BreadcrumbList item ${i + 1} URL ${JSON.stringify(target)} is not absolute`);
        }
      }
      expect(problems, `${url}:\n${problems.join('\n')}`).toEqual([]);
    });

    test(`the home page has an Organization and a WebSite with a SearchAction (${market.name})`, async ({
      request,
      baseURL,
    }) => {
      const url = new URL(market.prefix || '/', baseURL).href;
      const { nodes, problems } = await jsonLd(request, url);
      const organization = nodes.find((n) => isType(n, 'Organization') || isType(n, 'OnlineStore'));
      if (!organization) problems.push('no Organization node');
      else {
        if (typeof organization.name !== 'string' || !organization.name)
          problems.push('Organization.name is missing');
        if (typeof organization.url !== 'string' || !/^https?:\/\//.test(organization.url))
          problems.push(`Organization.url ${JSON.stringify(organization.url)} is not an absolute URL`);
      }
      const website = nodes.find((n) => isType(n, 'WebSite'));
      if (!website) problems.push('no WebSite node');
      else {
        const action = list(website.potentialAction)
          .filter(isNode)
          .find((a) => isType(a, 'SearchAction'));
        if (!action) problems.push('WebSite has no potentialAction of type SearchAction');
        else {
          const target = list(action.target)
            .map((t) => (isNode(t) ? t.urlTemplate : t))
            .find((t) => typeof t === 'string') as string | undefined;
          // query-input is "required name=search_term_string", or a PropertyValueSpecification.
          const queryInput = action['query-input'];
          const input =
            typeof queryInput === 'string'
              ? queryInput
              : isNode(queryInput)
                ? `name=${String(queryInput.valueName)}`
                : '';
          const name = /name=([\w-]+)/.exec(input)?.[1];
          if (!target || !/^https?:\/\//.test(target))
            problems.push(`SearchAction target urlTemplate ${JSON.stringify(target)} is not an absolute URL`);
          else if (!name || !target.includes(`{${name}}`))
            problems.push(
              `SearchAction target ${target} lacks the placeholder named by query-input ${JSON.stringify(input)}`,
            );
          else {
            const search = await request.get(target.replace(`{${name}}`, 'merino'), { maxRedirects: 0 });
            if (search.status() !== 200)
              problems.push(`SearchAction target ${target} answers ${search.status()} for a query`);
          }
        }
      }
      expect(problems, `${url}:\n${problems.join('\n')}`).toEqual([]);
    });

    // Recommended merchant-listing fields, built from the market's live tax, shipping and return rules.
    test(`Offer has a tax-inclusive price specification, shippingDetails and hasMerchantReturnPolicy (${market.name})`, async ({
      request,
      baseURL,
    }) => {
      const url = await firstLink(request, baseURL!, market.prefix, 'products');
      const { nodes, problems } = await jsonLd(request, url);
      const product = nodes.find((n) => isType(n, 'Product'));
      expect(product, `a Product node in ${url}`).toBeTruthy();
      const organization = nodes.find((n) => isType(n, 'Organization') || isType(n, 'OnlineStore'));
      for (const [i, offer] of list(product!.offers).filter(isNode).entries()) {
        const at = `offers[${i}]`;
        // Tax: a PriceSpecification (with valueAddedTaxIncluded), or valueAddedTaxIncluded on the offer.
        const specs = list(offer.priceSpecification).filter(isNode);
        if (specs.length === 0) problems.push(`${at}.priceSpecification is missing`);
        for (const spec of specs) {
          if (spec.price === undefined || spec.priceCurrency !== offer.priceCurrency)
            problems.push(
              `${at}.priceSpecification lacks price/priceCurrency matching the offer (${JSON.stringify(spec)})`,
            );
        }
        const vat =
          specs.map((s) => s.valueAddedTaxIncluded).find((v) => v !== undefined) ??
          offer.valueAddedTaxIncluded;
        if (market.taxIncluded && vat !== true && vat !== 'true')
          problems.push(
            `${at}: valueAddedTaxIncluded is ${JSON.stringify(vat)}, expected true (${market.name} prices include tax)`,
          );
        if (!market.taxIncluded && vat !== undefined && vat !== false && vat !== 'false')
          problems.push(
            `${at}: valueAddedTaxIncluded is ${JSON.stringify(vat)}, but ${market.name} prices exclude tax`,
          );

        // shippingDetails: OfferShippingDetails with a shippingRate and a shippingDestination covering the market.
        const shipping = list(offer.shippingDetails).filter(isNode);
        if (shipping.length === 0) problems.push(`${at}.shippingDetails is missing`);
        for (const s of shipping) {
          if (!isType(s, 'OfferShippingDetails'))
            problems.push(
              `${at}.shippingDetails["@type"] is ${JSON.stringify(s['@type'])}, expected OfferShippingDetails`,
            );
          const rate = list(s.shippingRate).filter(isNode)[0];
          if (!rate || rate.value === undefined || typeof rate.currency !== 'string')
            problems.push(
              `${at}.shippingDetails.shippingRate needs a MonetaryAmount with value and currency`,
            );
          const countries = list(s.shippingDestination)
            .filter(isNode)
            .flatMap((d) => list(d.addressCountry));
          if (countries.length === 0)
            problems.push(
              `${at}.shippingDetails.shippingDestination needs a DefinedRegion with addressCountry`,
            );
        }
        if (
          shipping.length &&
          !shipping.some((s) =>
            list(s.shippingDestination)
              .filter(isNode)
              .some((d) => list(d.addressCountry).includes(market.country)),
          )
        ) {
          problems.push(`${at}.shippingDetails has no shippingDestination for ${market.country}`);
        }

        // hasMerchantReturnPolicy, on the offer or the Organization (Google accepts both).
        const policies = [
          ...list(offer.hasMerchantReturnPolicy),
          ...list(organization?.hasMerchantReturnPolicy),
        ].filter(isNode);
        if (policies.length === 0)
          problems.push(`${at}.hasMerchantReturnPolicy is missing (nor is there one on the Organization)`);
        for (const p of policies) {
          if (!isType(p, 'MerchantReturnPolicy'))
            problems.push(
              `${at}.hasMerchantReturnPolicy["@type"] is ${JSON.stringify(p['@type'])}, expected MerchantReturnPolicy`,
            );
          if (list(p.applicableCountry).length === 0)
            problems.push(`${at}.hasMerchantReturnPolicy.applicableCountry is missing`);
          if (typeof p.returnPolicyCategory !== 'string' || !RETURN_CATEGORY.test(p.returnPolicyCategory))
            problems.push(
              `${at}.hasMerchantReturnPolicy.returnPolicyCategory ${JSON.stringify(p.returnPolicyCategory)} is not a schema.org MerchantReturnEnumeration URL`,
            );
          else if (
            p.returnPolicyCategory.endsWith('FiniteReturnWindow') &&
            p.merchantReturnDays === undefined
          )
            problems.push(`${at}.hasMerchantReturnPolicy has a finite window but no merchantReturnDays`);
        }
      }
      expect([...new Set(problems)], `${url}:\n${[...new Set(problems)].join('\n')}`).toEqual([]);
    });
  });
}

/*
 * EU unit prices in merchant listings: Offer.priceSpecification.referenceQuantity is the quantity the
 * price buys (unit_pricing_measure) and its valueReference the unit price's base
 * (unit_pricing_base_measure), in UN/CEFACT codes. The unit price they give is the one on the page.
 */
for (const market of MARKETS.filter((m) => m.key !== 'enUS')) {
  test(`offers sold by weight carry a referenceQuantity giving the displayed unit price (${market.name})`, async ({
    page,
    request,
    storefront,
    baseURL,
  }) => {
    const path = '/products/hojicha-roasted-green-tea';
    const { nodes, problems } = await jsonLd(request, new URL(`${market.prefix}${path}`, baseURL).href);
    const product = nodes.find((n) => isType(n, 'Product'));
    expect(product, `a Product node for ${path}`).toBeTruthy();
    const offers = list(product!.offers).filter(isNode);
    expect(offers).toHaveLength(2);
    const grams = new Map<number, number>();
    for (const [i, offer] of offers.entries()) {
      const spec = list(offer.priceSpecification).filter(isNode)[0];
      expect(spec, `offers[${i}].priceSpecification`).toMatchObject({
        '@type': 'UnitPriceSpecification',
        price: offer.price,
        priceCurrency: market.currency,
        referenceQuantity: {
          '@type': 'QuantitativeValue',
          unitCode: 'GRM',
          valueReference: { '@type': 'QuantitativeValue', value: 1, unitCode: 'KGM' },
        },
      });
      grams.set(Number((spec!.referenceQuantity as Node).value), Number(offer.price));
    }
    expect([...grams.keys()].sort((a, b) => a - b)).toEqual([80, 200]);
    expect(problems).toEqual([]);

    // The page's default pack is the 80 g tin: price per kilogram, rounded once in minor units.
    await storefront.visit(market.key, path);
    const exponent = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: market.currency,
    }).resolvedOptions().maximumFractionDigits!;
    const shown = (await page.locator('.product-page__price').getByTestId('unit-price').textContent()) ?? '';
    const shownMinor = Math.round(
      priceValue(shown.replace(/^\s*1\s*kg/, ''), market.decimalSeparator) * 10 ** exponent,
    );
    expect(shownMinor).toBe(Math.round((Math.round(grams.get(80)! * 10 ** exponent) * 1000) / 80));
  });
}

/** Every JSON-LD node of the server-rendered page (top level, arrays and @graph flattened). */
async function jsonLd(
  request: APIRequestContext,
  url: string,
): Promise<{ nodes: Node[]; problems: string[] }> {
  const response = await request.get(url);
  expect(response.status(), `status of ${url}`).toBe(200);
  const blocks = jsonLdBlocks(await response.text());
  expect(blocks.length, `<script type="application/ld+json"> blocks on ${url}`).toBeGreaterThan(0);
  const nodes: Node[] = [];
  const problems: string[] = [];
  for (const [i, block] of blocks.entries()) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch (error) {
      problems.push(`JSON-LD block ${i + 1} does not parse: ${(error as Error).message}`);
      continue;
    }
    const visit = (value: unknown) => {
      for (const v of list(value)) {
        if (!isNode(v)) continue;
        if (v['@graph'] !== undefined) visit(v['@graph']);
        if (v['@type'] !== undefined) nodes.push(v);
      }
    };
    visit(data);
  }
  return { nodes, problems };
}

function priceFormatProblem(price: unknown, exponent: number): string | null {
  if (typeof price === 'number') {
    if (!Number.isFinite(price) || price < 0) return 'is not a non-negative number';
    return Number.isInteger(price * 10 ** exponent) ? null : `has more than ${exponent} decimals`;
  }
  if (typeof price !== 'string') return 'is missing';
  if (!/^\d+(\.\d+)?$/.test(price))
    return 'is not a plain number (digits and "." only, no thousands separators or symbols)';
  const decimals = price.split('.')[1]?.length ?? 0;
  return decimals > exponent ? `has ${decimals} decimals; the currency has ${exponent}` : null;
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isType(node: Node, type: string): boolean {
  return list(node['@type']).some(
    (t) => t === type || t === `https://schema.org/${type}` || t === `http://schema.org/${type}`,
  );
}

function imageUrls(image: unknown): string[] {
  return list(image).flatMap((i) =>
    typeof i === 'string'
      ? [i]
      : isNode(i)
        ? list(i.url ?? i.contentUrl).filter((u): u is string => typeof u === 'string')
        : [],
  );
}

/** Folds the full-width yen sign, which ja-JP formatting uses, into the ASCII-range one. */
function fold(s: string): string {
  return s.replace(/\uFFE5/g, '\u00A5');
}
