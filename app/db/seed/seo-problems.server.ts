import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { collections, productImages, products, translations } from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import { upsertTranslations } from '#app/modules/translations/translations.server.ts';
import { STOREFRONT_LANGUAGES, type Localized } from './catalog-types.ts';

/**
 * Deliberate SEO mistakes in the demo store, for the SEO audit to find (and a marketer to fix).
 * They only change SEO text, alt text and one description: no resource is added or removed.
 * - duplicate SEO titles: dot-grid-notebook and linen-bound-sketchbook (also in German);
 * - an over-long SEO title: cedar-fig-candle;
 * - no German meta description (the English one shows): stoneware-dinner-plates;
 * - an image without alt text in any language: linen-cushion-cover's first image;
 * - a link to a product that does not exist, in every language: the stationery collection's description.
 */
export const SEO_PROBLEMS = {
  duplicateTitle: {
    handles: ['dot-grid-notebook', 'linen-bound-sketchbook'],
    en: 'Notebooks and Sketchbooks for Everyday Writing',
    de: 'Notizbücher und Skizzenbücher für jeden Tag',
  },
  longTitle: {
    handle: 'cedar-fig-candle',
    en: 'Cedar & Fig Scented Soy Candle, Hand-Poured in Small Batches with a Cotton Wick and a 60-Hour Burn Time',
  },
  noGermanDescription: { handle: 'stoneware-dinner-plates' },
  noAlt: { handle: 'linen-cushion-cover' },
  brokenLink: { collection: 'stationery', path: '/products/does-not-exist' },
} as const;

const storyLink = (href: string, text: string) => `<a href="${href}">${text}</a>`;
const notebook = '/products/dot-grid-notebook';
const missing = SEO_PROBLEMS.brokenLink.path;

/** A paragraph appended to the stationery description: one working link, one to a retired product. */
const RETIRED: Localized = {
  en: `<p>New to our paper? Start with the ${storyLink(notebook, 'dot grid notebook')}; the ${storyLink(missing, 'pocket diary')} is no longer made.</p>`,
  de: `<p>Neu bei unserem Papier? Beginnen Sie mit dem ${storyLink(notebook, 'Notizbuch mit Punktraster')}; den ${storyLink(missing, 'Taschenkalender')} fertigen wir nicht mehr.</p>`,
  fr: `<p>Vous découvrez notre papeterie ? Commencez par le ${storyLink(notebook, 'carnet à points')} ; l’${storyLink(missing, 'agenda de poche')} n’est plus fabriqué.</p>`,
  es: `<p>¿Es la primera vez? Empiece por el ${storyLink(notebook, 'cuaderno de puntos')}; la ${storyLink(missing, 'agenda de bolsillo')} ya no se fabrica.</p>`,
  it: `<p>Prima volta? Iniziate dal ${storyLink(notebook, 'taccuino a puntini')}; l’${storyLink(missing, 'agenda tascabile')} non è più in produzione.</p>`,
  nl: `<p>Nieuw bij ons papier? Begin met het ${storyLink(notebook, 'notitieboek met stippen')}; de ${storyLink(missing, 'zakagenda')} maken we niet meer.</p>`,
  ja: `<p>はじめての方は${storyLink(notebook, 'ドット方眼ノート')}から。${storyLink(missing, 'ポケットダイアリー')}は製造を終了しました。</p>`,
  'zh-CN': `<p>初次选购？不妨从${storyLink(notebook, '点阵笔记本')}开始；${storyLink(missing, '口袋日记本')}已停产。</p>`,
  ar: `<p>جديد على أوراقنا؟ ابدأ بـ${storyLink(notebook, 'دفتر النقاط')}؛ أما ${storyLink(missing, 'مفكرة الجيب')} فلم نعد نصنعها.</p>`,
};

async function productId(db: Db, handle: string): Promise<number> {
  const [row] = await db.select({ id: products.id }).from(products).where(eq(products.handle, handle));
  if (!row) throw new Error(`SEO problems: no product ${handle}`);
  return row.id;
}

export async function seedSeoProblems(db: Db): Promise<void> {
  const p = SEO_PROBLEMS;
  // Columns are set directly (not through the SEO module), so updated_at and the sitemap's lastmod stay as seeded.
  for (const handle of p.duplicateTitle.handles) {
    const id = await productId(db, handle);
    await db.update(products).set({ seoTitle: p.duplicateTitle.en }).where(eq(products.id, id));
    await upsertTranslations(db, [
      {
        resourceGid: toGid('Product', id),
        field: 'meta_title',
        locale: 'de',
        value: p.duplicateTitle.de,
        source: p.duplicateTitle.en,
      },
    ]);
  }
  await db.update(products).set({ seoTitle: p.longTitle.en }).where(eq(products.handle, p.longTitle.handle));

  const plates = toGid('Product', await productId(db, p.noGermanDescription.handle));
  await db
    .delete(translations)
    .where(
      and(
        eq(translations.resourceGid, plates),
        eq(translations.field, 'meta_description'),
        eq(translations.locale, 'de'),
      ),
    );

  const [image] = await db
    .select({ id: productImages.id })
    .from(productImages)
    .where(eq(productImages.productId, await productId(db, p.noAlt.handle)))
    .orderBy(productImages.position)
    .limit(1);
  if (!image) throw new Error(`SEO problems: ${p.noAlt.handle} has no image`);
  await db.update(productImages).set({ altText: null }).where(eq(productImages.id, image.id));
  await db
    .delete(translations)
    .where(and(eq(translations.resourceGid, toGid('ProductImage', image.id)), eq(translations.field, 'alt')));

  const [collection] = await db
    .select()
    .from(collections)
    .where(eq(collections.handle, p.brokenLink.collection));
  if (!collection) throw new Error(`SEO problems: no collection ${p.brokenLink.collection}`);
  const gid = toGid('Collection', collection.id);
  const source = collection.descriptionHtml + RETIRED.en;
  await db.update(collections).set({ descriptionHtml: source }).where(eq(collections.id, collection.id));
  const bodies = await db
    .select({ locale: translations.locale, value: translations.value })
    .from(translations)
    .where(
      and(
        eq(translations.resourceGid, gid),
        eq(translations.field, 'body_html'),
        inArray(translations.locale, [...STOREFRONT_LANGUAGES]),
      ),
    );
  await upsertTranslations(
    db,
    bodies.map((b) => ({
      resourceGid: gid,
      field: 'body_html' as const,
      locale: b.locale,
      value: b.value + RETIRED[b.locale as keyof Localized],
      source,
    })),
  );
}
