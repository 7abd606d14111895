import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProductImage, type ImageData } from './product-image.tsx';

/** Main image plus thumbnails; thumbnails are buttons, so it works from the keyboard. */
export function ProductGallery({
  images,
  initialIndex = 0,
  title,
}: {
  images: (ImageData & { id?: string | null })[];
  initialIndex?: number;
  title: string;
}) {
  const { t } = useTranslation('product');
  const [index, setIndex] = useState(initialIndex);
  const current = images[index] ?? images[0];
  if (!current) return <div className="gallery gallery--empty" aria-hidden="true" />;
  return (
    <section className="gallery" aria-label={t('gallery', { title })}>
      <div className="gallery__main">
        <ProductImage image={current} sizes="(min-width: 1024px) 50vw, 100vw" loading="eager" priority />
      </div>
      {images.length > 1 ? (
        <ul className="gallery__thumbs">
          {images.map((img, i) => (
            <li key={img.id ?? img.url}>
              <button
                type="button"
                className={`gallery__thumb${i === index ? ' is-active' : ''}`}
                aria-pressed={i === index}
                aria-label={t('showImage', { number: i + 1, total: images.length })}
                onClick={() => setIndex(i)}
              >
                <img
                  src={img.url.replace(/-(800|1200)\.webp$/, '-400.webp')}
                  alt=""
                  width={80}
                  height={80}
                  loading="lazy"
                />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
