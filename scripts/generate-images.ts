/**
 * Draws the demo catalog's product art: flat illustrations as SVG, rendered
 * to square WebP at every width in PRODUCT_IMAGE_WIDTHS under
 * public/images/products/. Which images exist comes from
 * app/db/seed/images.ts, the same module the seed records them with.
 *
 *   node scripts/generate-images.ts           # render what changed
 *   node scripts/generate-images.ts --force   # render everything
 *   node scripts/generate-images.ts --svg /tmp/art   # also dump the SVGs
 *
 * Idempotent: each image's SVG is hashed into public/images/products/.stamp;
 * an image is skipped when its hash is unchanged and all its files exist.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { SeedArt, SeedProduct } from '../app/db/seed/catalog-types.ts';
import { products } from '../app/db/seed/data/index.ts';
import {
  PRODUCT_IMAGE_WIDTHS,
  colorOptionOf,
  productImageSpecs,
  type ProductImageSpec,
} from '../app/db/seed/images.ts';

/** Bump to re-render everything after changing the raster pipeline. */
const PIPELINE_VERSION = 'v2:webp-q82-e4';
const SIZE = 1200;
const CONCURRENCY = 4;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'public/images/products');
const stampFile = path.join(outDir, '.stamp');

// ---------------------------------------------------------------------------
// Colour helpers

type RGB = [number, number, number];

