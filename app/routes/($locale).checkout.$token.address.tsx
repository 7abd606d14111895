import { useTranslation } from 'react-i18next';
import { data, Form, Link, redirect, useNavigation, useSearchParams, useSubmit } from 'react-router';
import { Field } from '#app/components/checkout/field.tsx';
import { StoreSwitch } from '#app/components/checkout/store-switch.tsx';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import {
  checkoutPaths,
  guardStep,
  otherStores,
  requireCheckout,
} from '#app/storefront/checkout-route.server.ts';
import { useCheckout } from '#app/storefront/use-checkout.ts';
import { useLayout } from '#app/storefront/use-layout.ts';
import { moveToMarket, saveAddress } from '#app/modules/checkout/checkout.server.ts';
import {
  addressFormat,
  type AddressErrors,
  type AddressField,
} from '#app/modules/checkout/core/address-format.ts';
import { countryName, sortByCountryName } from '#app/modules/checkout/core/display-names.ts';
import { REGIONS, regionLabel } from '#app/modules/checkout/core/regions.ts';
import type { Route } from './+types/($locale).checkout.$token.address';

export const handle = { step: 'address' };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { state, paths } = await requireCheckout(context, params);
  guardStep(state, 'address', paths);
  return null;
}

const FIELDS: AddressField[] = [
  'firstName',
  'lastName',
  'company',
  'address1',
  'address2',
  'city',
  'province',
  'zip',
  'phone',
];

/**
 * Saves the address, or (intent "switch-store") moves the checkout and its cart to the store
 * that serves another market's country, under that store's locale prefix. A country of another
 * market sent with the address (no JavaScript) gets the offer to switch instead of an error.
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  assertSameOrigin(request);
  const { sf, db, state, paths, token } = await requireCheckout(context, params);
  const form = await request.formData();
  const countryCode = String(form.get('countryCode') ?? '').toUpperCase();
  const store = otherStores(state.config, state.market.id, sf.locale.language).find(
    (s) => s.country === countryCode,
  );
  if (form.get('intent') === 'switch-store') {
    if (!store || !(await moveToMarket(db, state, countryCode)))
      return data(
        { errors: { countryCode: 'unsupportedCountry' } as AddressErrors, values: { countryCode } },
        { status: 400 },
      );
    throw redirect(`${checkoutPaths(store.prefix, token).step('address')}?country=${countryCode}`);
  }
  const raw = Object.fromEntries(['countryCode', ...FIELDS].map((k) => [k, String(form.get(k) ?? '')]));
  if (store) return data({ errors: {} as AddressErrors, values: raw }, { status: 409 });
  const result = await saveAddress(db, state, raw);
  if (!result.ok) return data({ errors: result.errors, values: raw }, { status: 400 });
  throw redirect(paths.step('delivery'));
}

const AUTOCOMPLETE: Record<AddressField, string> = {
  firstName: 'shipping given-name',
  lastName: 'shipping family-name',
  company: 'shipping organization',
  address1: 'shipping address-line1',
  address2: 'shipping address-line2',
  city: 'shipping address-level2',
  province: 'shipping address-level1',
  zip: 'shipping postal-code',
  phone: 'shipping tel',
};

export default function Address({ actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('checkout');
  const { view, base } = useCheckout();
  const root = useLayout();
  const [params] = useSearchParams();
  const submit = useSubmit();
  const busy = useNavigation().state !== 'idle';
  const values: Record<string, string> =
    actionData?.values ?? ({ ...(view.address ?? {}) } as Record<string, string>);
  const requested = (params.get('country') ?? values.countryCode ?? view.country).toUpperCase();
  const store = view.otherStores.find((s) => s.country === requested) ?? null;
  const country = view.countries.includes(requested) ? requested : view.country;
  const format = addressFormat(country);
  const regions = REGIONS[country];
  const errors: AddressErrors = actionData?.errors ?? {};
  const label = (field: AddressField) => {
    const specific = `address.labels.${country}.${field}`;
    const base = i18n.exists(`checkout:${specific}`) ? t(specific) : t(`address.${field}`);
    return field === 'phone' && !format.required.includes('phone') ? t('address.phoneOptional') : base;
  };
  const error = (field: AddressField | 'countryCode') =>
    errors[field] ? t(`errors.${errors[field]}`) : null;
  const count = Object.keys(errors).length;
  const others = sortByCountryName(
    view.otherStores.map((s) => s.country),
    root.intlLocale,
  );
  return (
    <>
      <Form method="post" className="form-grid" noValidate>
        <h2>{t('steps.address')}</h2>
        {count ? (
          <div className="error-summary" role="alert" tabIndex={-1}>
            {t('errors.summary', { count })}
          </div>
        ) : null}
        <Field
          id="countryCode"
          label={t('address.country')}
          error={error('countryCode')}
          help={others.length ? t('address.countryHelp') : null}
        >
          <select
            id="countryCode"
            name="countryCode"
            autoComplete="shipping country"
            value={store ? store.country : country}
            aria-describedby={others.length ? 'countryCode-help' : undefined}
            onChange={(e) =>
              submit({ country: e.target.value }, { method: 'get', replace: true, preventScrollReset: true })
            }
          >
            {sortByCountryName(view.countries, root.intlLocale).map((c) => (
              <option key={c} value={c}>
                {countryName(c, root.intlLocale)}
              </option>
            ))}
            {others.length ? (
              <optgroup label={t('address.otherStores')}>
                {others.map((c) => (
                  <option key={c} value={c}>
                    {countryName(c, root.intlLocale)}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </Field>
        {store ? null : (
          <>
            {format.rows.map((row) => (
              <div className="form-row" key={row.join('-')}>
                {row.map((field) =>
                  field === 'province' && regions ? (
                    <Field key={field} id={field} label={label(field)} error={error(field)}>
                      <select
                        id={field}
                        name={field}
                        autoComplete={AUTOCOMPLETE[field]}
                        defaultValue={values[field] ?? ''}
                        aria-invalid={errors[field] ? true : undefined}
                        aria-describedby={errors[field] ? `${field}-error` : undefined}
                      >
                        <option value="">{t('address.provinceChoose')}</option>
                        {regions.map((r) => (
                          <option key={r[0]} value={r[0]}>
                            {regionLabel(country, r, i18n.language)}
                          </option>
                        ))}
                      </select>
                    </Field>
                  ) : (
                    <Field
                      key={field}
                      id={field}
                      name={field}
                      label={label(field)}
                      autoComplete={AUTOCOMPLETE[field]}
                      defaultValue={values[field] ?? ''}
                      required={format.required.includes(field)}
                      error={error(field)}
                      type={field === 'phone' ? 'tel' : 'text'}
                      help={
                        field === 'zip' && format.zipExample
                          ? t('address.zipExample', { example: format.zipExample })
                          : null
                      }
                    />
                  ),
                )}
              </div>
            ))}
            <div className="checkout-actions">
              <Link to={`${base}/contact`}>{t('back')}</Link>
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('continue')}
              </button>
            </div>
          </>
        )}
      </Form>
      {store ? <StoreSwitch store={store} current={view.country} /> : null}
    </>
  );
}
