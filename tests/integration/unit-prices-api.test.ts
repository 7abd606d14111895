import { describe, expect, it } from 'vitest';
import { loader as mediaLoader } from '#app/routes/media.$file.ts';
import { useSeededStorefront, expectValidEverywhere, type Json } from '#tests/support/seeded-storefront.ts';

/**
 * Unit prices (EU price indication) and swatch images through the Storefront API, asked as
 * Hydrogen's skeleton asks for them: per market, in the market's currency, against the demo store.
 */
const { run } = useSeededStorefront();

const VARIANTS = `#graphql
  query UnitPrices($handle: String!, $country: CountryCode, $language: LanguageCode)
  @inContext(country: $country, language: $language) {
    product(handle: $handle) {
      variants(first: 20) {
        nodes {
          sku
          price { amount currencyCode }
          unitPrice { amount currencyCode }
          unitPriceMeasurement { measuredType quantityUnit quantityValue referenceUnit referenceValue }
        }
      }
    }
  }`;

/** The skeleton's option-value fragment (app/lib/fragments.ts), swatch image included. */
const SWATCHES = `#graphql
  query Swatches($handle: String!, $country: CountryCode, $language: LanguageCode)
  @inContext(country: $country, language: $language) {
    product(handle: $handle) {
      options {
        name
        optionValues {
          name
          swatch {
            color
            image {
              ... on MediaImage { id alt mediaContentType image { id url(transform: { maxWidth: 300 }) altText width height } }
              previewImage { url }
            }
          }
        }
      }
    }
  }`;

/** price × reference / quantity, in minor units, rounded half up: the definition, written out again. */
function expectedUnitAmount(price: string, decimals: number, quantityInRef: number): string {
  const minor = Math.round(Number(price) * 10 ** decimals);
  const unit = Math.round(minor / quantityInRef);
  return decimals === 0 ? String(unit) : (unit / 10 ** decimals).toFixed(decimals);
}

describe('ProductVariant.unitPrice and unitPriceMeasurement', () => {
  it('validate against the official schema and the served subset', () => {
    for (const doc of [VARIANTS, SWATCHES]) expectValidEverywhere(doc);
  });

  it('quote the tea per kilogram in euros for Germany and in yen for Japan', async () => {
    for (const [country, language, currency, decimals] of [
      ['DE', 'DE', 'EUR', 2],
      ['JP', 'JA', 'JPY', 0],
    ] as const) {
      const data = await run(VARIANTS, { handle: 'hojicha-roasted-green-tea', country, language });
      const [tin, refill] = data.product.variants.nodes;
      expect(tin.unitPriceMeasurement).toEqual({
        measuredType: 'WEIGHT',
        quantityUnit: 'G',
        quantityValue: 80,
        referenceUnit: 'KG',
        referenceValue: 1,
      });
      expect(refill.unitPriceMeasurement.quantityValue).toBe(200);
      for (const [v, share] of [
        [tin, 0.08],
        [refill, 0.2],
      ] as const) {
        expect(v.price.currencyCode).toBe(currency);
        expect(v.unitPrice).toEqual({
          amount: expectedUnitAmount(v.price.amount, decimals, share),
          currencyCode: currency,
        });
      }
      if (decimals === 0) expect(tin.unitPrice.amount).toMatch(/^\d+$/);
    }
  });

  it('quote linen per metre and candles per kilogram; unmeasured goods have neither', async () => {
    const linen = await run(VARIANTS, { handle: 'washed-linen-by-the-metre', country: 'DE', language: 'DE' });
    const cuts = linen.product.variants.nodes as Json[];
    expect(cuts).toHaveLength(6);
    for (const v of cuts) {
      const half = v.sku.endsWith('-050');
      expect(v.unitPriceMeasurement).toEqual({
        measuredType: 'LENGTH',
        quantityUnit: half ? 'CM' : 'M',
        quantityValue: half ? 50 : 2,
        referenceUnit: 'M',
        referenceValue: 1,
      });
      expect(v.unitPrice.amount).toBe(expectedUnitAmount(v.price.amount, 2, half ? 0.5 : 2));
    }
    const candle = await run(VARIANTS, { handle: 'cedar-fig-candle', country: 'JP', language: 'JA' });
    expect(candle.product.variants.nodes[0].unitPriceMeasurement.quantityValue).toBe(220);
    expect(candle.product.variants.nodes[0].unitPrice.currencyCode).toBe('JPY');
    const mug = await run(VARIANTS, { handle: 'stoneware-mug', country: 'DE', language: 'DE' });
    for (const v of mug.product.variants.nodes) {
      expect(v.unitPrice).toBeNull();
      expect(v.unitPriceMeasurement).toBeNull();
    }
  });
});

