import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type LayoutData } from '#app/storefront/use-layout.ts';
import { formatDate } from '#app/lib/format.ts';

export function SiteFooter({ root }: { root: LayoutData }) {
  const { t } = useTranslation();
  const year = formatDate(new Date(), root.intlLocale, 'year');
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <div>
          <p className="site-footer__brand">{root.shopName}</p>
          <p className="muted">{root.slogan}</p>
        </div>
        <nav aria-label={t('footer.navigation')}>
          <ul className="site-footer__links">
            {root.footer.map((item) => (
              <li key={item.id}>
                <Link to={item.url ?? (root.prefix || '/')}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {root.policies.length ? (
          <nav aria-label={t('policies:footer')} data-testid="footer-policies">
            <ul className="site-footer__links">
              {root.policies.map((p) => (
                <li key={p.handle}>
                  <Link to={`${root.prefix}/policies/${p.handle}`}>{p.title}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="site-footer__meta">
          <p>{t('footer.pricesIn', { currency: root.currency })}</p>
          <p>{root.taxInclusive ? t('footer.taxIncluded') : t('footer.taxExcluded')}</p>
        </div>
      </div>
      <p className="container site-footer__legal">{t('footer.copyright', { year, shop: root.shopName })}</p>
    </footer>
  );
}
