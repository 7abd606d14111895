/**
 * Rich text written once for every locale links root-relatively ("/pages/shipping"). On a
 * prefixed storefront ("/de-de") those links would drop the shopper into the default locale, so
 * each root-relative href gets the page's prefix. Protocol-relative ("//host"), absolute and
 * already-prefixed links are left alone.
 */
export function localizeLinks(html: string, prefix: string): string {
  if (!prefix) return html;
  return html.replace(
    /(<a\b[^>]*?\shref\s*=\s*)(["'])(\/(?!\/)[^"']*)\2/gi,
    (whole, head: string, quote: string, href: string) =>
      href === prefix || href.startsWith(`${prefix}/`) || href.startsWith(`${prefix}?`)
        ? whole
        : `${head}${quote}${prefix}${href}${quote}`,
  );
}
