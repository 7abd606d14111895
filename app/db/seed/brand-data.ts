import type { Db } from '#app/db/client.server.ts';
import { storeImage } from '#app/modules/media/media.server.ts';
import { getBrand, saveBrandDetails, setBrandImage } from '#app/modules/shop/brand.server.ts';

/** The demo brand's colours: the storefront stylesheet's own brand, ink and accent (so seeding changes no colour). */
const COLOURS = {
  primary: [{ background: '#1F3A34', foreground: '#F7F2EA' }],
  secondary: [{ background: '#B5562C', foreground: '#FFFFFF' }],
};

/** The half-filled circle of the text wordmark (◐), drawn as shapes so it needs no font. */
const mark = (cx: number, cy: number, r: number) =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#B5562C" stroke-width="${r / 6}"/>` +
  `<path d="M${cx} ${cy - r}A${r} ${r} 0 0 0 ${cx} ${cy + r}Z" fill="#B5562C"/>`;

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="128" viewBox="0 0 640 128">
${mark(56, 64, 34)}
<text x="112" y="86" font-family="DejaVu Serif, Georgia, serif" font-weight="700" font-size="60" fill="#1D1B18">Aurora &amp; Oak</text>
</svg>`;

const SQUARE = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
<rect width="512" height="512" fill="#1F3A34"/>
${mark(256, 256, 150).replaceAll('#B5562C', '#F7F2EA')}
</svg>`;

const COVER = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="400" viewBox="0 0 1200 400">
<rect width="1200" height="400" fill="#1F3A34"/>
<rect y="300" width="1200" height="100" fill="#B5562C"/>
${mark(160, 170, 70).replaceAll('#B5562C', '#F7F2EA')}
<text x="270" y="195" font-family="DejaVu Serif, Georgia, serif" font-weight="700" font-size="72" fill="#F7F2EA">Aurora &amp; Oak</text>
</svg>`;

/** The demo shop's logo, square logo, cover image and colours (Shopify's Brand). */
export async function seedBrand(db: Db, shopName: string): Promise<void> {
  const svg = (s: string) => new TextEncoder().encode(s);
  const logo = await storeImage(db, svg(LOGO), { alt: shopName });
  const square = await storeImage(db, svg(SQUARE), { alt: shopName });
  const cover = await storeImage(db, svg(COVER), { alt: null });
  await setBrandImage(db, 'logo', logo.id);
  await setBrandImage(db, 'squareLogo', square.id);
  await setBrandImage(db, 'coverImage', cover.id);
  // The slogan and description are the shop's own (seeded with it, translated with it).
  const { slogan, shortDescription } = await getBrand(db);
  await saveBrandDetails(db, { slogan, shortDescription, colors: COLOURS });
}