function hexToRgb(hex: string): RGB {
  const h = hex.replace('#', '');
  const n = parseInt(h.length === 3 ? [...h].map((c) => c + c).join('') : h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: RGB): string {
  return (
    '#' +
    [r, g, b]
      .map((v) =>
        Math.round(Math.max(0, Math.min(255, v)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

function mix(a: string, b: string, t: number): string {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  return rgbToHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as RGB;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

interface Palette {
  base: string;
  shade: string;
  deep: string;
  light: string;
  /** Stitching, ribs and texture lines: contrasts gently with the base. */
  line: string;
  bg: string;
}

const INK = '#2A2522';
const PAPER = '#F3EDE2';
const CLAY = '#CDB79A';
const LEATHER = '#6B4429';
const BRASS = '#C2A055';
const STEEL = '#C7CACC';

function palette(base: string, bg: string): Palette {
  const l = luminance(base);
  const shadeTo = l > 0.6 ? '#5A4636' : '#000000';
  return {
    base,
    shade: mix(base, shadeTo, l > 0.6 ? 0.16 : 0.2),
    deep: mix(base, shadeTo, l > 0.6 ? 0.34 : 0.42),
    light: mix(base, '#FFFFFF', l < 0.1 ? 0.14 : 0.3),
    line: l < 0.12 ? mix(base, '#FFFFFF', 0.3) : mix(base, '#000000', l > 0.6 ? 0.2 : 0.3),
    bg,
  };
}

// ---------------------------------------------------------------------------
// Deterministic randomness (per image), so re-runs produce the same SVG.

function seeded(seedText: string): () => number {
  let h = 1779033703 ^ seedText.length;
  for (let i = 0; i < seedText.length; i++) {
    h = Math.imul(h ^ seedText.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------
// Motifs. Each returns its silhouette (plain shapes, no fill, usable in a
// clipPath and for the shadow) and the drawing on top. Coordinates are in a
// 1200 × 1200 canvas with the object centred around (600, 600).

type TextureKind =
  | 'knit'
  | 'rib'
  | 'ribFine'
  | 'ribWide'
  | 'waffle'
  | 'linen'
  | 'canvas'
  | 'twill'
  | 'quilt'
  | 'grain'
  | 'knurl';

interface Ctx {
  c: Palette;
  product: SeedProduct;
  colorKey: string;
  rand: () => number;
  /**
   * A texture clipped to `region` (plain shapes) within `box`. Drawn as line
   * paths rather than SVG patterns, which librsvg tiles slowly.
   */
  tex: (kind: TextureKind, region: string, box: Box, opacity?: number) => string;
}

type Box = [number, number, number, number];

interface Art {
  /** 'flat' = photographed from above (drop shadow), 'standing' = on a surface (contact shadow). */
  kind: 'flat' | 'standing';
  silhouette: string;
  body: string;
  /** Where the detail view zooms in, in canvas coordinates (after `transform`). */
  focus: [number, number];
  /** Contact shadow for standing objects. */
  ground?: { cx: number; cy: number; rx: number };
  /** Extra transform for the whole object (e.g. a tilted notebook). */
  transform?: string;
  /** Size in the main view (default 1.08). */
  scale?: number;
}

const CLIP = 'clip-path="url(#sil)"';

function fillSil(sil: string, fill: string, extra = ''): string {
  return `<g fill="${fill}" ${extra}>${sil}</g>`;
}

function stitch(d: string, c: Palette, opacity = 0.6, width = 2.4): string {
  return `<path d="${d}" fill="none" stroke="${c.line}" stroke-width="${width}" stroke-dasharray="9 7" stroke-linecap="round" opacity="${opacity}"/>`;
}

function seam(d: string, color: string, opacity = 0.55, width = 3): string {
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round" opacity="${opacity}"/>`;
}

/** Mirror an x coordinate across the canvas centre. */
const mx = (x: number) => SIZE - x;

function speckles(
  ctx: Ctx,
  box: [number, number, number, number],
  count: number,
  color: string,
  opacity: number,
): string {
  const [x0, y0, x1, y1] = box;
  let dots = '';
  for (let i = 0; i < count; i++) {
    const x = x0 + ctx.rand() * (x1 - x0);
    const y = y0 + ctx.rand() * (y1 - y0);
    const r = 1.2 + ctx.rand() * ctx.rand() * 3.6;
    dots += `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(2)}"/>`;
  }
  return `<g fill="${color}" opacity="${opacity}" ${CLIP}>${dots}</g>`;
}

function has(ctx: Ctx, word: string): boolean {
  return ctx.product.handle.includes(word);
}

function grid(box: Box, sx: number, sy: number, f: (x: number, y: number) => string): string {
  const [x0, y0, x1, y1] = box;
  let d = '';
  for (let y = Math.floor(y0 / sy) * sy; y < y1; y += sy)
    for (let x = Math.floor(x0 / sx) * sx; x < x1; x += sx) d += f(x, y);
  return d;
}

function columns(box: Box, step: number, offset: number): string {
  const [x0, y0, x1, y1] = box;
  let d = '';
  for (let x = Math.floor(x0 / step) * step + offset; x < x1; x += step) d += `M${x} ${y0}V${y1}`;
  return d;
}

function diagonals(box: Box, step: number, dir: 1 | -1): string {
  const [x0, y0, x1, y1] = box;
  const h = y1 - y0;
  let d = '';
  for (let t = Math.floor((x0 - h) / step) * step; t < x1 + h; t += step)
    d += dir > 0 ? `M${t} ${y0}L${t + h} ${y1}` : `M${t} ${y1}L${t + h} ${y0}`;
  return d;
}

function lines(d: string, color: string, width: number, opacity: number, cap = 'butt'): string {
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="${cap}" opacity="${opacity}"/>`;
}

function texture(kind: TextureKind, box: Box, c: Palette, rand: () => number): string {
  switch (kind) {
    case 'knit':
      return lines(
        grid(box, 18, 16, (x, y) => `M${x + 2} ${y + 3}L${x + 9} ${y + 13}L${x + 16} ${y + 3}`),
        c.line,
        2.2,
        0.55,
        'round',
      );
    case 'rib':
      return lines(columns(box, 12, 2), c.line, 4, 0.35);
    case 'ribFine':
      return lines(columns(box, 8, 1.2), c.line, 2.4, 0.3);
    case 'ribWide':
      return (
        lines(columns(box, 26, 4.5), c.shade, 9, 0.8) +
        lines(columns(box, 26, 10.5), c.line, 3, 0.35) +
        lines(columns(box, 26, 22), c.light, 4, 0.35)
      );
    case 'waffle':
      return (
        `<path d="${grid(box, 28, 28, (x, y) => `M${x + 4} ${y + 4}h20v20h-20Z`)}" fill="${c.shade}" opacity="0.55"/>` +
        `<path d="${grid(box, 28, 28, (x, y) => `M${x + 6} ${y + 6}h16v5h-16Z`)}" fill="${c.deep}" opacity="0.22"/>`
      );
    case 'linen': {
      const [x0, y0, x1, y1] = box;
      let d = '';
      for (let y = Math.floor(y0 / 5) * 5 + 3; y < y1; y += 5) d += `M${x0} ${y}H${x1}`;
      return lines(d, c.line, 1, 0.22) + lines(columns(box, 10, 4), c.line, 0.8, 0.16);
    }
    case 'canvas': {
      const [x0, y0, x1, y1] = box;
      let d = '';
      for (let y = Math.floor(y0 / 4) * 4 + 2; y < y1; y += 4) d += `M${x0} ${y}H${x1}`;
      return lines(d + columns(box, 4, 2), c.line, 1, 0.14);
    }
    case 'twill':
      return lines(diagonals(box, 8, -1), c.line, 2.2, 0.22);
    case 'quilt':
      return lines(diagonals(box, 84, 1) + diagonals(box, 84, -1), c.deep, 3, 0.55);
    case 'grain': {
      const [x0, y0, x1, y1] = box;
      let dark = '';
      let light = '';
      const n = Math.round(((x1 - x0) * (y1 - y0)) / 90);
      for (let i = 0; i < n; i++) {
        const dot = `M${(x0 + rand() * (x1 - x0)).toFixed(1)} ${(y0 + rand() * (y1 - y0)).toFixed(1)}h0`;
        if (rand() < 0.7) dark += dot;
        else light += dot;
      }
      return lines(dark, c.deep, 2.2, 0.35, 'round') + lines(light, c.light, 1.6, 0.3, 'round');
    }
    case 'knurl':
      return lines(diagonals(box, 8, 1) + diagonals(box, 8, -1), c.deep, 1.6, 0.7);
  }
}

const motifs: Record<SeedArt['motif'], (ctx: Ctx) => Art> = {
  tee(ctx) {
    const { c } = ctx;
    const sil = `<path d="M522 286 C552 330 648 330 678 286 L800 318 C860 340 920 400 968 462 L892 566 C860 545 835 525 810 508 L820 902 C680 914 520 914 380 902 L390 508 C365 525 340 545 308 566 L232 462 C280 400 340 340 400 318 Z"/>`;
    const pocket = has(ctx, 'pocket')
      ? `<rect x="662" y="418" width="104" height="118" rx="6" fill="${c.base}" stroke="${c.shade}" stroke-width="3"/>
         <rect x="662" y="418" width="104" height="16" rx="3" fill="${c.shade}" opacity="0.35"/>
         ${stitch('M672 446 L672 524 L756 524 L756 446', c, 0.55, 2)}`
      : '';
    const body = `${fillSil(sil, c.base)}
      <g ${CLIP}>
        <path d="M400 318 C340 340 280 400 232 462 L308 566 C340 545 365 525 390 508 C400 450 408 380 400 318 Z" fill="${c.shade}" opacity="0.35"/>
        <path d="M800 318 C860 340 920 400 968 462 L892 566 C860 545 835 525 810 508 C800 450 792 380 800 318 Z" fill="${c.shade}" opacity="0.5"/>
        <path d="M392 560 C470 640 520 760 548 920 L470 920 C462 790 432 680 392 610 Z" fill="${c.shade}" opacity="0.22"/>
        <path d="M690 360 C740 500 760 700 742 920 L812 920 C820 700 800 500 752 350 Z" fill="${c.shade}" opacity="0.2"/>
        <path d="M560 420 C600 520 610 700 600 860" fill="none" stroke="${c.light}" stroke-width="26" opacity="0.25" stroke-linecap="round"/>
      </g>
      <path d="M522 286 Q600 262 678 286 C648 330 552 330 522 286 Z" fill="${c.deep}"/>
      <path d="M506 282 C540 346 660 346 694 282 L678 286 C648 330 552 330 522 286 Z" fill="${c.light}" stroke="${c.shade}" stroke-width="2"/>
      ${seam('M400 318 C410 390 402 450 390 508', c.shade)}
      ${seam('M800 318 C790 390 798 450 810 508', c.shade)}
      ${stitch('M386 878 C520 890 680 890 814 878', c)}
      ${stitch('M250 452 L324 556', c)}
      ${stitch('M950 452 L876 556', c)}
      ${pocket}`;
    return { kind: 'flat', silhouette: sil, body, focus: has(ctx, 'pocket') ? [660, 420] : [600, 360] };
  },

  sweater(ctx) {
    const { c } = ctx;
    const cardigan = has(ctx, 'cardigan');
    const sweatshirt = has(ctx, 'sweatshirt');
    const chunky = has(ctx, 'rib');
    const sil = `<path d="M530 282 C560 322 640 322 670 282 L808 316 C870 336 900 420 918 520 L950 776 L872 794 L815 470 L818 858 L810 926 L390 926 L382 858 L385 470 L328 794 L250 776 L282 520 C300 420 330 336 392 316 Z"/>`;
    const collar = `<path d="M512 276 C548 348 652 348 688 276 L670 282 C640 322 560 322 530 282 Z"/>`;
    const hem = `<path d="M382 858 L818 858 L810 926 L390 926 Z"/>`;
    const cuffL = `M259 712 L250 776 L328 794 L339 730 Z`;
    const cuffR = `M${mx(259)} 712 L${mx(250)} 776 L${mx(328)} 794 L${mx(339)} 730 Z`;
    let neck = `<path d="M530 282 Q600 258 670 282 C640 322 560 322 530 282 Z" fill="${c.deep}"/>
      <path d="M512 276 C548 348 652 348 688 276 L670 282 C640 322 560 322 530 282 Z" fill="${c.base}"/>
      ${ctx.tex('rib', collar, [500, 270, 700, 350])}
      <path d="M512 276 C548 348 652 348 688 276 L670 282 C640 322 560 322 530 282 Z" fill="none" stroke="${c.shade}" stroke-width="2"/>`;
    let extra = '';
    if (sweatshirt) {
      neck += `<path d="M586 326 L614 326 L600 352 Z" fill="${c.shade}"/>${ctx.tex('rib', '<path d="M586 326 L614 326 L600 352 Z"/>', [580, 320, 620, 356])}`;
    }
    if (cardigan) {
      neck = `<path d="M530 282 Q600 262 670 282 L604 560 L596 560 Z" fill="${c.deep}"/>`;
      const buttons = [600, 668, 736, 804, 872]
        .map(
          (y) =>
            `<circle cx="600" cy="${y}" r="10" fill="${mix(c.base, '#3B2A1E', 0.7)}"/><circle cx="597" cy="${y - 3}" r="3" fill="#FFFFFF" opacity="0.25"/>`,
        )
        .join('');
      extra = `<path d="M530 282 L600 570 L600 926" fill="none" stroke="${c.base}" stroke-width="30"/>
        <path d="M670 282 L600 570" fill="none" stroke="${c.base}" stroke-width="30"/>
        ${seam('M515 282 L585 570 L585 858', c.shade, 0.7, 2.5)}${seam('M685 282 L615 570', c.shade, 0.7, 2.5)}
        ${buttons}
        <rect x="432" y="690" width="112" height="118" rx="8" fill="${c.base}" stroke="${c.shade}" stroke-width="2.5"/>
        ${ctx.tex('rib', '<rect x="432" y="690" width="112" height="24"/>', [432, 690, 544, 714])}
        <rect x="656" y="690" width="112" height="118" rx="8" fill="${c.base}" stroke="${c.shade}" stroke-width="2.5"/>
        ${ctx.tex('rib', '<rect x="656" y="690" width="112" height="24"/>', [656, 690, 768, 714])}`;
    }
    const body = `${fillSil(sil, c.base)}
      ${sweatshirt ? '' : ctx.tex(chunky ? 'ribWide' : 'knit', sil, [250, 280, 950, 930], chunky ? 0.75 : 0.55)}
      <g ${CLIP}>
        <path d="M392 316 C330 336 300 420 282 520 L250 776 L328 794 L385 470 C395 420 398 360 392 316 Z" fill="${c.shade}" opacity="0.3"/>
        <path d="M808 316 C870 336 900 420 918 520 L950 776 L872 794 L815 470 C805 420 802 360 808 316 Z" fill="${c.shade}" opacity="0.45"/>
        <path d="M388 560 C470 650 520 770 540 930 L460 930 C452 800 428 690 386 620 Z" fill="${c.shade}" opacity="0.22"/>
        <path d="M700 360 C748 500 766 700 748 930 L818 930 C826 700 806 500 760 350 Z" fill="${c.shade}" opacity="0.2"/>
        <path d="M382 858 L818 858 L810 926 L390 926 Z" fill="${c.shade}" opacity="0.35"/>
        ${ctx.tex('rib', hem, [380, 856, 820, 928])}
        <path d="${cuffL}" fill="${c.shade}" opacity="0.35"/>${ctx.tex('rib', `<path d="${cuffL}"/>`, [248, 710, 342, 796])}
        <path d="${cuffR}" fill="${c.shade}" opacity="0.35"/>${ctx.tex('rib', `<path d="${cuffR}"/>`, [858, 710, 952, 796])}
      </g>
      ${seam('M382 858 L818 858', c.deep, 0.35, 2)}
      ${seam('M392 316 C402 380 396 430 385 470', c.shade, 0.6)}
      ${seam('M808 316 C798 380 804 430 815 470', c.shade, 0.6)}
      ${neck}${extra}`;
    return { kind: 'flat', silhouette: sil, body, focus: cardigan ? [600, 560] : [600, 380] };
  },

  jacket(ctx) {
    const { c } = ctx;
    const quilted = has(ctx, 'quilted');
    const sil = `<path d="M528 266 Q600 292 672 266 L812 300 C872 320 900 400 920 500 L950 790 L862 808 L828 500 L832 940 L368 940 L372 500 L338 808 L250 790 L280 500 C300 400 328 320 388 300 Z"/>`;
    const pocket = (x: number, y: number, w: number, h: number) =>
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="${c.base}" stroke="${c.shade}" stroke-width="3"/>
       ${stitch(`M${x + 10} ${y + 20} L${x + 10} ${y + h - 10} L${x + w - 10} ${y + h - 10} L${x + w - 10} ${y + 20}`, c, 0.55, 2)}
       ${seam(`M${x} ${y + 18} L${x + w} ${y + 18}`, c.shade, 0.6, 2)}`;
    const buttonColor = luminance(c.base) < 0.2 ? '#D9CBB0' : mix(c.base, '#2A1E16', 0.65);
    let details: string;
    if (quilted) {
      const snaps = [400, 500, 600, 700, 800, 880]
        .map(
          (y) =>
            `<circle cx="600" cy="${y}" r="9" fill="${c.deep}"/><circle cx="600" cy="${y}" r="4" fill="${STEEL}"/>`,
        )
        .join('');
      details = `${ctx.tex('quilt', sil, [250, 260, 950, 940], 0.9)}
        <path d="M528 266 Q600 244 672 266 C650 318 550 318 528 266 Z" fill="${c.deep}"/>
        <path d="M528 266 C550 318 650 318 672 266" fill="none" stroke="${c.deep}" stroke-width="12"/>
        ${seam('M600 312 L600 940', c.deep, 0.8, 5)}${snaps}
        <path d="M368 920 L832 920" stroke="${c.deep}" stroke-width="16" opacity="0.8"/>
        ${seam('M338 808 L250 790', c.deep, 0.8, 12)}${seam('M862 808 L950 790', c.deep, 0.8, 12)}`;
    } else {
      const buttons = [440, 560, 680, 800]
        .map(
          (y) =>
            `<circle cx="620" cy="${y}" r="11" fill="${buttonColor}"/><circle cx="617" cy="${y - 3}" r="3.5" fill="#FFFFFF" opacity="0.3"/>`,
        )
        .join('');
      details = `<path d="M528 266 Q600 240 672 266 L600 310 Z" fill="${c.deep}"/>
        ${pocket(420, 420, 120, 124)}${pocket(404, 690, 156, 160)}${pocket(640, 690, 156, 160)}
        ${seam('M600 306 L600 940', c.deep, 0.7, 3)}${stitch('M612 310 L612 932', c, 0.5, 2)}
        ${buttons}
        <path d="M528 266 L452 338 L572 404 L600 306 Z" fill="${c.base}" stroke="${c.shade}" stroke-width="3" stroke-linejoin="round"/>
        <path d="M672 266 L748 338 L628 404 L600 306 Z" fill="${c.base}" stroke="${c.shade}" stroke-width="3" stroke-linejoin="round"/>
        <path d="M672 266 L748 338 L628 404 L600 306 Z" fill="${c.shade}" opacity="0.3"/>
        ${stitch('M470 338 L566 388', c, 0.5, 2)}${stitch('M730 338 L634 388', c, 0.5, 2)}
        ${stitch('M380 916 L820 916', c, 0.5, 2)}`;
    }
    const body = `${fillSil(sil, c.base)}
      <g ${CLIP}>
        <path d="M388 300 C328 320 300 400 280 500 L250 790 L338 808 L372 500 C382 440 392 360 388 300 Z" fill="${c.shade}" opacity="0.3"/>
        <path d="M812 300 C872 320 900 400 920 500 L950 790 L862 808 L828 500 C818 440 808 360 812 300 Z" fill="${c.shade}" opacity="0.45"/>
        <path d="M372 560 C450 660 500 780 520 940 L440 940 C432 820 410 700 372 620 Z" fill="${c.shade}" opacity="0.22"/>
        <path d="M700 330 C760 480 776 720 760 940 L832 940 C840 700 820 480 770 320 Z" fill="${c.shade}" opacity="0.2"/>
        ${
          quilted
            ? ''
            : `<path d="M470 360 C520 420 540 520 530 620" fill="none" stroke="${c.light}" stroke-width="14" opacity="0.2" stroke-linecap="round"/>
        <path d="M760 420 C780 520 790 640 780 760" fill="none" stroke="${c.light}" stroke-width="10" opacity="0.18" stroke-linecap="round"/>`
        }
      </g>
      ${seam('M388 300 C398 380 384 440 372 500', c.shade, 0.6)}${seam('M812 300 C802 380 816 440 828 500', c.shade, 0.6)}
      ${details}`;
    return { kind: 'flat', silhouette: sil, body, focus: quilted ? [600, 420] : [560, 460] };
  },

  trousers(ctx) {
    const { c } = ctx;
    const wide = has(ctx, 'wide');
    const [ol, il, ir, or] = wide ? [342, 584, 616, 858] : [404, 582, 618, 796];
    const sil = `<path d="M430 248 L770 248 L${or} 952 L${ir} 952 L600 504 L${il} 952 L${ol} 952 Z"/>`;
    const loops = wide
      ? ''
      : [468, 560, 640, 732]
          .map(
            (x) =>
              `<rect x="${x - 7}" y="242" width="14" height="60" rx="4" fill="${c.base}" stroke="${c.shade}" stroke-width="2"/>`,
          )
          .join('');
    const waist = wide
      ? `<rect x="430" y="248" width="340" height="56" fill="${c.shade}" opacity="0.25"/>
         ${Array.from({ length: 22 }, (_, i) => seam(`M${440 + i * 15} 256 L${444 + i * 15} 296`, c.shade, 0.45, 2)).join('')}
         <path d="M594 300 C580 360 560 390 548 430 M606 300 C622 360 646 380 660 420" fill="none" stroke="${PAPER}" stroke-width="7" stroke-linecap="round"/>
         <circle cx="594" cy="300" r="5" fill="${c.deep}"/><circle cx="606" cy="300" r="5" fill="${c.deep}"/>`
      : `<rect x="430" y="248" width="340" height="52" fill="${c.shade}" opacity="0.2"/>
         ${seam('M430 300 L770 300', c.shade, 0.6, 2.5)}
         <circle cx="614" cy="274" r="8" fill="${mix(c.base, '#2A1E16', 0.6)}"/>
         ${stitch('M616 302 L616 440 Q616 474 582 486', c, 0.6, 2.2)}`;
    const body = `${fillSil(sil, c.base)}
      <g ${CLIP}>
        <path d="M600 504 L${ir} 952 L${or} 952 L770 248 L700 248 C690 420 660 480 600 504 Z" fill="${c.shade}" opacity="0.28"/>
        <path d="M${(ol + il) / 2 - 8} 430 L${(ol + il) / 2 - 18} 952" stroke="${c.shade}" stroke-width="4" opacity="0.45"/>
        <path d="M${(ir + or) / 2 + 8} 430 L${(ir + or) / 2 + 18} 952" stroke="${c.shade}" stroke-width="4" opacity="0.45"/>
        <path d="M${ol + 40} 520 C${ol + 70} 640 ${ol + 60} 800 ${ol + 50} 952" fill="none" stroke="${c.light}" stroke-width="18" opacity="0.22" stroke-linecap="round"/>
        ${stitch(`M${ol} 926 L${il} 926`, c, 0.5, 2)}${stitch(`M${ir} 926 L${or} 926`, c, 0.5, 2)}
      </g>
      ${seam('M486 302 C492 360 470 400 436 420', c.shade, 0.65, 3)}${seam('M714 302 C708 360 730 400 764 420', c.shade, 0.65, 3)}
      ${waist}${loops}`;
    return { kind: 'flat', silhouette: sil, body, focus: [600, 340] };
  },

  scarf(ctx) {
    const { c } = ctx;
    const sil = `<rect x="360" y="300" width="480" height="420" rx="12"/><path d="M420 700 L600 700 L604 900 L424 900 Z"/><path d="M628 700 L780 700 L784 840 L632 840 Z"/>`;
    const fringe = (x0: number, x1: number, y: number, len: number) =>
      Array.from({ length: Math.floor((x1 - x0) / 11) }, (_, i) => {
        const x = x0 + 6 + i * 11;
        const wob = ((i * 37) % 7) - 3;
        return `<path d="M${x} ${y} Q${x + wob} ${y + len / 2} ${x + wob * 1.5} ${y + len}" fill="none" stroke="${c.base}" stroke-width="5" stroke-linecap="round"/>`;
      }).join('');
    const body = `${fringe(424, 604, 896, 70)}${fringe(632, 784, 836, 56)}
      ${fillSil(sil, c.base)}
      ${ctx.tex('ribFine', sil, [360, 300, 840, 900], 0.5)}
      <g ${CLIP}>
        <rect x="360" y="300" width="480" height="140" fill="${c.light}" opacity="0.18"/>
        <rect x="360" y="430" width="480" height="16" fill="${c.shade}" opacity="0.35"/>
        <rect x="360" y="580" width="480" height="16" fill="${c.shade}" opacity="0.3"/>
        <rect x="360" y="596" width="480" height="124" fill="${c.shade}" opacity="0.14"/>
        <path d="M628 700 L780 700 L784 840 L632 840 Z" fill="${c.shade}" opacity="0.3"/>
        <rect x="420" y="700" width="184" height="26" fill="${c.deep}" opacity="0.25"/>
        <rect x="360" y="300" width="18" height="420" fill="${c.shade}" opacity="0.35"/>
        <rect x="822" y="300" width="18" height="420" fill="${c.shade}" opacity="0.35"/>
      </g>`;
    return { kind: 'flat', silhouette: sil, body, focus: [520, 820] };
  },

  beanie(ctx) {
    const { c } = ctx;
    const sil = `<path d="M392 650 C388 420 470 292 600 292 C730 292 812 420 808 650 Z"/><path d="M370 612 Q600 588 830 612 L840 792 Q600 818 360 792 Z"/>`;
    const ribs = Array.from({ length: 9 }, (_, i) => {
      const k = i - 4;
      return `<path d="M${600 + k * 48} 640 Q${600 + k * 42} 430 ${600 + k * 8} 300" fill="none" stroke="${c.line}" stroke-width="3" opacity="0.3"/>`;
    }).join('');
    const body = `${fillSil(sil, c.base)}
      <g ${CLIP}>
        ${ribs}
        <path d="M640 300 C760 330 812 470 810 650 L700 650 C720 520 700 380 640 300 Z" fill="${c.shade}" opacity="0.35"/>
        <path d="M470 380 C440 450 430 520 432 600" fill="none" stroke="${c.light}" stroke-width="22" opacity="0.3" stroke-linecap="round"/>
      </g>
      <path d="M370 612 Q600 588 830 612 L840 792 Q600 818 360 792 Z" fill="${c.base}"/>
      ${ctx.tex('ribWide', '<path d="M370 612 Q600 588 830 612 L840 792 Q600 818 360 792 Z"/>', [360, 590, 840, 820])}
      <path d="M700 602 Q780 606 830 612 L840 792 Q790 800 710 806 Z" fill="${c.shade}" opacity="0.35"/>
      <path d="M370 612 Q600 588 830 612" fill="none" stroke="${c.shade}" stroke-width="4" opacity="0.6"/>
      <rect x="556" y="668" width="88" height="44" rx="3" fill="${PAPER}"/>
      <rect x="576" y="686" width="48" height="7" rx="3" fill="${c.deep}" opacity="0.55"/>`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [600, 640],
      ground: { cx: 600, cy: 800, rx: 270 },
    };
  },

  sock(ctx) {
    const { c } = ctx;
    const slouchy = has(ctx, 'lounge');
    const sil = `<path d="M470 200 L650 200 L650 600 C652 650 690 672 750 680 L860 694 C940 704 960 800 905 836 C885 848 860 852 830 852 L560 852 C480 852 440 800 448 730 C452 690 470 640 470 600 Z"/>`;
    const patch = slouchy ? c.shade : c.deep;
    const folds = slouchy
      ? [330, 400, 470]
          .map(
            (y, i) =>
              `<path d="M470 ${y} Q560 ${y + 22 - i * 4} 650 ${y - 4}" fill="none" stroke="${c.shade}" stroke-width="8" opacity="0.45" stroke-linecap="round"/>`,
          )
          .join('')
      : `<rect x="470" y="318" width="180" height="16" fill="${c.deep}" opacity="0.7"/><rect x="470" y="344" width="180" height="8" fill="${c.deep}" opacity="0.5"/>`;
    const body = `${fillSil(sil, c.base)}
      ${ctx.tex(slouchy ? 'ribWide' : 'knit', sil, [440, 200, 960, 856], 0.45)}
      <g ${CLIP}>
        <rect x="470" y="200" width="180" height="96" fill="${c.shade}" opacity="0.3"/>
        ${ctx.tex('rib', '<rect x="470" y="200" width="180" height="96"/>', [470, 200, 650, 296])}
        ${folds}
        <path d="M448 730 C452 690 470 650 478 638 C530 680 566 760 566 852 L560 852 C480 852 440 800 448 730 Z" fill="${patch}"/>
        <path d="M830 852 C860 852 885 848 905 836 C960 800 940 704 860 694 C832 740 822 800 830 852 Z" fill="${patch}"/>
        <path d="M560 852 L830 852 L830 830 L560 830 Z" fill="${c.shade}" opacity="0.3"/>
        <path d="M600 220 L600 600" stroke="${c.light}" stroke-width="20" opacity="0.18" stroke-linecap="round"/>
      </g>`;
    return { kind: 'flat', silhouette: sil, body, focus: [540, 740] };
  },

  mug(ctx) {
    const { c } = ctx;
    const tea = ctx.product.tags.includes('tea');
    const sil = `<path d="M420 440 L430 800 C432 832 460 850 495 850 L685 850 C720 850 748 832 750 800 L760 440 Z"/>`;
    const handle = tea
      ? ''
      : `<path d="M754 520 C860 496 896 560 884 640 C874 712 820 744 750 738" fill="none" stroke="${c.base}" stroke-width="40" stroke-linecap="round"/>
         <path d="M754 520 C860 496 896 560 884 640 C874 712 820 744 750 738" fill="none" stroke="${c.shade}" stroke-width="40" stroke-linecap="round" opacity="0.35"/>
         <path d="M770 540 C846 526 868 570 860 636" fill="none" stroke="${c.light}" stroke-width="8" stroke-linecap="round" opacity="0.35"/>`;
    const liquid = tea
      ? `<ellipse cx="590" cy="452" rx="154" ry="26" fill="#9A6332"/><ellipse cx="560" cy="448" rx="60" ry="8" fill="#C98E55" opacity="0.5"/>
         ${[540, 600, 650].map((x, i) => `<path d="M${x} ${400 - i * 8} C${x - 24} ${360 - i * 8} ${x + 24} ${330 - i * 8} ${x} ${290 - i * 8}" fill="none" stroke="#FFFFFF" stroke-width="9" stroke-linecap="round" opacity="${0.5 - i * 0.08}"/>`).join('')}`
      : '';
    const speckled = ctx.colorKey === 'speckled';
    const body = `${handle}${fillSil(sil, c.base)}
      <g ${CLIP}>
        <path d="M668 430 L780 430 L780 900 L676 900 C690 740 690 560 668 430 Z" fill="${c.shade}" opacity="0.45"/>
        <path d="M400 786 C460 774 500 800 560 788 C620 776 680 802 780 784 L780 900 L400 900 Z" fill="${CLAY}"/>
        <path d="M676 780 L780 780 L780 900 L680 900 Z" fill="#3A2A1E" opacity="0.12"/>
        <path d="M400 786 C460 774 500 800 560 788 C620 776 680 802 780 784" fill="none" stroke="${c.deep}" stroke-width="5" opacity="0.35"/>
        <path d="M462 480 C458 580 462 680 474 760" fill="none" stroke="#FFFFFF" stroke-width="18" stroke-linecap="round" opacity="0.22"/>
      </g>
      ${speckles(ctx, [400, 430, 780, 860], speckled ? 260 : 60, '#4A3B30', speckled ? 0.55 : 0.25)}
      <ellipse cx="590" cy="440" rx="170" ry="34" fill="${c.deep}"/>
      <ellipse cx="590" cy="446" rx="156" ry="26" fill="${mix(c.deep, '#000000', 0.15)}"/>
      ${liquid}
      <ellipse cx="590" cy="440" rx="170" ry="34" fill="none" stroke="${c.light}" stroke-width="6"/>`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: tea ? [590, 440] : [740, 600],
      ground: { cx: 600, cy: 850, rx: 240 },
    };
  },

  bowl(ctx) {
    const { c } = ctx;
    const sil = `<path d="M300 520 C310 650 420 760 520 782 L680 782 C780 760 890 650 900 520 Z"/><rect x="516" y="770" width="168" height="30" rx="6"/>`;
    const speckled = ctx.colorKey === 'speckled';
    const body = `${fillSil(sil, c.base)}
      <g ${CLIP}>
        <rect x="280" y="760" width="640" height="60" fill="${CLAY}"/>
        <path d="M300 520 C310 650 420 760 520 782 L540 782 C460 740 380 650 360 520 Z" fill="#FFFFFF" opacity="0.16"/>
        <path d="M900 520 C890 650 780 760 680 782 L640 782 C740 740 820 650 830 520 Z" fill="${c.shade}" opacity="0.45"/>
      </g>
      ${speckles(ctx, [290, 500, 910, 800], speckled ? 320 : 80, '#4A3B30', speckled ? 0.55 : 0.25)}
      <ellipse cx="600" cy="520" rx="300" ry="72" fill="${c.shade}"/>
      <ellipse cx="600" cy="530" rx="284" ry="60" fill="${mix(c.base, c.shade, 0.6)}"/>
      <ellipse cx="620" cy="548" rx="170" ry="32" fill="${c.light}" opacity="0.35"/>
      <g>${speckles(ctx, [320, 470, 880, 590], speckled ? 120 : 30, '#4A3B30', speckled ? 0.45 : 0.2).replace(CLIP, '')}</g>
      <ellipse cx="600" cy="520" rx="300" ry="72" fill="none" stroke="${c.light}" stroke-width="7"/>`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [720, 560],
      ground: { cx: 600, cy: 796, rx: 260 },
      scale: 1.2,
    };
  },

  plate(ctx) {
    const { c } = ctx;
    const sil = `<circle cx="690" cy="520" r="330"/><circle cx="560" cy="650" r="330"/>`;
    const plate = (cx: number, cy: number, back: boolean) => `
      <circle cx="${cx}" cy="${cy}" r="330" fill="${back ? c.shade : c.base}"/>
      <circle cx="${cx}" cy="${cy}" r="322" fill="none" stroke="${c.light}" stroke-width="6" opacity="0.7"/>
      <circle cx="${cx}" cy="${cy}" r="236" fill="${mix(c.base, c.shade, back ? 1 : 0.35)}"/>
      <circle cx="${cx}" cy="${cy}" r="236" fill="none" stroke="${c.shade}" stroke-width="10" opacity="0.45"/>
      <circle cx="${cx + 6}" cy="${cy + 8}" r="226" fill="none" stroke="${c.light}" stroke-width="5" opacity="0.5"/>`;
    const body = `${plate(690, 520, true)}
      ${softShadow('<circle cx="566" cy="666" r="330"/>', c.deep, 0.5)}
      ${plate(560, 650, false)}
      <path d="M330 560 A250 250 0 0 1 470 380" fill="none" stroke="#FFFFFF" stroke-width="14" stroke-linecap="round" opacity="0.28"/>
      ${speckles(ctx, [230, 190, 1020, 980], ctx.colorKey === 'speckled' ? 300 : 90, '#4A3B30', 0.22)}`;
    return { kind: 'flat', silhouette: sil, body, focus: [440, 500] };
  },

  vase(ctx) {
    const { c } = ctx;
    const sil = `<path d="M562 330 L638 330 L632 346 C628 420 640 450 690 480 C790 540 804 720 742 820 Q722 852 680 852 L520 852 Q478 852 458 820 C396 720 410 540 510 480 C560 450 572 420 568 346 Z"/>`;
    const green = '#6F7F55';
    const leaves = [
      [612, 262, -35],
      [628, 214, 30],
      [640, 172, -40],
      [655, 130, 25],
      [598, 300, 40],
    ]
      .map(
        ([x, y, r]) =>
          `<ellipse cx="${x}" cy="${y}" rx="30" ry="11" fill="${green}" transform="rotate(${r} ${x} ${y})"/>`,
      )
      .join('');
    const speckled = ctx.colorKey === 'speckled';
    const body = `<path d="M600 340 C604 270 630 200 668 110" fill="none" stroke="${green}" stroke-width="7" stroke-linecap="round"/>
      ${leaves}
      <circle cx="670" cy="104" r="16" fill="#E9C46A"/><circle cx="670" cy="104" r="7" fill="#C9893A"/>
      ${fillSil(sil, c.base)}
      <g ${CLIP}>
        <path d="M420 790 C500 776 560 800 620 786 C680 774 740 800 800 786 L800 900 L400 900 Z" fill="${CLAY}"/>
        <path d="M640 330 L760 330 L760 900 L690 900 C740 760 760 560 660 480 C640 450 640 400 640 330 Z" fill="${c.shade}" opacity="0.45"/>
        <path d="M486 560 C462 620 466 700 490 760" fill="none" stroke="#FFFFFF" stroke-width="20" stroke-linecap="round" opacity="0.22"/>
      </g>
      ${speckles(ctx, [400, 330, 800, 860], speckled ? 160 : 50, '#4A3B30', 0.25)}
      <ellipse cx="600" cy="332" rx="38" ry="9" fill="${c.deep}"/>
      <ellipse cx="600" cy="332" rx="38" ry="9" fill="none" stroke="${c.light}" stroke-width="4"/>`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [600, 420],
      ground: { cx: 600, cy: 852, rx: 200 },
    };
  },

  candle(ctx) {
    const { c } = ctx;
    const sil = `<path d="M440 430 L760 430 L760 820 Q760 852 728 852 L472 852 Q440 852 440 820 Z"/>`;
    const body = `<circle cx="600" cy="380" r="120" fill="url(#glow)"/>
      ${fillSil(sil, c.base)}
      <g ${CLIP}>
        <rect x="440" y="430" width="320" height="70" fill="#FFFFFF" opacity="0.06"/>
        <path d="M680 430 L760 430 L760 860 L680 860 Z" fill="${c.deep}" opacity="0.35"/>
        <rect x="462" y="470" width="22" height="350" rx="11" fill="#FFFFFF" opacity="0.22"/>
        <rect x="496" y="470" width="8" height="350" rx="4" fill="#FFFFFF" opacity="0.12"/>
      </g>
      <rect x="500" y="570" width="200" height="150" rx="4" fill="${PAPER}"/>
      <circle cx="600" cy="608" r="13" fill="none" stroke="${INK}" stroke-width="3" opacity="0.7"/>
      <rect x="540" y="638" width="120" height="9" rx="4" fill="${INK}" opacity="0.7"/>
      <rect x="560" y="660" width="80" height="6" rx="3" fill="${INK}" opacity="0.4"/>
      <rect x="575" y="680" width="50" height="6" rx="3" fill="${INK}" opacity="0.3"/>
      <ellipse cx="600" cy="430" rx="160" ry="30" fill="${c.deep}"/>
      <ellipse cx="600" cy="446" rx="146" ry="22" fill="#F3EBDC"/>
      <ellipse cx="600" cy="446" rx="40" ry="7" fill="#E5D7BF"/>
      <ellipse cx="600" cy="430" rx="160" ry="30" fill="none" stroke="${c.light}" stroke-width="5" opacity="0.8"/>
      <path d="M600 446 L600 414" stroke="${INK}" stroke-width="4" stroke-linecap="round"/>
      <path d="M600 318 C626 360 632 392 600 418 C568 392 574 360 600 318 Z" fill="#F4B548"/>
      <path d="M600 352 C612 376 614 396 600 412 C586 396 588 376 600 352 Z" fill="#FFE7A6"/>`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [600, 450],
      ground: { cx: 600, cy: 852, rx: 210 },
    };
  },

  blanket(ctx) {
    const { c } = ctx;
    // A folded throw seen from the front: three soft folds stacked, fringe at the ends.
    const folds: [number, number, number, number][] = [
      [348, 852, 440, 560],
      [334, 866, 548, 668],
      [342, 858, 656, 776],
    ];
    const fold = ([x0, x1, y0, y1]: [number, number, number, number]) =>
      `<path d="M${x0 + 40} ${y0} L${x1 - 40} ${y0} C${x1 + 6} ${y0} ${x1 + 6} ${y1} ${x1 - 40} ${y1} L${x0 + 40} ${y1} C${x0 - 6} ${y1} ${x0 - 6} ${y0} ${x0 + 40} ${y0} Z"/>`;
    const sil = folds.map(fold).join('');
    const fringe = folds
      .map(([x0, , y0, y1], k) =>
        Array.from({ length: Math.floor((y1 - y0 - 30) / 10) }, (_, i) => {
          const y = y0 + 18 + i * 10;
          const len = 26 + ((i * 7 + k * 3) % 5) * 4;
          return `<path d="M${x0 + 10} ${y} q-${len * 0.6} 4 -${len} ${8 + (i % 3) * 2}" fill="none" stroke="${c.base}" stroke-width="5" stroke-linecap="round"/>`;
        }).join(''),
      )
      .join('');
    const stripes = folds
      .map(
        ([x0, x1, y0, y1]) => `
      <rect x="${x0 + 70}" y="${y0}" width="14" height="${y1 - y0}" fill="${c.deep}" opacity="0.22"/>
      <rect x="${x0 + 92}" y="${y0}" width="5" height="${y1 - y0}" fill="${c.deep}" opacity="0.2"/>
      <rect x="${x1 - 84}" y="${y0}" width="14" height="${y1 - y0}" fill="${c.deep}" opacity="0.22"/>
      <rect x="${x1 - 97}" y="${y0}" width="5" height="${y1 - y0}" fill="${c.deep}" opacity="0.2"/>
      <path d="M${x0 + 30} ${y1 - 16} L${x1 - 30} ${y1 - 16} L${x1 - 30} ${y1} L${x0 + 30} ${y1} Z" fill="${c.shade}" opacity="0.4"/>
      <path d="M${x0 + 40} ${y0 + 10} L${x1 - 60} ${y0 + 10}" stroke="${c.light}" stroke-width="10" stroke-linecap="round" opacity="0.35"/>`,
      )
      .join('');
    const body = `${fringe}${fillSil(sil, c.base)}
      ${ctx.tex('twill', sil, [320, 440, 880, 776], 0.5)}
      <g ${CLIP}>${stripes}
        <rect x="760" y="430" width="130" height="360" fill="${c.shade}" opacity="0.22"/>
      </g>
      ${folds
        .slice(1)
        .map(([x0, x1, y0]) => seam(`M${x0 + 36} ${y0 + 2} L${x1 - 36} ${y0 + 2}`, c.deep, 0.35, 4))
        .join('')}`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [380, 560],
      ground: { cx: 600, cy: 776, rx: 320 },
      scale: 1.1,
    };
  },

  pillow(ctx) {
    const { c } = ctx;
    // Plump square cushion: corners pinched out, sides bowed in by the filling.
    const outline = 'M348 352 Q600 398 852 352 Q812 600 852 848 Q600 808 348 848 Q388 600 348 352 Z';
    const sil = `<path d="${outline}"/>`;
    const crease = (d: string, w: number, o: number) =>
      `<path d="${d}" fill="none" stroke="${c.shade}" stroke-width="${w}" stroke-linecap="round" opacity="${o}"/>`;
    const body = `<radialGradient id="puff" cx="0.42" cy="0.4" r="0.62"><stop offset="0" stop-color="${c.light}" stop-opacity="0.55"/><stop offset="0.55" stop-color="${c.light}" stop-opacity="0.12"/><stop offset="1" stop-color="${c.deep}" stop-opacity="0.35"/></radialGradient>
      ${fillSil(sil, c.base)}
      ${ctx.tex('linen', sil, [340, 340, 860, 860], 0.7)}
      <g ${CLIP}>
        <rect x="330" y="330" width="540" height="540" fill="url(#puff)"/>
        ${crease('M356 362 Q430 420 470 470', 9, 0.5)}${crease('M844 362 Q770 420 730 470', 9, 0.45)}
        ${crease('M356 838 Q430 780 470 730', 9, 0.45)}${crease('M844 838 Q770 780 730 730', 9, 0.55)}
      </g>
      <path d="${outline}" fill="none" stroke="${c.deep}" stroke-width="8" stroke-linejoin="round" opacity="0.4"/>
      ${['348 352', '852 352', '348 848', '852 848'].map((p) => `<circle cx="${p.split(' ')[0]}" cy="${p.split(' ')[1]}" r="5" fill="${c.deep}" opacity="0.5"/>`).join('')}`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [760, 420],
      ground: { cx: 600, cy: 846, rx: 260 },
    };
  },

  notebook(ctx) {
    const { c } = ctx;
    const square = has(ctx, 'sketchbook');
    const [x0, y0, x1, y1] = square ? [370, 370, 830, 830] : [400, 250, 790, 900];
    const sil = `<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" rx="14"/>`;
    const ribbon = '#C7992F';
    const body = `<rect x="${x0 + 12}" y="${y0 + 10}" width="${x1 - x0}" height="${y1 - y0}" rx="14" fill="${PAPER}"/>
      ${Array.from({ length: 5 }, (_, i) => `<path d="M${x1 + 4} ${y0 + 30} L${x1 + 4} ${y1 - 10}" transform="translate(${i * 1.8} 0)" stroke="${mix(PAPER, '#000000', 0.12)}" stroke-width="1" opacity="0.6"/>`).join('')}
      ${square ? '' : `<path d="M588 ${y1 - 6} L612 ${y1 - 6} L614 ${y1 + 92} L600 ${y1 + 76} L586 ${y1 + 92} Z" fill="${ribbon}"/>`}
      ${fillSil(sil, c.base)}
      ${ctx.tex('linen', sil, [x0, y0, x1, y1], 0.55)}
      <g ${CLIP}>
        <rect x="${x0}" y="${y0}" width="40" height="${y1 - y0}" fill="${c.shade}" opacity="0.55"/>
        <rect x="${x0 + 40}" y="${y0}" width="4" height="${y1 - y0}" fill="${c.deep}" opacity="0.3"/>
        <rect x="${x1 - 90}" y="${y0}" width="90" height="${y1 - y0}" fill="${c.shade}" opacity="0.16"/>
      </g>
      ${
        square
          ? `<rect x="520" y="540" width="190" height="84" rx="4" fill="${PAPER}"/><rect x="548" y="572" width="134" height="9" rx="4" fill="${INK}" opacity="0.6"/><rect x="568" y="592" width="94" height="6" rx="3" fill="${INK}" opacity="0.35"/>`
          : `<rect x="${x1 - 60}" y="${y0}" width="16" height="${y1 - y0}" fill="${mix(c.deep, '#000000', 0.3)}"/>
           <circle cx="605" cy="420" r="38" fill="none" stroke="${c.shade}" stroke-width="4"/>
           <path d="M605 396 C622 410 622 432 605 446 C588 432 588 410 605 396 Z" fill="${c.shade}"/>`
      }`;
    return {
      kind: 'flat',
      silhouette: sil,
      body,
      focus: square ? [560, 560] : [700, 300],
      transform: 'rotate(-6 600 600)',
      scale: square ? 1.2 : 1.08,
    };
  },

  pen(ctx) {
    const { c } = ctx;
    const sil = `<rect x="330" y="570" width="500" height="60" rx="30"/><rect x="800" y="574" width="110" height="52" rx="22"/><path d="M250 580 L340 578 L340 622 L250 620 Z"/><path d="M250 582 L200 598 L200 602 L250 618 Z"/>`;
    const body = `${fillSil(sil, 'url(#metal)')}
      ${ctx.tex('knurl', '<rect x="250" y="580" width="90" height="40"/>', [250, 580, 340, 620])}
      <path d="M250 582 L200 598 L200 602 L250 618 Z" fill="${STEEL}"/>
      <circle cx="200" cy="600" r="4" fill="${INK}"/>
      <rect x="820" y="574" width="4" height="52" fill="${c.deep}" opacity="0.6"/>
      <path d="M700 560 L880 560 Q896 560 896 574 L896 580 L700 572 Z" fill="${mix(c.base, '#FFFFFF', 0.1)}" stroke="${c.deep}" stroke-width="2"/>
      <rect x="340" y="578" width="480" height="10" rx="5" fill="#FFFFFF" opacity="0.35"/>`;
    return {
      kind: 'flat',
      silhouette: sil,
      body,
      focus: [440, 760],
      transform: 'rotate(-34 600 600) translate(30 0) scale(1.1)',
    };
  },

  tote(ctx) {
    const { c } = ctx;
    const sil = `<path d="M390 470 L810 470 L832 920 Q832 936 816 936 L384 936 Q368 936 368 920 Z"/>`;
    const strap = (d: string, color: string) =>
      `<path d="${d}" fill="none" stroke="${color}" stroke-width="34" stroke-linecap="butt"/>`;
    const body = `${strap('M500 470 C500 250 700 250 700 470', c.shade)}
      ${strap('M480 520 C470 210 730 210 720 520', c.base)}
      ${stitch('M468 500 C462 230 738 230 732 500', c, 0.4, 2)}
      <rect x="394" y="456" width="412" height="16" fill="${c.deep}"/>
      ${fillSil(sil, c.base)}
      ${ctx.tex('canvas', sil, [368, 470, 832, 936], 0.6)}
      <g ${CLIP}>
        <rect x="360" y="470" width="480" height="44" fill="${c.shade}" opacity="0.25"/>
        <path d="M700 470 L820 470 L840 940 L730 940 C760 780 740 600 700 470 Z" fill="${c.shade}" opacity="0.35"/>
        <path d="M430 560 C420 680 424 800 440 900" fill="none" stroke="#FFFFFF" stroke-width="18" opacity="0.16" stroke-linecap="round"/>
      </g>
      ${stitch('M392 510 L808 510', c, 0.5, 2)}
      ${strap('M480 470 L480 580', c.base)}${strap('M720 470 L720 580', c.base)}
      <rect x="463" y="520" width="34" height="44" fill="none" stroke="${c.line}" stroke-width="2" opacity="0.55"/><path d="M463 520 L497 564 M497 520 L463 564" stroke="${c.line}" stroke-width="2" opacity="0.55"/>
      <rect x="703" y="520" width="34" height="44" fill="none" stroke="${c.line}" stroke-width="2" opacity="0.55"/><path d="M703 520 L737 564 M737 520 L703 564" stroke="${c.line}" stroke-width="2" opacity="0.55"/>
      <rect x="760" y="860" width="46" height="28" rx="3" fill="${PAPER}"/>`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [480, 520],
      ground: { cx: 600, cy: 936, rx: 260 },
    };
  },

  backpack(ctx) {
    const { c } = ctx;
    const sil = `<path d="M400 440 Q400 360 480 360 L720 360 Q800 360 800 440 L800 900 Q800 932 768 932 L432 932 Q400 932 400 900 Z"/><rect x="408" y="290" width="384" height="110" rx="36"/>`;
    const buckle = (x: number) =>
      `<rect x="${x - 24}" y="632" width="48" height="34" rx="5" fill="none" stroke="${BRASS}" stroke-width="6"/><rect x="${x - 3}" y="634" width="6" height="30" fill="${BRASS}"/>`;
    const body = `<path d="M560 296 C560 236 640 236 640 296" fill="none" stroke="${LEATHER}" stroke-width="16" stroke-linecap="round"/>
      ${fillSil(sil, c.base)}
      ${ctx.tex('canvas', sil, [400, 290, 800, 932], 0.5)}
      <g ${CLIP}>
        <rect x="408" y="290" width="384" height="110" fill="${c.shade}" opacity="0.45"/>
        <path d="M420 326 L780 326 M420 360 L780 360" stroke="${c.deep}" stroke-width="4" opacity="0.5"/>
        <path d="M700 360 L800 360 L800 940 L730 940 C760 760 750 520 700 360 Z" fill="${c.shade}" opacity="0.35"/>
        <rect x="400" y="868" width="400" height="70" fill="${LEATHER}"/>
        <path d="M440 450 C430 560 432 700 440 820" fill="none" stroke="#FFFFFF" stroke-width="16" opacity="0.15" stroke-linecap="round"/>
      </g>
      <rect x="452" y="600" width="296" height="250" rx="36" fill="${c.base}" stroke="${c.shade}" stroke-width="4"/>
      ${ctx.tex('canvas', '<rect x="452" y="600" width="296" height="250" rx="36"/>', [452, 600, 748, 850], 0.5)}
      ${stitch('M470 640 L470 814 Q470 834 490 834 L710 834 Q730 834 730 814 L730 640', c, 0.5, 2)}
      <rect x="506" y="330" width="28" height="380" rx="5" fill="${LEATHER}"/>
      <rect x="666" y="330" width="28" height="380" rx="5" fill="${LEATHER}"/>
      ${buckle(520)}${buckle(680)}
      ${stitch('M406 874 L794 874', { ...c, line: '#E7D3B8' }, 0.6, 2)}`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [600, 620],
      ground: { cx: 600, cy: 932, rx: 250 },
    };
  },

  wallet(ctx) {
    const { c } = ctx;
    const card = has(ctx, 'card');
    const [x0, y0, x1, y1, r] = card ? [400, 470, 800, 730, 22] : [360, 420, 840, 780, 34];
    const sil = `<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" rx="${r}"/>`;
    const cardColor = '#E9E2D3';
    const body = `${
      card
        ? `<rect x="470" y="430" width="260" height="120" rx="10" fill="${cardColor}"/><rect x="490" y="452" width="60" height="12" rx="4" fill="#C9B27A"/>`
        : `<rect x="560" y="384" width="230" height="90" rx="10" fill="${cardColor}"/><rect x="580" y="402" width="60" height="12" rx="4" fill="#C9B27A"/>`
    }
      ${fillSil(sil, c.base)}
      ${ctx.tex('grain', sil, [x0, y0, x1, y1], 0.7)}
      <g ${CLIP}>
        ${card ? '' : `<rect x="${x0}" y="${y0}" width="46" height="${y1 - y0}" fill="${c.shade}" opacity="0.45"/>`}
        <rect x="${x0}" y="${(y0 + y1) / 2 + 40}" width="${x1 - x0}" height="${(y1 - y0) / 2}" fill="${c.shade}" opacity="0.18"/>
        <rect x="${x0 + 30}" y="${y0 + 24}" width="${(x1 - x0) * 0.45}" height="14" rx="7" fill="#FFFFFF" opacity="0.14"/>
      </g>
      ${card ? seam('M490 518 Q600 548 710 518', c.deep, 0.8, 5) : ''}
      <rect x="${x0 + 16}" y="${y0 + 16}" width="${x1 - x0 - 32}" height="${y1 - y0 - 32}" rx="${r - 12}" fill="none" stroke="${mix(c.base, '#F3E6CF', 0.55)}" stroke-width="2.6" stroke-dasharray="8 6" opacity="0.8"/>
      <rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" rx="${r}" fill="none" stroke="${c.deep}" stroke-width="5"/>
      <circle cx="${x1 - 46}" cy="${y1 - 46}" r="14" fill="none" stroke="${c.deep}" stroke-width="3" opacity="0.6"/>`;
    return {
      kind: 'flat',
      silhouette: sil,
      body,
      focus: card ? [600, 500] : [440, 450],
      transform: 'rotate(-8 600 600)',
      scale: card ? 1.4 : 1.18,
    };
  },

  bottle(ctx) {
    const { c } = ctx;
    const sil = `<path d="M480 420 C480 350 520 318 560 312 L640 312 C680 318 720 350 720 420 L720 880 Q720 912 688 912 L512 912 Q480 912 480 880 Z"/>`;
    const bamboo = '#C9A26B';
    const body = `<rect x="536" y="270" width="128" height="50" fill="url(#steel)"/>
      <rect x="524" y="196" width="152" height="82" rx="16" fill="${bamboo}"/>
      ${[214, 232, 250, 264].map((y, i) => `<path d="M532 ${y} Q600 ${y + (i % 2 ? 4 : -4)} 668 ${y}" fill="none" stroke="#A98050" stroke-width="2" opacity="0.6"/>`).join('')}
      <rect x="524" y="196" width="40" height="82" rx="16" fill="#FFFFFF" opacity="0.15"/>
      ${fillSil(sil, c.base)}
      <g ${CLIP}>
        <path d="M650 300 L730 300 L730 920 L660 920 C676 700 676 500 650 300 Z" fill="${c.shade}" opacity="0.45"/>
        <rect x="512" y="380" width="26" height="480" rx="13" fill="#FFFFFF" opacity="0.22"/>
        <rect x="470" y="868" width="260" height="8" fill="${c.deep}" opacity="0.3"/>
      </g>
      <circle cx="600" cy="620" r="22" fill="none" stroke="${c.line}" stroke-width="3" opacity="0.6"/>
      <path d="M600 604 C612 612 612 628 600 636 C588 628 588 612 600 604 Z" fill="${c.line}" opacity="0.6"/>`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [600, 300],
      ground: { cx: 600, cy: 912, rx: 160 },
    };
  },

  cap(ctx) {
    const { c } = ctx;
    const sil = `<path d="M320 660 C318 450 450 330 610 330 C770 330 870 450 872 620 L872 660 Z"/><path d="M640 626 C760 600 950 606 1010 676 C1000 724 880 730 760 710 C700 700 650 670 640 626 Z"/>`;
    const body = `${fillSil(sil, c.base)}
      ${ctx.tex('canvas', sil, [320, 330, 1010, 730], 0.4)}
      <g ${CLIP}>
        <path d="M700 340 C820 380 872 480 872 660 L760 660 C780 520 760 420 700 340 Z" fill="${c.shade}" opacity="0.35"/>
        <path d="M430 440 C400 500 392 560 396 620" fill="none" stroke="#FFFFFF" stroke-width="20" opacity="0.16" stroke-linecap="round"/>
        <path d="M640 626 C760 600 950 606 1010 676 C920 650 780 648 660 664 Z" fill="${c.light}" opacity="0.25"/>
        <path d="M660 664 C780 648 920 650 1010 676 C1000 724 880 730 760 710 C700 700 664 690 660 664 Z" fill="${c.shade}" opacity="0.5"/>
      </g>
      ${seam('M610 334 C520 420 470 540 460 660', c.shade, 0.7, 3)}
      ${seam('M610 334 C640 440 660 540 650 640', c.shade, 0.7, 3)}
      ${seam('M610 334 C730 400 800 500 830 650', c.shade, 0.6, 3)}
      ${stitch('M680 642 C790 626 930 632 990 680', c, 0.5, 2)}
      ${stitch('M700 664 C800 650 910 656 980 690', c, 0.45, 2)}
      <path d="M320 660 L872 660" stroke="${c.deep}" stroke-width="6" opacity="0.5"/>
      <ellipse cx="610" cy="330" rx="22" ry="9" fill="${c.shade}"/>
      <circle cx="520" cy="470" r="6" fill="${c.deep}" opacity="0.7"/><circle cx="720" cy="450" r="6" fill="${c.deep}" opacity="0.7"/>`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [610, 400],
      ground: { cx: 640, cy: 680, rx: 330 },
    };
  },

  sunglasses(ctx) {
    const { c } = ctx;
    const tortoise = ctx.colorKey === 'tortoise';
    const lens = (cx: number) => `<rect x="${cx - 146}" y="${484}" width="292" height="232" rx="110"/>`;
    const sil = `${lens(440)}${lens(760)}<path d="M570 548 C585 510 615 510 630 548 L630 578 C615 556 585 556 570 578 Z"/>`;
    const blotches = tortoise
      ? Array.from({ length: 70 }, () => {
          const x = 290 + ctx.rand() * 620;
          const y = 480 + ctx.rand() * 240;
          const rx = 8 + ctx.rand() * 26;
          const col = ctx.rand() > 0.5 ? '#2E1A0F' : '#C8823A';
          return `<ellipse cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" rx="${rx.toFixed(0)}" ry="${(rx * 0.6).toFixed(0)}" fill="${col}" opacity="0.55"/>`;
        }).join('')
      : '';
    const glass = (
      cx: number,
    ) => `<rect x="${cx - 122}" y="508" width="244" height="184" rx="88" fill="url(#lens)"/>
      <path d="M${cx - 70} 530 L${cx - 110} 600 L${cx - 90} 620 L${cx - 30} 530 Z" fill="#FFFFFF" opacity="0.18"/>`;
    const body = `<path d="M300 520 L248 500 M900 520 L952 500" stroke="${c.deep}" stroke-width="16" stroke-linecap="round"/>
      ${fillSil(sil, c.base)}
      <g ${CLIP}>${blotches}
        <rect x="290" y="600" width="640" height="130" fill="${c.deep}" opacity="0.25"/>
        <rect x="290" y="484" width="640" height="24" fill="#FFFFFF" opacity="0.12"/>
      </g>
      ${glass(440)}${glass(760)}
      <circle cx="318" cy="520" r="6" fill="${STEEL}"/><circle cx="882" cy="520" r="6" fill="${STEEL}"/>`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [620, 560],
      ground: { cx: 600, cy: 724, rx: 330 },
      scale: 1.18,
    };
  },

  towel(ctx) {
    const { c } = ctx;
    const sil = `<rect x="380" y="360" width="440" height="480" rx="16"/>`;
    const body = `<path d="M420 366 C400 300 470 290 470 366" fill="none" stroke="${c.shade}" stroke-width="10" stroke-linecap="round"/>
      ${fillSil(sil, c.base)}
      <g ${CLIP}>
        ${ctx.tex('waffle', sil, [380, 500, 820, 816])}
        ${ctx.tex('waffle', '<rect x="380" y="384" width="440" height="96"/>', [380, 384, 820, 480], 0.8)}
        <rect x="380" y="480" width="440" height="22" fill="${c.shade}" opacity="0.55"/>
        <rect x="380" y="360" width="440" height="24" fill="${c.light}" opacity="0.35"/>
        <rect x="380" y="816" width="440" height="24" fill="${c.shade}" opacity="0.25"/>
        <rect x="740" y="360" width="80" height="480" fill="${c.shade}" opacity="0.22"/>
      </g>
      ${seam('M380 480 L820 480', c.deep, 0.4, 3)}
      <rect x="742" y="792" width="44" height="22" rx="2" fill="${PAPER}"/>`;
    return {
      kind: 'flat',
      silhouette: sil,
      body,
      focus: [460, 420],
      transform: 'rotate(-5 600 600) scale(1.18) translate(-92 -92)',
    };
  },

  teapot(ctx) {
    const { c } = ctx;
    // Side-handled kyusu: round body, short curved spout, straight handle at a right angle.
    const handle = '<rect x="756" y="598" width="196" height="60" rx="26" transform="rotate(-14 756 628)"/>';
    const spout =
      '<path d="M452 636 C400 606 364 560 336 504 L318 490 C308 484 298 496 302 506 C318 566 352 646 432 708 Z"/>';
    const sil = `<path d="M420 650 C420 530 500 480 600 480 C700 480 780 530 780 650 C780 750 720 808 660 816 L540 816 C480 808 420 750 420 650 Z"/>${spout}${handle}`;
    const speckled = ctx.colorKey === 'speckled';
    const body = `${fillSil(sil, c.base)}
      <g ${CLIP}>
        <path d="M400 790 C480 776 540 800 600 788 C660 776 720 800 800 786 L800 900 L400 900 Z" fill="${mix(CLAY, c.base, 0.3)}"/>
        <path d="M680 480 C760 500 790 580 780 660 C772 740 720 808 660 816 L640 816 C720 740 740 600 680 480 Z" fill="${c.shade}" opacity="0.45"/>
        <path d="M466 590 C460 640 470 700 500 740" fill="none" stroke="#FFFFFF" stroke-width="16" opacity="0.2" stroke-linecap="round"/>
        <rect x="756" y="632" width="196" height="30" transform="rotate(-14 756 628)" fill="${c.shade}" opacity="0.5"/>
        <path d="M432 708 C360 652 322 580 302 506 L318 510 C340 580 380 640 452 690 Z" fill="${c.shade}" opacity="0.4"/>
      </g>
      ${speckles(ctx, [300, 440, 960, 820], speckled ? 200 : 60, '#4A3B30', 0.22)}
      <ellipse cx="944" cy="582" rx="12" ry="29" transform="rotate(-14 944 582)" fill="${c.deep}"/>
      <path d="M760 612 L780 606" stroke="${c.deep}" stroke-width="4" opacity="0.4"/>
      <ellipse cx="310" cy="496" rx="12" ry="6" transform="rotate(-40 310 496)" fill="${c.deep}"/>
      <path d="M488 492 C496 430 704 430 712 492 Z" fill="${c.base}"/>
      <path d="M650 447 C688 448 705 462 711 490 L664 490 C664 470 660 456 650 447 Z" fill="${c.shade}" opacity="0.4"/>
      <path d="M520 474 C530 452 556 442 580 440" fill="none" stroke="#FFFFFF" stroke-width="6" stroke-linecap="round" opacity="0.3"/>
      <ellipse cx="600" cy="492" rx="112" ry="13" fill="none" stroke="${c.deep}" stroke-width="4" opacity="0.55"/>
      <ellipse cx="600" cy="430" rx="28" ry="17" fill="${c.base}" stroke="${c.shade}" stroke-width="3"/>
      <ellipse cx="591" cy="425" rx="9" ry="5" fill="#FFFFFF" opacity="0.25"/>`;
    return {
      kind: 'standing',
      silhouette: sil,
      body,
      focus: [560, 500],
      ground: { cx: 600, cy: 816, rx: 240 },
    };
  },
};

