import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Await, useFetcher } from 'react-router';
import type { ProductCardData } from '#app/storefront/product-card-data.ts';
import { ProductGrid } from './product-grid.tsx';

type Loaded = { recommendations: ProductCardData[] };

/**
 * "You may also like" under a product. Crawlers get the products in the page (`streamed`); a
 * browser asks for them once the page is interactive, as Shopify's themes do, so they cost the
 * first load nothing: no query before the page streams, no bytes in its hydration data.
 */
export function Recommendations({
  streamed,
  handle,
  prefix,
}: {
  streamed: Promise<ProductCardData[]> | null;
  handle: string;
  prefix: string;
}) {
  if (streamed)
    return (
      <Suspense fallback={null}>
        <Await resolve={streamed} errorElement={null}>
          {(items) => <Shown items={items} prefix={prefix} />}
        </Await>
      </Suspense>
    );
  return <Fetched handle={handle} prefix={prefix} />;
}

function Fetched({ handle, prefix }: { handle: string; prefix: string }) {
  const { load, data } = useFetcher<Loaded>();
  const path = `${prefix}/products/${encodeURIComponent(handle)}/recommendations`;
  useEffect(() => {
    void load(path);
  }, [load, path]);
  return data ? <Shown items={data.recommendations} prefix={prefix} /> : null;
}

function Shown({ items, prefix }: { items: ProductCardData[]; prefix: string }) {
  const { t } = useTranslation('product');
  if (items.length === 0) return null;
  return (
    <section className="section" aria-labelledby="recommendations-title">
      <h2 id="recommendations-title">{t('youMayAlsoLike')}</h2>
      <ProductGrid products={items} prefix={prefix} eagerCount={0} />
    </section>
  );
}
