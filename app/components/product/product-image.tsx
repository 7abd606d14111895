import { Image } from '@shopify/hydrogen';

export interface ImageData {
  id?: string | null;
  url: string;
  altText?: string | null;
  width?: number | null;
  height?: number | null;
}

/** Meridian serves each product image at 400, 800 and 1200 px; map Hydrogen's widths onto those files. */
const WIDTHS = [400, 800, 1200];

function meridianLoader({ src, width }: { src?: string; width?: number | string }): string {
  if (!src) return '';
  const w = WIDTHS.find((x) => Number(width ?? 1200) <= x) ?? 1200;
  return src.replace(/-(400|800|1200)\.webp$/, `-${w}.webp`);
}

/** Hydrogen's Image with width/height/srcset so nothing shifts while it loads. */
export function ProductImage({
  image,
  sizes,
  loading = 'lazy',
  priority = false,
  className,
}: {
  image: ImageData;
  sizes: string;
  loading?: 'lazy' | 'eager';
  /** The page's largest image above the fold (its LCP): fetched before other images. */
  priority?: boolean;
  className?: string;
}) {
  // Lower-case: React 18 passes unknown lower-case attributes through as they are.
  const fetchPriority: Record<string, string> = priority ? { fetchpriority: 'high' } : {};
  return (
    <Image
      data={{ ...image, altText: image.altText ?? '' }}
      loader={meridianLoader}
      sizes={sizes}
      loading={loading}
      aspectRatio="1/1"
      srcSetOptions={{ intervals: 3, startingWidth: 400, incrementSize: 400, placeholderWidth: 100 }}
      className={className}
      {...fetchPriority}
    />
  );
}
