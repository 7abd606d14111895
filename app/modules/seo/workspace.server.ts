import type { Db } from '#app/db/client.server.ts';
import { htmlToText } from '#app/lib/html-text.ts';
import { catalogSeoIds, countCatalog } from '#app/modules/catalog/seo-source.server.ts';
import { allLocales, type MarketConfig } from '#app/modules/markets/core/market.ts';
import { articleIdBatch, countArticles } from '#app/modules/blog/article-queries.server.ts';
import { blogIds } from '#app/modules/blog/blogs.server.ts';
import { pageIds } from '#app/modules/pages/pages.server.ts';
import { handlesOf } from '#app/modules/translations/translations.server.ts';
import { shopName as findShopName } from '#app/modules/shop/shop.server.ts';
import { checkSeo } from './core/seo-checks.ts';
import { PATH_SEGMENT, resourceGid, type SeoResourceType } from './core/fields.ts';
import { indexingOf, seoValues, type FieldValue } from './seo-fields.server.ts';
import { revisionsOf } from './revisions.server.ts';
import { loadSubjects, type SeoSubject } from './subjects.server.ts';

/** What the SEO workspace pages show: resource lists with translation status, and one resource's editor. */

/** Content languages: the shop's source language first, then every storefront language. */
export function contentLanguages(config: MarketConfig): string[] {
  return [...new Set([config.shopLanguage, ...allLocales(config).map((l) => l.language)])];
}

/** The title and description a search engine gets: the SEO value, else the page's own title and text. */
export function effectiveListing(
  subject: SeoSubject,
  values: FieldValue[],
): { title: string; description: string } {
  const v = (f: string) => values.find((x) => x.field === f && x.unitGid === subject.gid)?.value ?? null;
  return {
    title: v('meta_title') ?? subject.title,
    description: v('meta_description') ?? htmlToText(subject.descriptionHtml).slice(0, 160),
  };
}

export interface ResourceListItem {
  type: SeoResourceType;
  id: number;
  title: string;
  handle: string | null;
  missing: number;
  outdated: number;
  warnings: number;
}

/** One page of resources of a type, with their translation status and warning count in a language. */
export async function listResources(
  db: Db,
  config: MarketConfig,
  type: SeoResourceType,
  opts: { language: string; query?: string; after?: number; limit: number },
): Promise<{ items: ResourceListItem[]; next: number | null; total: number }> {
  let ids: number[];
  let total: number;
  if (type === 'home') {
    ids = [1];
    total = 1;
  } else if (type === 'page') {
    // Content pages are few: filter them here, then page through them like the catalog.
    const q = opts.query?.trim().toLocaleLowerCase();
    const pages = await loadSubjects(db, 'page', await pageIds(db));
    const matching = pages
      .filter((p) => !q || p.title.toLocaleLowerCase().includes(q) || (p.handle ?? '').includes(q))
      .map((p) => p.id);
    ids = matching.filter((id) => id > (opts.after ?? 0)).slice(0, opts.limit + 1);
    total = matching.length;
  } else if (type === 'blog') {
    const all = await loadSubjects(db, 'blog', await blogIds(db));
    const q = opts.query?.trim().toLocaleLowerCase();
    const matching = all.filter((b) => !q || b.title.toLocaleLowerCase().includes(q)).map((b) => b.id);
    ids = matching.filter((id) => id > (opts.after ?? 0)).slice(0, opts.limit + 1);
    total = matching.length;
  } else if (type === 'article') {
    ids = await articleIdBatch(db, { after: opts.after ?? 0, limit: opts.limit + 1, query: opts.query });
    total = await countArticles(db);
  } else {
    ids = await catalogSeoIds(db, type, { after: opts.after, limit: opts.limit + 1, query: opts.query });
    total = await countCatalog(db, type);
  }
  const pageOf = ids.slice(0, opts.limit);
  const subjects = await loadSubjects(db, type, pageOf);
  const values = await seoValues(db, subjects, [opts.language], config.shopLanguage);
  const shopName = await findShopName(db);
  const items = subjects.map((s) => {
    const v = values.get(s.gid)!.get(opts.language)!;
    const listing = effectiveListing(s, v);
    const handle = v.find((x) => x.field === 'handle')?.value ?? s.handle;
    return {
      type,
      id: s.id,
      title: s.title,
      handle,
      missing: v.filter((x) => x.status === 'missing' && x.source).length,
      outdated: v.filter((x) => x.status === 'outdated').length,
      warnings: checkSeo({
        locale: opts.language,
        title: listing.title,
        description: listing.description,
        handle: handle ?? 'home',
        focusKeyword: v.find((x) => x.field === 'focus_keyword')?.value ?? null,
        imageAlts: v.filter((x) => x.field === 'alt').map((x) => x.value ?? x.source),
        shopName,
      }).length,
    };
  });
  return { items, next: ids.length > opts.limit ? pageOf[pageOf.length - 1]! : null, total };
}

/** A resource's storefront path in a language; an article's names its blog's handle in that language. */
async function storefrontPathOf(db: Db, subject: SeoSubject, language: string, handle: string | null) {
  const own = encodeURIComponent(handle ?? '');
  if (subject.type === 'article' && subject.blog) {
    const gid = resourceGid('blog', subject.blog.id);
    const blogHandle = (await handlesOf(db, [gid])).get(gid)?.get(language) ?? subject.blog.handle;
    return `/blogs/${encodeURIComponent(blogHandle)}/${own}`;
  }
  return `/${PATH_SEGMENT[subject.type as Exclude<SeoResourceType, 'home' | 'article'>]}/${own}`;
}

/** Everything the editor needs for one resource in one language. */
export async function editorData(
  db: Db,
  config: MarketConfig,
  type: SeoResourceType,
  id: number,
  language: string,
) {
  const [subject] = await loadSubjects(db, type, [id]);
  if (!subject) return null;
  const languages = contentLanguages(config);
  const all = await seoValues(db, [subject], languages, config.shopLanguage);
  const perLanguage = all.get(subject.gid)!;
  const values = perLanguage.get(language)!;
  const locale = allLocales(config).find((l) => l.language === language) ?? allLocales(config)[0]!;
  const handle = values.find((v) => v.field === 'handle')?.value ?? subject.handle;
  const path = type === 'home' ? '' : await storefrontPathOf(db, subject, language, handle);
  return {
    subject,
    values,
    listing: effectiveListing(subject, values),
    storefrontPath: `${locale.pathPrefix}${path}` || '/',
    languages: languages.map((l) => {
      const v = perLanguage.get(l)!;
      return {
        language: l,
        missing: v.filter((x) => x.status === 'missing' && x.source).length,
        outdated: v.filter((x) => x.status === 'outdated').length,
      };
    }),
    indexing: await indexingOf(db, subject.gid),
    revisions: await revisionsOf(db, [subject.gid, ...subject.images.map((i) => i.gid)], 30),
  };
}
