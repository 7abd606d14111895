/** Shopify's weight units, as the catalog stores them and the Storefront API returns them. */
export type WeightUnit = 'GRAMS' | 'KILOGRAMS' | 'OUNCES' | 'POUNDS';

const GRAMS_PER_UNIT: Record<WeightUnit, number> = {
  GRAMS: 1,
  KILOGRAMS: 1000,
  OUNCES: 28.349523125,
  POUNDS: 453.59237,
};

/**
 * Whole grams from a weight and its unit (exact international ounce and pound). Rounding rule:
 * to the nearest gram, halves up (Math.round; weights are never negative). Whole grams are what
 * shipping rate bands, order lines and the storefront's weight compare and store, so every caller
 * (shipping, the product page, the Offer JSON-LD) gets the same number for the same variant.
 */
export function toGrams(weight: number, unit: WeightUnit): number {
  return Math.round(weight * (GRAMS_PER_UNIT[unit] ?? 1));
}
