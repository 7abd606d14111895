/**
 * The SEO fields a marketer edits, per resource and content language, and their limits.
 * Keys follow Shopify's translatable content (meta_title, meta_description, handle, alt)
 * plus Meridian's Open Graph text and focus keyword.
 */

export const SEO_RESOURCE_TYPES = ['product', 'collection', 'page', 'blog', 'article', 'home'] as const;
export type SeoResourceType = (typeof SEO_RESOURCE_TYPES)[number];

export const TEXT_FIELDS = [
  'meta_title',
  'meta_description',
  'handle',
  'og_title',
  'og_description',
  'focus_keyword',
] as const;
export type SeoTextField = (typeof TEXT_FIELDS)[number];
export type SeoField = SeoTextField | 'alt';

/** Fields a bulk template may write. */
export const TEMPLATE_FIELDS = [
  'meta_title',
  'meta_description',
  'handle',
  'og_title',
  'og_description',
] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** Storage caps (characters); what search engines show is a separate, pixel-based warning. */
export const MAX_LENGTH: Record<SeoField, number> = {
  meta_title: 255,
  meta_description: 320,
  handle: 255,
  og_title: 255,
  og_description: 320,
  focus_keyword: 100,
  alt: 512,
};

/** The home page has no handle. */
export function fieldsOf(type: SeoResourceType): readonly SeoTextField[] {
  return type === 'home' ? TEXT_FIELDS.filter((f) => f !== 'handle') : TEXT_FIELDS;
}

const GID_TYPE: Record<SeoResourceType, string> = {
  product: 'Product',
  collection: 'Collection',
  page: 'Page',
  blog: 'Blog',
  article: 'Article',
  home: 'Shop',
};

export function resourceGid(type: SeoResourceType, id: number): string {
  return `gid://shopify/${GID_TYPE[type]}/${type === 'home' ? 1 : id}`;
}

/** The resource a unit's GID belongs to (an image's alt belongs to its product, resolved by the caller). */
export function resourceOfGid(gid: string): { type: SeoResourceType; id: number } | null {
  const m = /^gid:\/\/shopify\/(Product|Collection|Page|Blog|Article|Shop)\/(\d{1,10})$/.exec(gid);
  if (!m) return null;
  const type = Object.entries(GID_TYPE).find(([, v]) => v === m[1])![0] as SeoResourceType;
  return { type, id: Number(m[2]) };
}

/**
 * URL path segment of a resource type ("/products/<handle>"). An article's path also names its
 * blog ("/blogs/<blog>/<handle>"), so its subject carries that prefix (SeoSubject.pathPrefix).
 */
export const PATH_SEGMENT: Record<
  Exclude<SeoResourceType, 'home' | 'article'>,
  'products' | 'collections' | 'pages' | 'blogs'
> = {
  product: 'products',
  collection: 'collections',
  page: 'pages',
  blog: 'blogs',
};

/** Whether a stored translation still matches its source: Shopify's outdated flag. */
export type TranslationStatus = 'source' | 'current' | 'outdated' | 'missing';

export function translationStatus(
  isSourceLanguage: boolean,
  row: { digest: string } | undefined,
  currentSourceDigest: string,
): TranslationStatus {
  if (isSourceLanguage) return 'source';
  if (!row) return 'missing';
  return row.digest === currentSourceDigest ? 'current' : 'outdated';
}

/** Forbidden anywhere in an SEO value: C0/C1 controls other than tab and newline. */
export function hasControlCharacters(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- matches control characters on purpose, to refuse or strip them
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(value);
}
