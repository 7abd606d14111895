import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '#app/db/client.server.ts';
import { productOptionValues, productOptions } from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import { storeImage } from '#app/modules/media/media.server.ts';
import { upsertTranslations } from '#app/modules/translations/translations.server.ts';
import type { Localized, StorefrontLanguage } from './catalog-types.ts';
import { products as seedProducts } from './data/index.ts';
import { translationsOf } from './factories.server.ts';

const SWATCH_ALT: Record<StorefrontLanguage, (colour: string) => string> = {
  en: (c) => `Linen swatch: ${c}`,
  de: (c) => `Leinenmuster: ${c}`,
  fr: (c) => `Échantillon de lin : ${c}`,
  es: (c) => `Muestra de lino: ${c}`,
  it: (c) => `Campione di lino: ${c}`,
  nl: (c) => `Linnenstaal: ${c}`,
  ja: (c) => `リネン見本：${c}`,
  'zh-CN': (c) => `亚麻布样：${c}`,
  ar: (c) => `عينة كتان: ${c}`,
};

/** Deterministic 0..1 noise, so the seed renders the same texture every time. */
function noise(seed: number): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return x - Math.floor(x);
}

/** A 160 px plain-weave texture in `hex`: slubby warp and weft threads of slightly varying shade. */
export async function linenTexture(hex: string): Promise<Uint8Array> {
  const size = 160;
  const threads: string[] = [];
  for (let i = 0; i < size; i += 4) {
    const a = (0.1 + noise(i) * 0.22).toFixed(2);
    const b = (0.08 + noise(i + 500) * 0.2).toFixed(2);
    threads.push(`<rect x="0" y="${i}" width="${size}" height="2" fill="#fff" opacity="${a}"/>`);
    threads.push(`<rect x="${i + 2}" y="0" width="2" height="${size}" fill="#000" opacity="${b}"/>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${hex}"/>${threads.join('')}</svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

/**
 * Swatch images for option values that ask for a texture (the linen's colours): rendered, stored
 * through the media module like an upload, with the alt text translated.
 */
export async function seedSwatchImages(db: Db, productIds: Map<string, number>): Promise<void> {
  for (const product of seedProducts) {
    for (const [optionPosition, option] of product.options.entries()) {
      for (const [valuePosition, value] of option.values.entries()) {
        if (!value.swatchTexture) continue;
        const alt = Object.fromEntries(
          Object.entries(value.label).map(([lng, label]) => [
            lng,
            SWATCH_ALT[lng as StorefrontLanguage](label),
          ]),
        ) as Localized;
        const file = await storeImage(db, await linenTexture(value.swatch ?? '#d8cfc0'), { alt: alt.en });
        await upsertTranslations(db, translationsOf(toGid('MediaImage', file.id), 'alt', alt));
        const [optionRow] = await db
          .select({ id: productOptions.id })
          .from(productOptions)
          .where(
            and(
              eq(productOptions.productId, productIds.get(product.handle)!),
              eq(productOptions.position, optionPosition),
            ),
          );
        await db
          .update(productOptionValues)
          .set({ swatchImageId: file.id })
          .where(
            and(
              eq(productOptionValues.optionId, optionRow!.id),
              eq(productOptionValues.position, valuePosition),
            ),
          );
      }
    }
  }
}
