/**
 * Which product images exist, shared by the seed (which records them) and
 * scripts/generate-images.ts (which draws them), so the two cannot drift.
 *
 * Files live at public/images/products/<file>-<width>.webp for every width in
 * PRODUCT_IMAGE_WIDTHS; `file` is the base name without width or extension.
 */
import type { SeedProduct } from './catalog-types.ts';

export const PRODUCT_IMAGE_WIDTHS = [400, 800, 1200] as const;

export interface ProductImage {
  file: string;
  /** The colour option value this image shows, or null for a general view. */
  colorKey: string | null;
  width: 1200;
  height: 1200;
}

export interface ProductImageSpec extends ProductImage {
  /** Object colour (hex) to draw with. */
  color: string;
  view: 'main' | 'detail';
}

/** The product's colour option, if it has one. */
export function colorOptionOf(product: SeedProduct) {
  return product.options.find((o) => o.key === 'color') ?? null;
}

/**
 * Colour images first (one per colour value, in option order), then one
 * detail view; products without a colour option get one main image plus the
 * detail view.
 */
export function productImageSpecs(product: SeedProduct): ProductImageSpec[] {
  const colorOption = colorOptionOf(product);
  const specs: ProductImageSpec[] = [];
  const colors = colorOption?.values.map((v) => ({ key: v.key, hex: v.swatch ?? product.art.color })) ?? [];
  if (colors.length) {
    for (const c of colors)
      specs.push({ file: '', colorKey: c.key, color: c.hex, view: 'main', width: 1200, height: 1200 });
  } else {
    specs.push({
      file: '',
      colorKey: null,
      color: product.art.color,
      view: 'main',
      width: 1200,
      height: 1200,
    });
  }
  specs.push({
    file: '',
    colorKey: null,
    color: colors[0]?.hex ?? product.art.color,
    view: 'detail',
    width: 1200,
    height: 1200,
  });
  return specs.map((s, i) => ({ ...s, file: `${product.handle}-${i + 1}` }));
}

export function productImages(product: SeedProduct): ProductImage[] {
  return productImageSpecs(product).map(({ file, colorKey, width, height }) => ({
    file,
    colorKey,
    width,
    height,
  }));
}
