import { z } from 'zod';

/** Shopify's BrandColors as the shop row stores them (shop.brand_colors). */
export interface BrandColorsValue {
  primary: { background: string | null; foreground: string | null }[];
  secondary: { background: string | null; foreground: string | null }[];
}

export const BRAND_IMAGE_SLOTS = ['logo', 'squareLogo', 'coverImage'] as const;
export type BrandImageSlot = (typeof BRAND_IMAGE_SLOTS)[number];

/** Shopify's `Color` scalar: #RRGGBB. Blank means "no colour"; #rgb and lower case are normalised. */
const colour = z
  .string()
  .trim()
  .regex(/^(#?[0-9a-fA-F]{6}|#?[0-9a-fA-F]{3})?$/, 'colour')
  .transform((s) => normaliseHex(s));

export function normaliseHex(s: string): string | null {
  if (s === '') return null;
  const hex = s.replace(/^#/, '').toUpperCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** The brand details form: slogan, short description, one primary and one secondary colour group. */
export const brandDetailsInput = z.object({
  slogan: z.string().trim().max(100, 'sloganTooLong').default(''),
  shortDescription: z.string().trim().max(300, 'descriptionTooLong').default(''),
  primaryBackground: colour.default(''),
  primaryForeground: colour.default(''),
  secondaryBackground: colour.default(''),
  secondaryForeground: colour.default(''),
});

export type BrandDetails = z.output<typeof brandDetailsInput>;

/** The colour groups as stored (a group with neither colour is left out). */
export function brandColorsOf(v: BrandDetails): BrandColorsValue {
  const group = (background: string | null, foreground: string | null) =>
    background || foreground ? [{ background, foreground }] : [];
  return {
    primary: group(v.primaryBackground, v.primaryForeground),
    secondary: group(v.secondaryBackground, v.secondaryForeground),
  };
}

export const brandImageInput = z.object({
  slot: z.enum(BRAND_IMAGE_SLOTS, { message: 'slot' }),
  alt: z.string().trim().max(512, 'altTooLong').default(''),
});

export const brandRemoveInput = z.object({ slot: z.enum(BRAND_IMAGE_SLOTS, { message: 'slot' }) });

/** WCAG 2.x relative luminance of #RRGGBB. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio (1 to 21) of two #RRGGBB colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text in the foreground colour on the background is readable (WCAG AA for normal text: 4.5:1). */
export function readablePair(background: string | null, foreground: string | null): boolean {
  return !background || !foreground || contrastRatio(background, foreground) >= 4.5;
}
