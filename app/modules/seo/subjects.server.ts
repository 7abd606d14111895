import { inArray } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { seoResources } from '#app/db/schema/index.ts';
import { articleSeoSources, blogSeoSources } from '#app/modules/blog/seo-source.server.ts';
import { catalogSeoSources } from '#app/modules/catalog/seo-source.server.ts';
import { pageSeoSources } from '#app/modules/pages/pages.server.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import { resourceGid, type SeoField, type SeoResourceType } from './core/fields.ts';

/**
 * A resource as the SEO workspace sees it: its source-language SEO values (wherever the
 * owning module keeps them) plus the SEO module's own per-resource settings.
 */
export interface SeoSubject {
  type: SeoResourceType;
  id: number;
  gid: string;
  title: string;
  handle: string | null;
  descriptionHtml: string;
  vendor: string;
  productType: string;
  visible: boolean;
  updatedAt: Date;
  source: {
    meta_title: string | null;
    meta_description: string | null;
    handle: string | null;
    og_title: string | null;
    og_description: string | null;
    focus_keyword: string | null;
  };
  /** Units with an alt text: product images (ProductImage gids) or the collection image (the collection gid). */
  images: { gid: string; alt: string | null; src: string }[];
  ogImage: string | null;
  noindex: boolean;
  sitemapExclude: boolean;
  /** An article's blog: its URL is /blogs/<blog handle>/<handle>. */
  blog?: { id: number; handle: string };
}

export type SeoSettingsRow = typeof seoResources.$inferSelect;

export async function seoSettingsOf(db: Db, gids: string[]): Promise<Map<string, SeoSettingsRow>> {
  if (gids.length === 0) return new Map();
  const rows = await db.select().from(seoResources).where(inArray(seoResources.resourceGid, gids));
  return new Map(rows.map((r) => [r.resourceGid, r]));
}

export async function loadSubjects(db: Db, type: SeoResourceType, ids: number[]): Promise<SeoSubject[]> {
  const base = await baseRows(db, type, ids);
  const settings = await seoSettingsOf(
    db,
    base.map((b) => b.gid),
  );
  return base.map((b) => {
    const s = settings.get(b.gid);
    return {
      ...b,
      source: {
        ...b.source,
        og_title: s?.ogTitle ?? null,
        og_description: s?.ogDescription ?? null,
        focus_keyword: s?.focusKeyword ?? null,
      },
      ogImage: s?.ogImage ?? null,
      noindex: s?.noindex ?? false,
      sitemapExclude: s?.sitemapExclude ?? false,
    };
  });
}

type BaseRow = Omit<SeoSubject, 'ogImage' | 'noindex' | 'sitemapExclude' | 'source'> & {
  source: Pick<SeoSubject['source'], 'meta_title' | 'meta_description' | 'handle'> &
    Partial<SeoSubject['source']>;
};

async function baseRows(db: Db, type: SeoResourceType, ids: number[]): Promise<BaseRow[]> {
  if (type === 'home') {
    const shop = await getShop(db);
    return [
      {
        type,
        id: 1,
        gid: resourceGid('home', 1),
        title: shop.name,
        handle: null,
        descriptionHtml: shop.description,
        vendor: '',
        productType: '',
        visible: true,
        updatedAt: new Date(0),
        images: [],
        source: {
          meta_title: shop.seoTitle,
          meta_description: shop.seoDescription ?? (shop.description || null),
          handle: null,
        },
      },
    ];
  }
  if (type === 'page') {
    const rows = await pageSeoSources(db, ids);
    return ids.flatMap((id) => {
      const p = rows.get(id);
      if (!p) return [];
      return [
        {
          type,
          id,
          gid: resourceGid('page', id),
          title: p.title,
          handle: p.handle,
          descriptionHtml: p.bodyHtml,
          vendor: '',
          productType: '',
          visible: p.published,
          updatedAt: p.updatedAt,
          images: [],
          source: { meta_title: p.seoTitle, meta_description: p.seoDescription, handle: p.handle },
        },
      ];
    });
  }
  if (type === 'blog' || type === 'article') return contentRows(db, type, ids);
  const rows = await catalogSeoSources(db, type, ids);
  return ids.flatMap((id) => {
    const r = rows.get(id);
    if (!r) return [];
    return [
      {
        type,
        id,
        gid: resourceGid(type, id),
        title: r.title,
        handle: r.handle,
        descriptionHtml: r.descriptionHtml,
        vendor: r.vendor,
        productType: r.productType,
        visible: r.visible,
        updatedAt: r.updatedAt,
        images: r.images.map((i) => ({
          gid: type === 'product' ? `gid://shopify/ProductImage/${i.id}` : resourceGid('collection', i.id),
          alt: i.alt,
          src: i.src,
        })),
        source: { meta_title: r.seoTitle, meta_description: r.seoDescription, handle: r.handle },
      },
    ];
  });
}

/** Blogs and articles, whose SEO columns the blog module keeps. */
async function contentRows(db: Db, type: 'blog' | 'article', ids: number[]): Promise<BaseRow[]> {
  const base = { vendor: '', productType: '', images: [] };
  if (type === 'blog') {
    const rows = await blogSeoSources(db, ids);
    return ids.flatMap((id) => {
      const b = rows.get(id);
      if (!b) return [];
      return [
        {
          ...base,
          type,
          id,
          gid: resourceGid('blog', id),
          title: b.title,
          handle: b.handle,
          descriptionHtml: '',
          visible: true,
          updatedAt: b.updatedAt,
          source: { meta_title: b.seoTitle, meta_description: b.seoDescription, handle: b.handle },
        },
      ];
    });
  }
  const rows = await articleSeoSources(db, ids);
  return ids.flatMap((id) => {
    const a = rows.get(id);
    if (!a) return [];
    return [
      {
        ...base,
        type,
        id,
        gid: resourceGid('article', id),
        title: a.title,
        handle: a.handle,
        descriptionHtml: a.summaryHtml || a.bodyHtml,
        // Drafts and scheduled articles are not live yet: like unpublished pages.
        visible: a.publishedAt != null && a.publishedAt.getTime() <= Date.now(),
        updatedAt: a.updatedAt,
        blog: { id: a.blogId, handle: a.blogHandle },
        // The image's alt translations are keyed by its MediaImage, as the Storefront API reads them.
        images: a.image
          ? [{ gid: `gid://shopify/MediaImage/${a.image.id}`, alt: a.image.alt, src: a.image.src }]
          : [],
        source: { meta_title: a.seoTitle, meta_description: a.seoDescription, handle: a.handle },
      },
    ];
  });
}

/** The source-language text of one unit of a subject (null when unset). */
export function sourceOf(subject: SeoSubject, unitGid: string, field: SeoField): string | null {
  if (field === 'alt') return subject.images.find((i) => i.gid === unitGid)?.alt ?? null;
  return subject.source[field];
}

/** Every (unit gid, field) of a subject, in editor order. */
export function unitsOf(subject: SeoSubject): { unitGid: string; field: SeoField }[] {
  const fields = (
    ['meta_title', 'meta_description', 'handle', 'og_title', 'og_description', 'focus_keyword'] as const
  ).filter((f) => f !== 'handle' || subject.type !== 'home');
  return [
    ...fields.map((field) => ({ unitGid: subject.gid, field })),
    ...subject.images.map((i) => ({ unitGid: i.gid, field: 'alt' as const })),
  ];
}
