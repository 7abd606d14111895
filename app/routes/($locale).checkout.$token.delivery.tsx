import { useTranslation } from 'react-i18next';
import { parseRowId } from '#app/lib/row-id.ts';
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import { useMoneyFormatter } from '#app/components/product/price.tsx';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import { guardStep, requireCheckout } from '#app/storefront/checkout-route.server.ts';
import { useCheckout } from '#app/storefront/use-checkout.ts';
import { saveShippingRate } from '#app/modules/checkout/checkout.server.ts';
import type { Route } from './+types/($locale).checkout.$token.delivery';

export const handle = { step: 'delivery' };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { state, paths } = await requireCheckout(context, params);
  guardStep(state, 'delivery', paths);
  return null;
}

export async function action({ request, params, context }: Route.ActionArgs) {
  assertSameOrigin(request);
  const { db, state, paths } = await requireCheckout(context, params);
  const form = await request.formData();
  const rateId = parseRowId(form.get('rate'));
  if (!rateId || !(await saveShippingRate(db, state, rateId)))
    return data({ error: 'invalidRate' }, { status: 400 });
  throw redirect(paths.step('payment'));
}

export default function Delivery({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation('checkout');
  const { view, base } = useCheckout();
  const format = useMoneyFormatter();
  const busy = useNavigation().state !== 'idle';
  const selected = view.shipping?.rateId ?? view.options[0]?.rateId;
  return (
    <Form method="post" className="form-grid">
      <h2>{t('steps.delivery')}</h2>
      {view.options.length === 0 ? (
        <p role="alert">{t('delivery.none')}</p>
      ) : (
        <fieldset className="options" aria-describedby={actionData?.error ? 'rate-error' : undefined}>
          <legend>{t('delivery.choose')}</legend>
          {view.options.map((o) => (
            <label key={o.rateId} className="option">
              <input type="radio" name="rate" value={o.rateId} defaultChecked={o.rateId === selected} />
              <span>
                {t(`delivery.services.${o.service}`)}
                <br />
                <small className="muted">{t('delivery.days', { min: o.minDays, max: o.maxDays })}</small>
              </span>
              <span className="option__price">
                {o.free || Number(o.price.amount) === 0 ? t('summary.free') : format(o.price)}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {actionData?.error ? (
        <p className="field__error" id="rate-error" role="alert">
          {t(`errors.${actionData.error}`)}
        </p>
      ) : null}
      <div className="checkout-actions">
        <Link to={`${base}/address`}>{t('back')}</Link>
        <button type="submit" className="button button--primary" disabled={busy || view.options.length === 0}>
          {t('continue')}
        </button>
      </div>
    </Form>
  );
}
