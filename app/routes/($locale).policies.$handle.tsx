import { useTranslation } from 'react-i18next';
import { data, Link } from 'react-router';
import { htmlToText } from '#app/lib/html-text.ts';
import { storefrontOnlyPolicy } from '#app/storefront/brand-and-policies.ts';
import { localizeLinks } from '#app/storefront/localize-links.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { missingPage, pageCache, storefrontFor } from '#app/storefront/page.server.ts';
import { shopNameFrom, useLayout } from '#app/storefront/use-layout.ts';
import type { Route } from './+types/($locale).policies.$handle';

/** Shopify's policy URLs, and Meridian's two storefront-only ones (served as shop metafields). */
const FIELDS = {
  'privacy-policy': 'privacyPolicy',
  'refund-policy': 'refundPolicy',
  'shipping-policy': 'shippingPolicy',
  'terms-of-service': 'termsOfService',
  'subscription-policy': 'subscriptionPolicy',
  'legal-notice': 'legalNotice',
  'contact-information': 'contactInformation',
} as const;

function isHandle(h: string | undefined): h is keyof typeof FIELDS {
  return h !== undefined && Object.hasOwn(FIELDS, h);
}

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  if (!isHandle(params.handle)) return missingPage(request, sf);
  const field = FIELDS[params.handle];
  // Only the asked-for policy's body is fetched (the skeleton's @include pattern).
  const variables = Object.fromEntries(Object.values(FIELDS).map((f) => [f, f === field])) as Record<
    (typeof FIELDS)[keyof typeof FIELDS],
    boolean
  >;
  const { shop } = await sf.storefront.query(POLICY_QUERY, { variables, cache: sf.storefront.CacheLong() });
  const policy =
    field === 'legalNotice' || field === 'contactInformation'
      ? storefrontOnlyPolicy(shop[field]?.value)
      : shop[field];
  // An unpublished policy is a 404 like Shopify's (the subscription policy always has its default).
  if (!policy?.body) return missingPage(request, sf);
  const body = localizeLinks(policy.body, sf.locale.pathPrefix);
  return data(
    {
      policy: { title: policy.title, body },
      seo: { title: policy.title, description: htmlToText(body).slice(0, 160) },
    },
    { headers: { 'Cache-Control': pageCache(request) } },
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;
export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d?.seo, shopNameFrom(matches));

export default function Policy({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation('policies');
  const root = useLayout();
  const { policy } = loaderData;
  return (
    <article className="container section content-page" data-testid="policy">
      <h1>{policy.title}</h1>
      <div className="rte" dangerouslySetInnerHTML={{ __html: policy.body }} />
      <nav className="policy-nav" aria-label={t('title')}>
        <Link to={`${root.prefix}/policies`}>{t('all')}</Link>
      </nav>
    </article>
  );
}

const POLICY_QUERY = `#graphql
  fragment PolicyFields on ShopPolicy { id handle title body }
  query Policy(
    $country: CountryCode
    $language: LanguageCode
    $privacyPolicy: Boolean!
    $refundPolicy: Boolean!
    $shippingPolicy: Boolean!
    $termsOfService: Boolean!
    $subscriptionPolicy: Boolean!
    $legalNotice: Boolean!
    $contactInformation: Boolean!
  ) @inContext(country: $country, language: $language) {
    shop {
      privacyPolicy @include(if: $privacyPolicy) { ...PolicyFields }
      refundPolicy @include(if: $refundPolicy) { ...PolicyFields }
      shippingPolicy @include(if: $shippingPolicy) { ...PolicyFields }
      termsOfService @include(if: $termsOfService) { ...PolicyFields }
      subscriptionPolicy @include(if: $subscriptionPolicy) { id handle title body }
      legalNotice: metafield(namespace: "meridian", key: "legal_notice") @include(if: $legalNotice) { value }
      contactInformation: metafield(namespace: "meridian", key: "contact_information")
        @include(if: $contactInformation) { value }
    }
  }
` as const;
