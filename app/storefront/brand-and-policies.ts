import type { LayoutQuery } from '#app/storefrontapi.generated.d.ts';

type Shop = LayoutQuery['shop'];

export interface PolicyLink {
  handle: string;
  title: string;
}

/** A storefront-only policy (legal notice, contact information) from its `meridian.*` shop metafield. */
export function storefrontOnlyPolicy(
  value: string | null | undefined,
): (PolicyLink & { body: string }) | null {
  if (!value) return null;
  try {
    const p = JSON.parse(value) as Partial<PolicyLink & { body: string }>;
    return typeof p.handle === 'string' && typeof p.title === 'string'
      ? { handle: p.handle, title: p.title, body: typeof p.body === 'string' ? p.body : '' }
      : null;
  } catch {
    return null;
  }
}

/**
 * The published policies, in the order a footer lists them. The subscription policy counts only
 * when the merchant set one (Shopify's default has no id).
 */
export function policyLinks(shop: Shop): PolicyLink[] {
  const legal = [shop.legalNotice?.value, shop.contactInformation?.value].map(storefrontOnlyPolicy);
  return [
    shop.termsOfService,
    shop.refundPolicy,
    shop.shippingPolicy,
    shop.privacyPolicy,
    shop.subscriptionPolicy?.id ? shop.subscriptionPolicy : null,
    ...legal,
  ]
    .filter((p): p is PolicyLink => p != null)
    .map((p) => ({ handle: p.handle, title: p.title }));
}

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * The brand's logo (a path on this host) and its colours as CSS custom properties: the primary
 * group's background and foreground become the brand colours, the secondary background the accent.
 * Only #RRGGBB values pass, so the style text cannot carry anything else.
 */
export function brandOf(brand: Shop['brand'], origin: string) {
  const image = brand?.logo?.image;
  const logo = image
    ? {
        url: image.url.startsWith(origin) ? image.url.slice(origin.length) : image.url,
        width: image.width ?? null,
        height: image.height ?? null,
      }
    : null;
  const vars: [string, unknown][] = [
    ['--color-brand', brand?.colors.primary[0]?.background],
    ['--color-brand-ink', brand?.colors.primary[0]?.foreground],
    ['--color-accent', brand?.colors.secondary[0]?.background],
  ];
  const declarations = vars
    .filter(([, v]) => typeof v === 'string' && HEX.test(v))
    .map(([k, v]) => `${k}:${String(v)}`);
  return { logo, css: declarations.length ? `:root{${declarations.join(';')}}` : '' };
}