// ---------------------------------------------------------------------------
// Composition

function defs(c: Palette): string {
  return `
  <linearGradient id="metal" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${c.light}"/><stop offset="0.35" stop-color="${c.base}"/><stop offset="0.7" stop-color="${c.shade}"/><stop offset="1" stop-color="${c.deep}"/></linearGradient>
  <linearGradient id="steel" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#E6E8EA"/><stop offset="0.5" stop-color="${STEEL}"/><stop offset="1" stop-color="#8E9296"/></linearGradient>
  <linearGradient id="lens" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2D3835"/><stop offset="1" stop-color="#56625C"/></linearGradient>
  <radialGradient id="glow"><stop offset="0" stop-color="#FFD98A" stop-opacity="0.75"/><stop offset="1" stop-color="#FFD98A" stop-opacity="0"/></radialGradient>
`;
}

/**
 * A blurred-looking shadow built from widening translucent outlines: much
 * cheaper for librsvg than feGaussianBlur on a large area.
 */
function softShadow(shapes: string, color: string, strength = 1): string {
  const steps: [number, number][] = [
    [56, 0.03],
    [42, 0.04],
    [30, 0.05],
    [19, 0.06],
    [9, 0.07],
    [0, 0.09],
  ];
  return steps
    .map(
      ([w, o]) =>
        `<g fill="${color}" stroke="${color}" stroke-width="${w}" stroke-linejoin="round" opacity="${(o * strength).toFixed(3)}">${shapes}</g>`,
    )
    .join('');
}

