import { useTranslation } from 'react-i18next';
import { Form, Link, useNavigation } from 'react-router';
import { useLayout } from '#app/storefront/use-layout.ts';
import { countryName, currencyName, marketName } from '#app/modules/checkout/core/display-names.ts';

interface Store {
  country: string;
  marketCountries: string[];
  currency: string;
  prefix: string;
}

/**
 * Shown when the shopper picks a country another store (market) serves: that store's prices,
 * currency and duties differ, so the checkout moves there, cart and all, only when they say so.
 */
export function StoreSwitch({ store, current }: { store: Store; current: string }) {
  const { t } = useTranslation('checkout');
  const { intlLocale } = useLayout();
  const busy = useNavigation().state !== 'idle';
  const market = marketName(store.marketCountries, intlLocale);
  return (
    <Form method="post" className="store-switch" role="status" data-testid="store-switch">
      <p>
        {t('address.switch.message', {
          country: countryName(store.country, intlLocale),
          market,
          currency: currencyName(store.currency, intlLocale),
        })}
      </p>
      <input type="hidden" name="intent" value="switch-store" />
      <input type="hidden" name="countryCode" value={store.country} />
      <div className="store-switch__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('address.switch.button', { market })}
        </button>
        <Link to={`?country=${current}`} replace preventScrollReset>
          {t('address.switch.stay', { country: countryName(current, intlLocale) })}
        </Link>
      </div>
    </Form>
  );
}
