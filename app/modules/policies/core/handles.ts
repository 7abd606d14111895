/**
 * Shopify's policy URL handles (`/policies/<handle>`), plus Meridian's two storefront-only kinds.
 * The keys are the kinds of shop_policies.kind (a unit test holds the two lists equal).
 */
export const POLICY_HANDLES = {
  privacy: 'privacy-policy',
  refund: 'refund-policy',
  shipping: 'shipping-policy',
  terms: 'terms-of-service',
  subscription: 'subscription-policy',
  legal_notice: 'legal-notice',
  contact_information: 'contact-information',
} as const;

export type PolicyKind = keyof typeof POLICY_HANDLES;
export const POLICY_KINDS = Object.keys(POLICY_HANDLES) as PolicyKind[];

export type PolicyHandle = (typeof POLICY_HANDLES)[PolicyKind];

/** The order policies are listed in (admin, footer, /policies). */
export const POLICY_ORDER: readonly PolicyKind[] = [
  'terms',
  'refund',
  'shipping',
  'privacy',
  'subscription',
  'legal_notice',
  'contact_information',
];

/** The Storefront API's Shop fields, by kind; legal notice and contact information have none. */
export const API_FIELDS = {
  privacyPolicy: 'privacy',
  refundPolicy: 'refund',
  shippingPolicy: 'shipping',
  termsOfService: 'terms',
  subscriptionPolicy: 'subscription',
} as const satisfies Record<string, PolicyKind>;

/** Kinds served only by Meridian's own storefront (as shop metafields `meridian.<kind>`). */
export const STOREFRONT_ONLY_KINDS = [
  'legal_notice',
  'contact_information',
] as const satisfies readonly PolicyKind[];

export function kindOfHandle(handle: string): PolicyKind | null {
  for (const [kind, h] of Object.entries(POLICY_HANDLES)) if (h === handle) return kind as PolicyKind;
  return null;
}

export function isPolicyKind(value: string): value is PolicyKind {
  return Object.hasOwn(POLICY_HANDLES, value);
}
