/**
 * The `<title>` the storefront renders for a page: its title, then the shop name, unless the title
 * already names the shop. The meta tags, the editor's preview and warnings, and the audit all judge
 * this rendered string, since it is what search engines show and cut.
 */
export function renderedTitle(title: string, shopName: string | null | undefined): string {
  return shopName && !title.includes(shopName) ? `${title} | ${shopName}` : title;
}
