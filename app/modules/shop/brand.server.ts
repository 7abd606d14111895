import { eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { shop, type BrandColorsValue } from '#app/db/schema/index.ts';
import { emit } from '#app/lib/events.server.ts';
import { loadMedia, type MediaFile } from '#app/modules/media/media.server.ts';
import type { BrandImageSlot } from './core/brand-input.ts';

export interface Brand {
  slogan: string;
  shortDescription: string;
  colors: BrandColorsValue;
  logo: MediaFile | null;
  squareLogo: MediaFile | null;
  coverImage: MediaFile | null;
}

const COLUMN = { logo: 'logoId', squareLogo: 'squareLogoId', coverImage: 'coverImageId' } as const;

/** The shop's brand (Shopify's Brand) with its images loaded; empty before the shop is set up. */
export async function getBrand(db: Db): Promise<Brand> {
  const [row] = await db
    .select({
      slogan: shop.slogan,
      description: shop.description,
      colors: shop.brandColors,
      logoId: shop.logoId,
      squareLogoId: shop.squareLogoId,
      coverImageId: shop.coverImageId,
    })
    .from(shop)
    .limit(1);
  // Before the shop is set up its admin still opens: an empty brand.
  if (!row)
    return {
      slogan: '',
      shortDescription: '',
      colors: { primary: [], secondary: [] },
      logo: null,
      squareLogo: null,
      coverImage: null,
    };
  const media = await loadMedia(
    db,
    [row.logoId, row.squareLogoId, row.coverImageId].filter((id): id is number => id != null),
  );
  const file = (id: number | null) => (id == null ? null : (media.get(id) ?? null));
  return {
    slogan: row.slogan,
    shortDescription: row.description,
    colors: row.colors,
    logo: file(row.logoId),
    squareLogo: file(row.squareLogoId),
    coverImage: file(row.coverImageId),
  };
}

function changed(): void {
  // Every storefront page's header carries the brand: cached answers go.
  emit('catalog-changed', { productIds: null });
}

/** Points a brand slot at an uploaded media file, or clears it. */
export async function setBrandImage(db: Db, slot: BrandImageSlot, mediaId: number | null): Promise<void> {
  await db
    .update(shop)
    .set({ [COLUMN[slot]]: mediaId })
    .where(eq(shop.id, 1));
  changed();
}

export async function saveBrandDetails(
  db: Db,
  details: { slogan: string; shortDescription: string; colors: BrandColorsValue },
): Promise<void> {
  await db
    .update(shop)
    .set({ slogan: details.slogan, description: details.shortDescription, brandColors: details.colors })
    .where(eq(shop.id, 1));
  changed();
}