describe('cart lines', () => {
  it("carry the merchandise's unit price in the cart's market currency", async () => {
    for (const [country, language, currency] of [
      ['DE', 'DE', 'EUR'],
      ['JP', 'JA', 'JPY'],
    ] as const) {
      const tea = await run(
        `query V($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
          product(handle: "hojicha-roasted-green-tea") { variants(first: 2) { nodes { id unitPrice { amount currencyCode } } } }
        }`,
        { country, language },
      );
      const refill = tea.product.variants.nodes[1];
      const created = await run(
        `mutation C($lines: [CartLineInput!]!, $country: CountryCode, $language: LanguageCode)
        @inContext(country: $country, language: $language) {
          cartCreate(input: { lines: $lines, buyerIdentity: { countryCode: $country } }) {
            cart {
              lines(first: 5) {
                nodes {
                  merchandise {
                    ... on ProductVariant {
                      unitPrice { amount currencyCode }
                      unitPriceMeasurement { quantityValue quantityUnit referenceValue referenceUnit }
                    }
                  }
                }
              }
            }
            userErrors { message }
          }
        }`,
        { lines: [{ merchandiseId: refill.id, quantity: 2 }], country, language },
      );
      expect(created.cartCreate.userErrors).toEqual([]);
      const merchandise = created.cartCreate.cart.lines.nodes[0].merchandise;
      expect(merchandise.unitPrice).toEqual(refill.unitPrice);
      expect(merchandise.unitPrice.currencyCode).toBe(currency);
      expect(merchandise.unitPriceMeasurement).toEqual({
        quantityValue: 200,
        quantityUnit: 'G',
        referenceValue: 1,
        referenceUnit: 'KG',
      });
    }
  });
});

describe('ProductOptionValueSwatch.image', () => {
  it('serves the linen swatches as MediaImages with translated alt text and working URLs', async () => {
    const data = await run(SWATCHES, { handle: 'washed-linen-by-the-metre', country: 'DE', language: 'DE' });
    const [colour, length] = data.product.options;
    expect(colour.name).toBe('Farbe');
    expect(colour.optionValues).toHaveLength(3);
    for (const value of colour.optionValues) {
      const image = value.swatch.image;
      expect(value.swatch.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(image.id).toMatch(/^gid:\/\/shopify\/MediaImage\/\d+$/);
      expect(image.mediaContentType).toBe('IMAGE');
      expect(image.alt).toBe(`Leinenmuster: ${value.name}`);
      expect(image.image.altText).toBe(image.alt);
      expect([image.image.width, image.image.height]).toEqual([160, 160]);
      // The smallest file that covers 300 px, on the media route.
      const m = /^https:\/\/shop\.test\/media\/(\d+-[0-9a-f]{16}-400\.webp)$/.exec(image.image.url);
      expect(m, image.image.url).not.toBeNull();
      expect(image.previewImage.url).toMatch(/-1200\.webp$/);
      const res = (await mediaLoader({
        params: { file: m![1]! },
        request: new Request(image.image.url),
      } as never)) as Response;
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
    }
    // Option values without a swatch have none; colour swatches without an image keep image null.
    for (const value of length.optionValues) expect(value.swatch).toBeNull();
    const mug = await run(SWATCHES, { handle: 'stoneware-mug', country: 'US', language: 'EN' });
    for (const value of mug.product.options[0].optionValues) {
      expect(value.swatch.color).toMatch(/^#/);
      expect(value.swatch.image).toBeNull();
    }
  });

  it('answers in English with the source alt text', async () => {
    const data = await run(SWATCHES, { handle: 'washed-linen-by-the-metre', country: 'US', language: 'EN' });
    expect(data.product.options[0].optionValues.map((v: Json) => v.swatch.image.alt)).toEqual([
      'Linen swatch: Natural',
      'Linen swatch: Indigo',
      'Linen swatch: Rust',
    ]);
  });
});