function renderSvg(product: SeedProduct, spec: ProductImageSpec): string {
  const bg = product.art.background;
  const c = palette(spec.color, bg);
  const colorOption = colorOptionOf(product);
  const colorKey = spec.colorKey ?? colorOption?.values[0]?.key ?? '';
  const rand = seeded(`${product.handle}:${spec.file}`);
  let texId = 0;
  const tex: Ctx['tex'] = (kind, region, box, opacity = 1) => {
    const id = `tx${texId++}`;
    return `<clipPath id="${id}">${region}</clipPath><g clip-path="url(#${id})" opacity="${opacity}">${texture(kind, box, c, rand)}</g>`;
  };
  const art = motifs[product.art.motif]({ c, product, colorKey, rand, tex });
  const t = art.transform ?? '';
  const shadowColor = mix(bg, '#3A2A1E', 0.6);
  const shadow =
    art.kind === 'flat'
      ? `<g transform="translate(14 24)"><g transform="${t}">${softShadow(art.silhouette, shadowColor)}</g></g>`
      : art.ground
        ? `<ellipse cx="${art.ground.cx}" cy="${art.ground.cy}" rx="${art.ground.rx * 1.12}" ry="${Math.round(art.ground.rx * 0.16)}" fill="url(#ground)"/>
         <ellipse cx="${art.ground.cx}" cy="${art.ground.cy}" rx="${art.ground.rx * 0.9}" ry="${Math.round(art.ground.rx * 0.07)}" fill="url(#ground)"/>`
        : '';
  const object = `${shadow}<g transform="${t}"><clipPath id="sil">${art.silhouette}</clipPath>${art.body}</g>`;
  const scale = art.scale ?? 1.08;
  let scene: string;
  if (spec.view === 'main') {
    const floor =
      art.kind === 'standing' && art.ground
        ? `<rect x="0" y="${art.ground.cy}" width="${SIZE}" height="${SIZE - art.ground.cy}" fill="${mix(bg, '#3A2A1E', 0.05)}"/>`
        : '';
    scene = `<circle cx="600" cy="600" r="440" fill="${mix(bg, spec.color, 0.1)}"/>
      <g transform="translate(600 600) scale(${scale}) translate(-600 -600)">${floor}${object}</g>`;
  } else {
    // Detail: a close crop around the motif's focal point, on a tinted field.
    const z = 1.75 * scale;
    const [fx, fy] = art.focus;
    scene = `<rect width="${SIZE}" height="${SIZE}" fill="${mix(bg, spec.color, 0.14)}"/>
      <circle cx="1000" cy="200" r="520" fill="${mix(bg, '#FFFFFF', 0.3)}" opacity="0.45"/>
      <g transform="translate(${(600 - fx * z).toFixed(1)} ${(600 - fy * z).toFixed(1)}) scale(${z.toFixed(3)})">${object}</g>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <defs>${defs(c)}
    <radialGradient id="bgGrad" cx="0.42" cy="0.34" r="0.85"><stop offset="0" stop-color="${mix(bg, '#FFFFFF', 0.35)}"/><stop offset="1" stop-color="${mix(bg, '#3A2A1E', 0.06)}"/></radialGradient>
    <radialGradient id="ground"><stop offset="0" stop-color="${shadowColor}" stop-opacity="0.55"/><stop offset="0.6" stop-color="${shadowColor}" stop-opacity="0.2"/><stop offset="1" stop-color="${shadowColor}" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="${SIZE}" height="${SIZE}" fill="url(#bgGrad)"/>
  ${scene}
  <rect width="${SIZE}" height="${SIZE}" fill="url(#bgGrad)" opacity="0.1"/>
</svg>`;
}

// ---------------------------------------------------------------------------
// Raster pipeline

async function render(svg: string, file: string): Promise<void> {
  const base = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  await Promise.all(
    PRODUCT_IMAGE_WIDTHS.map(async (w) => {
      const target = path.join(outDir, `${file}-${w}.webp`);
      const tmp = `${target}.tmp`;
      let img = sharp(base.data, {
        raw: { width: base.info.width, height: base.info.height, channels: base.info.channels },
      });
      if (w !== SIZE) img = img.resize(w, w, { kernel: 'lanczos3' });
      await img.webp({ quality: 82, effort: 4 }).toFile(tmp);
      await rename(tmp, target);
    }),
  );
}

async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

async function main() {
  const started = performance.now();
  const force = process.argv.includes('--force');
  // --svg <dir>: also write the SVG sources there, for inspecting the drawings.
  const svgFlag = process.argv.indexOf('--svg');
  const debugSvgDir = svgFlag > 0 ? path.resolve(process.argv[svgFlag + 1] ?? '.') : null;
  if (debugSvgDir) await mkdir(debugSvgDir, { recursive: true });
  await mkdir(outDir, { recursive: true });
  let stamp: Record<string, string> = {};
  try {
    const parsed = JSON.parse(await readFile(stampFile, 'utf8')) as {
      version?: string;
      images?: Record<string, string>;
    };
    if (parsed.version === PIPELINE_VERSION && parsed.images) stamp = parsed.images;
  } catch {
    // no stamp yet
  }

  const jobs: { file: string; svg: string; hash: string }[] = [];
  const next: Record<string, string> = {};
  let total = 0;
  for (const product of products) {
    for (const spec of productImageSpecs(product)) {
      total++;
      const svg = renderSvg(product, spec);
      if (debugSvgDir) await writeFile(path.join(debugSvgDir, `${spec.file}.svg`), svg);
      const hash = createHash('sha256').update(PIPELINE_VERSION).update(svg).digest('hex').slice(0, 16);
      next[spec.file] = hash;
      const complete = PRODUCT_IMAGE_WIDTHS.every((w) =>
        existsSync(path.join(outDir, `${spec.file}-${w}.webp`)),
      );
      if (force || stamp[spec.file] !== hash || !complete) jobs.push({ file: spec.file, svg, hash });
    }
  }

  if (jobs.length) {
    sharp.cache(false);
    const done: Record<string, string> = { ...stamp };
    try {
      await pool(jobs, CONCURRENCY, async (job) => {
        await render(job.svg, job.file);
        done[job.file] = job.hash;
      });
    } finally {
      // Record what finished even if something failed, so a re-run resumes.
      const images = Object.fromEntries(
        Object.keys(next)
          .filter((f) => done[f] === next[f])
          .map((f) => [f, next[f]!]),
      );
      await writeFile(stampFile, JSON.stringify({ version: PIPELINE_VERSION, images }, null, 1) + '\n');
    }
  } else {
    await writeFile(stampFile, JSON.stringify({ version: PIPELINE_VERSION, images: next }, null, 1) + '\n');
  }

  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `images: ${products.length} products, ${total} images × ${PRODUCT_IMAGE_WIDTHS.length} widths; rendered ${jobs.length}, ${total - jobs.length} up to date (${secs}s) → ${path.relative(root, outDir)}`,
  );
}

await main();
