/** sitemaps.org XML with xhtml:link hreflang alternates. */
export function xmlEscape(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );
}

export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
  alternates: { hreflang: string; href: string }[];
}

export function urlsetOpen(): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
}

export function urlEntry(u: SitemapUrl): string {
  const alts = u.alternates
    .map(
      (a) =>
        `    <xhtml:link rel="alternate" hreflang="${xmlEscape(a.hreflang)}" href="${xmlEscape(a.href)}"/>\n`,
    )
    .join('');
  const lastmod = u.lastmod ? `    <lastmod>${u.lastmod.toISOString()}</lastmod>\n` : '';
  return `  <url>\n    <loc>${xmlEscape(u.loc)}</loc>\n${lastmod}${alts}  </url>\n`;
}

export const URLSET_CLOSE = '</urlset>\n';

export function sitemapIndex(sitemaps: { loc: string; lastmod?: Date }[]): string {
  const items = sitemaps
    .map(
      (s) =>
        `  <sitemap>\n    <loc>${xmlEscape(s.loc)}</loc>\n${s.lastmod ? `    <lastmod>${s.lastmod.toISOString()}</lastmod>\n` : ''}  </sitemap>\n`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}</sitemapindex>\n`;
}
