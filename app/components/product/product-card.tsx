import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProductCardData } from '#app/storefront/product-card-data.ts';
import { Price } from './price.tsx';
import { ProductImage } from './product-image.tsx';
import { readPromotion } from './promotion-badge.tsx';
import { UnitPrice } from './unit-price.tsx';

export type { ProductCardData };

export function ProductCard({
  product,
  prefix,
  eager = false,
}: {
  product: ProductCardData;
  prefix: string;
  eager?: boolean;
}) {
  const { t } = useTranslation('product');
  const { min, compareAt: compare, swatches } = product;
  const promotion = readPromotion(product.promotion);
  return (
    <article className="product-card" data-testid="product-card">
      <Link
        to={`${prefix}/products/${encodeURIComponent(product.handle)}`}
        className="product-card__link"
        prefetch="intent"
      >
        <div className="product-card__media">
          {product.featuredImage ? (
            <ProductImage
              image={product.featuredImage}
              sizes="(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
              loading={eager ? 'eager' : 'lazy'}
            />
          ) : null}
          {!product.availableForSale ? (
            <span className="badge badge--muted">{t('soldOut')}</span>
          ) : promotion ? (
            <span className="badge badge--sale" data-testid="promotion-badge">
              {promotion.title}
            </span>
          ) : Number(compare.amount) > Number(min.amount) ? (
            <span className="badge badge--sale">{t('sale')}</span>
          ) : null}
        </div>
        <h3 className="product-card__title">{product.title}</h3>
      </Link>
      <p className="product-card__vendor muted">{product.vendor}</p>
      <p className="product-card__price">
        <Price
          price={min}
          compareAt={Number(compare.amount) > 0 ? compare : null}
          from={product.varies}
          lowestPrice={product.lowestPrice}
        />
        <UnitPrice price={min} measurement={product.unitPriceMeasurement} />
      </p>
      {swatches.length > 0 ? (
        <ul className="swatches" aria-label={t('colorsAvailable', { count: swatches.length })}>
          {swatches.map((s) => (
            <li key={s.name} className="swatch" style={{ backgroundColor: s.color }} title={s.name}>
              <span className="visually-hidden">{s.name}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
