import type { MetaDescriptor } from 'react-router';
import { renderedTitle } from '#app/modules/seo/core/page-title.ts';

export interface PageSeo {
  title: string;
  description?: string | null;
  /** seo.hidden: keep the page out of search results. */
  noindex?: boolean;
  ogTitle?: string | null;
  ogDescription?: string | null;
  /** Absolute URL of the social share image. */
  ogImage?: string | null;
  ogType?: 'website' | 'product' | 'article';
}

/** Title, description, robots and the Open Graph card for a page; the shop name is appended to titles. */
export function pageMeta(seo: PageSeo | undefined, shopName?: string): MetaDescriptor[] {
  if (!seo) return [];
  const title = renderedTitle(seo.title, shopName);
  const out: MetaDescriptor[] = [
    { title },
    { property: 'og:title', content: seo.ogTitle || title },
    { property: 'og:type', content: seo.ogType ?? 'website' },
  ];
  if (shopName) out.push({ property: 'og:site_name', content: shopName });
  if (seo.description) out.push({ name: 'description', content: seo.description });
  const ogDescription = seo.ogDescription || seo.description;
  if (ogDescription) out.push({ property: 'og:description', content: ogDescription });
  if (seo.ogImage)
    out.push(
      { property: 'og:image', content: seo.ogImage },
      { name: 'twitter:card', content: 'summary_large_image' },
    );
  if (seo.noindex) out.push({ name: 'robots', content: 'noindex' });
  return out;
}
