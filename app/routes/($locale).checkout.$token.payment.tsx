import { useTranslation } from 'react-i18next';
import { data, Form, Link, redirect, useNavigation, useSearchParams } from 'react-router';
import { Field } from '#app/components/checkout/field.tsx';
import { StripePaymentForm } from '#app/components/checkout/stripe-payment-form.tsx';
import { getEnv } from '#app/env.server.ts';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import { guardStep, provider, requireCheckout } from '#app/storefront/checkout-route.server.ts';
import { useCheckout } from '#app/storefront/use-checkout.ts';
import { savePaymentMethod } from '#app/modules/checkout/checkout.server.ts';
import { toStripeAmount } from '#app/modules/payments/core/stripe-amount.ts';
import { StoreCredit } from '#app/components/checkout/store-credit.tsx';
import { chooseCredit, sendCreditCode, verifyCreditCode } from '#app/modules/checkout/store-credit.server.ts';
import { toDecimalString, type Money } from '#app/modules/money/core/money.ts';
import { tokenizeTestCard } from '#app/modules/payments/core/test-cards.ts';
import type { Route } from './+types/($locale).checkout.$token.payment';

export const handle = { step: 'payment' };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { state, paths } = await requireCheckout(context, params);
  guardStep(state, 'payment', paths);
  const env = getEnv();
  const charge = toStripeAmount(state.due.amount > 0 ? state.due : state.totals.total);
  const m = (v: Money) => ({ amount: toDecimalString(v), currencyCode: v.currencyCode });
  return {
    credit: {
      verified: state.credit.verified,
      balance: state.credit.balance ? m(state.credit.balance) : null,
      applied: state.credit.applied.amount > 0 ? m(state.credit.applied) : null,
      coversAll: state.credit.applied.amount > 0 && state.due.amount === 0,
    },
    provider: provider().kind,
    publishableKey: env.STRIPE_PUBLISHABLE_KEY ?? null,
    stripeAmount: charge.amount,
    stripeCurrency: charge.currency,
  };
}

/** Test mode tokenizes the card here (the number is never stored); Stripe sends a PaymentMethod id made in the browser. */
export async function action({ request, params, context }: Route.ActionArgs) {
  assertSameOrigin(request);
  const { db, token, paths, state } = await requireCheckout(context, params);
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  if (intent === 'credit-send') return data({ credit: await sendCreditCode(db, state) });
  if (intent === 'credit-verify') {
    const outcome = await verifyCreditCode(db, state, String(form.get('code') ?? ''));
    if (outcome !== 'verified') return data({ credit: outcome }, { status: 400 });
    throw redirect(paths.step('payment'));
  }
  if (intent === 'credit-use' || intent === 'credit-remove') {
    await chooseCredit(db, token, intent === 'credit-use');
    throw redirect(paths.step('payment'));
  }
  if (intent === 'credit-continue') {
    if (state.next === 'review') throw redirect(paths.step('review'));
    return data({ credit: 'notCovered' as const }, { status: 400 });
  }
  if (provider().kind === 'stripe') {
    const pm = String(form.get('paymentMethod') ?? '');
    if (!/^pm_[A-Za-z0-9_]{3,100}$/.test(pm))
      return data({ problems: { number: 'incorrectNumber' as const } }, { status: 400 });
    await savePaymentMethod(db, token, pm, String(form.get('label') ?? '').slice(0, 60));
  } else {
    const card = tokenizeTestCard(
      {
        number: String(form.get('number') ?? ''),
        expiry: String(form.get('expiry') ?? ''),
        cvc: String(form.get('cvc') ?? ''),
      },
      new Date(),
    );
    if (!card.ok) return data({ problems: card.problems }, { status: 400 });
    await savePaymentMethod(db, token, card.paymentMethod, `${card.brand.toUpperCase()} •••• ${card.last4}`);
  }
  throw redirect(paths.step('review'));
}

export default function Payment({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('checkout');
  const { base } = useCheckout();
  const [params] = useSearchParams();
  const busy = useNavigation().state !== 'idle';
  const problems: Partial<Record<'number' | 'expiry' | 'cvc', string>> =
    actionData && 'problems' in actionData ? actionData.problems : {};
  const credit = actionData && 'credit' in actionData ? actionData.credit : null;
  const declined = params.get('declined');
  const error = (f: 'number' | 'expiry' | 'cvc') => (problems[f] ? t(`errors.${problems[f]}`) : null);
  return (
    <div className="form-grid">
      <h2>{t('steps.payment')}</h2>
      {declined ? (
        <p className="error-summary" role="alert">
          {t(`declined.${declined}`, { defaultValue: t('declined.card_declined') })}
        </p>
      ) : null}
      <StoreCredit credit={loaderData.credit} outcome={credit} busy={busy} />
      {loaderData.credit.coversAll ? (
        <Form method="post" className="checkout-actions">
          <input type="hidden" name="intent" value="credit-continue" />
          <Link to={`${base}/delivery`}>{t('back')}</Link>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('continue')}
          </button>
        </Form>
      ) : null}
      {loaderData.credit.coversAll ? null : <p className="muted small">{t('payment.secure')}</p>}
      {loaderData.credit.coversAll ? null : loaderData.provider === 'stripe' ? (
        <StripePaymentForm
          publishableKey={loaderData.publishableKey}
          amount={loaderData.stripeAmount}
          currency={loaderData.stripeCurrency}
        />
      ) : (
        <Form method="post" className="form-grid" noValidate>
          <Field
            id="number"
            name="number"
            label={t('payment.number')}
            inputMode="numeric"
            autoComplete="cc-number"
            required
            error={error('number')}
          />
          <div className="form-row">
            <Field
              id="expiry"
              name="expiry"
              label={t('payment.expiry')}
              autoComplete="cc-exp"
              required
              error={error('expiry')}
            />
            <Field
              id="cvc"
              name="cvc"
              label={t('payment.cvc')}
              inputMode="numeric"
              autoComplete="cc-csc"
              required
              error={error('cvc')}
            />
          </div>
          <div className="checkout-actions">
            <Link to={`${base}/delivery`}>{t('back')}</Link>
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('continue')}
            </button>
          </div>
        </Form>
      )}
    </div>
  );
}
