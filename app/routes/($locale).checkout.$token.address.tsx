import { useTranslation } from 'react-i18next';
import { data, Form, redirect, useNavigation, useSearchParams, useSubmit } from 'react-router';
import { Field } from '#app/components/checkout/field.tsx';
import { assertSameOrigin } from '#app/lib/admin.server.ts';
import { guardStep, requireCheckout } from '#app/lib/checkout.server.ts';
import { useCheckout } from '#app/lib/use-checkout.ts';
import { useLayout } from '#app/lib/use-layout.ts';
import { saveAddress } from '#app/modules/checkout/checkout.server.ts';
import { addressFormat, type AddressErrors, type AddressField } from '#app/modules/checkout/core/address-format.ts';
import { REGIONS } from '#app/modules/checkout/core/regions.ts';
import type { Route } from './+types/($locale).checkout.$token.address';

export const handle = { step: 'address' };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { state, paths } = await requireCheckout(context, params);
  guardStep(state, 'address', paths);
  return null;
}

const FIELDS: AddressField[] = ['firstName', 'lastName', 'company', 'address1', 'address2', 'city', 'province', 'zip', 'phone'];

export async function action({ request, params, context }: Route.ActionArgs) {
  assertSameOrigin(request);
  const { db, state, paths } = await requireCheckout(context, params);
  const form = await request.formData();
  const raw = Object.fromEntries(['countryCode', ...FIELDS].map((k) => [k, String(form.get(k) ?? '')]));
  const result = await saveAddress(db, state, raw);
  if (!result.ok) return data({ errors: result.errors, values: raw }, { status: 400 });
  throw redirect(paths.step('delivery'));
}

const AUTOCOMPLETE: Record<AddressField, string> = {
  firstName: 'shipping given-name', lastName: 'shipping family-name', company: 'shipping organization', address1: 'shipping address-line1',
  address2: 'shipping address-line2', city: 'shipping address-level2', province: 'shipping address-level1', zip: 'shipping postal-code', phone: 'shipping tel',
};

export default function Address({ actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('checkout');
  const { view } = useCheckout();
  const root = useLayout();
  const [params] = useSearchParams();
  const submit = useSubmit();
  const busy = useNavigation().state !== 'idle';
  const values: Record<string, string> = actionData?.values ?? { ...(view.address ?? {}) } as Record<string, string>;
  const requested = params.get('country') ?? values.countryCode ?? view.country;
  const country = view.countries.includes(requested) ? requested : view.country;
  const format = addressFormat(country);
  const regions = REGIONS[country];
  const errors: AddressErrors = actionData?.errors ?? {};
  const names = new Intl.DisplayNames([root.intlLocale], { type: 'region' });
  const label = (field: AddressField) => {
    const specific = `address.labels.${country}.${field}`;
    const base = i18n.exists(`checkout:${specific}`) ? t(specific) : t(`address.${field}`);
    return field === 'phone' && !format.required.includes('phone') ? t('address.phoneOptional') : base;
  };
  const error = (field: AddressField | 'countryCode') => (errors[field] ? t(`errors.${errors[field]}`) : null);
  const count = Object.keys(errors).length;
  return (
    <Form method="post" className="form-grid" noValidate>
      <h2>{t('steps.address')}</h2>
      {count ? <div className="error-summary" role="alert" tabIndex={-1}>{t('errors.summary', { count })}</div> : null}
      <Field id="countryCode" label={t('address.country')} error={error('countryCode')}>
        <select id="countryCode" name="countryCode" autoComplete="shipping country" value={country}
          onChange={(e) => submit({ country: e.target.value }, { method: 'get', replace: true, preventScrollReset: true })}>
          {view.countries.map((c) => <option key={c} value={c}>{names.of(c) ?? c}</option>)}
        </select>
      </Field>
      {view.countries.length < 2 ? <p className="small muted">{t('address.otherCountries', { market: view.marketName })}</p> : null}
      {format.rows.map((row) => (
        <div className="form-row" key={row.join('-')}>
          {row.map((field) => field === 'province' && regions ? (
            <Field key={field} id={field} label={label(field)} error={error(field)}>
              <select id={field} name={field} autoComplete={AUTOCOMPLETE[field]} defaultValue={values[field] ?? ''} aria-invalid={errors[field] ? true : undefined} aria-describedby={errors[field] ? `${field}-error` : undefined}>
                <option value="">{t('address.provinceChoose')}</option>
                {regions.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
              </select>
            </Field>
          ) : (
            <Field key={field} id={field} name={field} label={label(field)} autoComplete={AUTOCOMPLETE[field]} defaultValue={values[field] ?? ''}
              required={format.required.includes(field)} error={error(field)} type={field === 'phone' ? 'tel' : 'text'}
              help={field === 'zip' && format.zipExample ? t('address.zipExample', { example: format.zipExample }) : null} />
          ))}
        </div>
      ))}
      <div className="checkout-actions">
        <span />
        <button type="submit" className="button button--primary" disabled={busy}>{t('continue')}</button>
      </div>
    </Form>
  );
}
