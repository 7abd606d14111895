import type { MetaDescriptor } from 'react-router';

/** Title and description for a page; the shop name is appended to titles. */
export function pageMeta(seo: { title: string; description?: string | null } | undefined, shopName?: string): MetaDescriptor[] {
  if (!seo) return [];
  const title = shopName && !seo.title.includes(shopName) ? `${seo.title} | ${shopName}` : seo.title;
  const out: MetaDescriptor[] = [{ title }, { property: 'og:title', content: title }];
  if (seo.description) out.push({ name: 'description', content: seo.description }, { property: 'og:description', content: seo.description });
  return out;
}
