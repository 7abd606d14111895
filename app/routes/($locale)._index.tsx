import { Trans, useTranslation } from 'react-i18next';
import { data, Link } from 'react-router';
import { ProductGrid } from '#app/components/product/product-grid.tsx';
import { ProductImage } from '#app/components/product/product-image.tsx';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { parseJsonMetafield, type ReturnPolicyJson } from '#app/storefront/offer-json-ld.ts';
import { pageCache, storefrontFor } from '#app/storefront/page.server.ts';
import { seoExtras } from '#app/storefront/seo-page.server.ts';
import { PRODUCT_CARD_FRAGMENT } from '#app/storefront/storefront-queries.ts';
import { useLayout } from '#app/storefront/use-layout.ts';
import { productCard } from '#app/storefront/product-card-data.ts';
import type { Route } from './+types/($locale)._index';

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  const t = getI18n(context).t;
  const home = await sf.storefront.query(HOME_QUERY, { cache: sf.storefront.CacheShort() });
  return data(
    {
      home: {
        // The shop's SEO and return-policy metafields are read here; the page shows these.
        shop: {
          name: home.shop.name,
          description: home.shop.description,
          brand: home.shop.brand ? { slogan: home.shop.brand.slogan } : null,
        },
        collections: home.collections,
        featured: home.featured && {
          handle: home.featured.handle,
          title: home.featured.title,
          products: { nodes: home.featured.products.nodes.map(productCard) },
        },
        sale: home.sale && {
          handle: home.sale.handle,
          title: home.sale.title,
          products: { nodes: home.sale.products.nodes.map(productCard) },
        },
      },
      // The promise on the page is the market's own return window, not a fixed number.
      returnDays: parseJsonMetafield<ReturnPolicyJson>(home.shop.returnPolicy)?.days ?? 0,
      seo: {
        title: home.shop.titleTag?.value ?? t('home.metaTitle', { shop: home.shop.name }),
        description: home.shop.descriptionTag?.value ?? home.shop.description ?? t('home.metaDescription'),
        ...seoExtras(home.shop),
      },
    },
    { headers: { 'Cache-Control': pageCache(request) } },
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: Route.MetaFunction = ({ data: d }) => pageMeta(d?.seo);

export default function Home({ loaderData }: Route.ComponentProps) {
  const { home, returnDays } = loaderData;
  const { t } = useTranslation();
  const root = useLayout();
  const hero = home.featured?.products.nodes[0];
  return (
    <>
      <section className="hero">
        <div className="container hero__inner">
          <div className="hero__copy">
            <p className="eyebrow">{t('home.eyebrow')}</p>
            <h1>{home.shop.brand?.slogan ?? home.shop.name}</h1>
            <p className="hero__lead">{home.shop.description}</p>
            <div className="hero__actions">
              <Link
                className="button"
                to={`${root.prefix}/collections/${encodeURIComponent(home.featured?.handle ?? 'new-arrivals')}`}
              >
                {t('home.shopNew')}
              </Link>
              <Link className="button button--ghost" to={`${root.prefix}/collections`}>
                {t('home.browseAll')}
              </Link>
            </div>
          </div>
          {hero?.featuredImage ? (
            <div className="hero__media">
              <ProductImage
                image={hero.featuredImage}
                sizes="(min-width: 1024px) 40vw, 90vw"
                loading="eager"
                priority
              />
            </div>
          ) : null}
        </div>
      </section>
      <section className="container section" aria-labelledby="collections-title">
        <div className="section__head">
          <h2 id="collections-title">{t('home.shopByCollection')}</h2>
          <Link to={`${root.prefix}/collections`}>{t('home.viewAll')}</Link>
        </div>
        <ul className="collection-tiles">
          {home.collections.nodes.map((c) => (
            <li key={c.id}>
              <Link
                to={`${root.prefix}/collections/${encodeURIComponent(c.handle)}`}
                className="collection-tile"
              >
                {c.image ? (
                  <ProductImage image={{ ...c.image, altText: '' }} sizes="(min-width: 1024px) 16vw, 45vw" />
                ) : null}
                <span className="collection-tile__title">{c.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {home.featured ? (
        <section className="container section" aria-labelledby="new-title">
          <div className="section__head">
            <h2 id="new-title">{home.featured.title}</h2>
            <Link to={`${root.prefix}/collections/${encodeURIComponent(home.featured.handle)}`}>
              {t('home.viewAll')}
            </Link>
          </div>
          <ProductGrid products={home.featured.products.nodes} prefix={root.prefix} eagerCount={0} />
        </section>
      ) : null}
      {home.sale && home.sale.products.nodes.length > 0 ? (
        <section className="container section" aria-labelledby="sale-title">
          <div className="section__head">
            <h2 id="sale-title">{home.sale.title}</h2>
            <Link to={`${root.prefix}/collections/${encodeURIComponent(home.sale.handle)}`}>
              {t('home.viewAll')}
            </Link>
          </div>
          <ProductGrid products={home.sale.products.nodes} prefix={root.prefix} eagerCount={0} />
        </section>
      ) : null}
      <section className="container section value-props" aria-label={t('home.valueProps')}>
        <div>
          <h3>{t('home.landedCostTitle')}</h3>
          <p>{t('home.landedCostBody')}</p>
        </div>
        <div data-testid="returns-promise">
          <h3>{returnDays > 0 ? t('home.returnsTitle') : t('home.returnsNoneTitle')}</h3>
          <p>
            <Trans
              i18nKey={returnDays > 0 ? 'home.returnsBody' : 'home.returnsNone'}
              count={returnDays > 0 ? returnDays : undefined}
              t={t}
              components={{
                contact: <Link to={`${root.prefix}/pages/contact`} />,
                start: <Link to={`${root.prefix}/returns/start`} />,
              }}
            />
          </p>
        </div>
        <div>
          <h3>{t('home.currencyTitle')}</h3>
          <p>{t('home.currencyBody', { currency: root.currency })}</p>
        </div>
      </section>
    </>
  );
}

const HOME_QUERY = `#graphql
  query Home($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    shop {
      name description brand { slogan }
      returnPolicy: metafield(namespace: "meridian", key: "return_policy") { value }
      titleTag: metafield(namespace: "global", key: "title_tag") { value }
      descriptionTag: metafield(namespace: "global", key: "description_tag") { value }
      hidden: metafield(namespace: "seo", key: "hidden") { value }
      ogTitle: metafield(namespace: "meridian", key: "og_title") { value }
      ogDescription: metafield(namespace: "meridian", key: "og_description") { value }
      ogImage: metafield(namespace: "meridian", key: "og_image") { value }
    }
    collections(first: 8) { nodes { id handle title image { url altText width height } } }
    featured: collection(handle: "new-arrivals") { id handle title products(first: 8) { nodes { ...ProductCard } } }
    sale: collection(handle: "sale") { id handle title products(first: 4) { nodes { ...ProductCard } } }
  }
  ${PRODUCT_CARD_FRAGMENT}
` as const;
