import { describe, expect, it } from 'vitest';
import { MEASURED_TYPES, unitsOf } from '#app/modules/catalog/core/unit-price.ts';
import { productJsonLd } from '#app/storefront/product-json-ld.ts';
import { referenceQuantity, UN_CEFACT_CODES } from '#app/storefront/unit-price-json-ld.ts';

const tin = {
  measuredType: 'WEIGHT',
  quantityValue: 80,
  quantityUnit: 'G',
  referenceValue: 1,
  referenceUnit: 'KG',
};

describe('referenceQuantity (schema.org UnitPriceSpecification)', () => {
  it('gives the quantity the price buys and the unit price base, in UN/CEFACT codes', () => {
    expect(referenceQuantity(tin)).toEqual({
      '@type': 'QuantitativeValue',
      value: 80,
      unitCode: 'GRM',
      valueReference: { '@type': 'QuantitativeValue', value: 1, unitCode: 'KGM' },
    });
    expect(
      referenceQuantity({
        measuredType: 'VOLUME',
        quantityValue: 0.75,
        quantityUnit: 'L',
        referenceValue: 1,
        referenceUnit: 'L',
      })?.unitCode,
    ).toBe('LTR');
  });

  it('has a distinct three-character code for every unit Meridian measures in', () => {
    const units = MEASURED_TYPES.flatMap(unitsOf);
    const codes = units.map((u) => UN_CEFACT_CODES[u]);
    expect(codes.every((c) => /^[A-Z0-9]{3}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(units.length);
  });

  it('leaves out goods not sold by measure and measurements it cannot read', () => {
    expect(referenceQuantity(null)).toBeUndefined();
    expect(referenceQuantity({ ...tin, measuredType: null })).toBeUndefined();
    expect(referenceQuantity({ ...tin, measuredType: 'WEIGHT', quantityUnit: 'ML' })).toBeUndefined();
    expect(referenceQuantity({ ...tin, referenceUnit: 'PARSEC' })).toBeUndefined();
    expect(referenceQuantity({ ...tin, quantityValue: 0 })).toBeUndefined();
    expect(referenceQuantity({ ...tin, measuredType: 'TIME' })).toBeUndefined();
  });

  it('adds it to the offers of measured variants only', () => {
    const variant = (id: string, unitPriceMeasurement: typeof tin | null) => ({
      id,
      availableForSale: true,
      price: { amount: '20.95', currencyCode: 'EUR' },
      unitPriceMeasurement,
    });
    const ld = productJsonLd(
      {
        title: 'Hojicha',
        description: '',
        vendor: 'Meridian',
        handle: 'hojicha',
        images: { nodes: [] },
        variants: { nodes: [variant('a', tin), variant('b', null)] },
      },
      {
        url: 'https://shop.test/de-de/products/hojicha',
        shopName: 'Meridian',
        homeUrl: 'https://shop.test/de-de',
        collectionsUrl: 'https://shop.test/de-de/collections',
        collectionsName: 'Kollektionen',
        taxInclusive: true,
        shipping: null,
        returns: null,
      },
    );
    const offers = JSON.parse(JSON.stringify(ld))['@graph'][0].offers;
    expect(offers[0].priceSpecification).toMatchObject({
      '@type': 'UnitPriceSpecification',
      price: '20.95',
      priceCurrency: 'EUR',
      referenceQuantity: { value: 80, unitCode: 'GRM', valueReference: { value: 1, unitCode: 'KGM' } },
    });
    expect(offers[1].priceSpecification.referenceQuantity).toBeUndefined();
  });
});
