import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { Stripe } from '@stripe/stripe-js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, useSubmit } from 'react-router';

/**
 * Stripe's Payment Element. It creates a PaymentMethod in the browser (card data never touches
 * our server); the review step confirms it on the server. If Stripe.js cannot load (blocked,
 * offline), the shopper gets a clear message instead of a dead form.
 * Stripe.js is fetched only here, when the Stripe provider is active: the `pure` entry does not
 * inject its script on import (the package's main entry does, on every page that bundles it).
 */
export function StripePaymentForm({
  publishableKey,
  amount,
  currency,
}: {
  publishableKey: string | null;
  amount: number;
  currency: string;
}) {
  const { t } = useTranslation('checkout');
  const [stripe, setStripe] = useState<Promise<Stripe | null> | null>(null);
  const [failed, setFailed] = useState(!publishableKey);
  useEffect(() => {
    if (!publishableKey) return;
    let live = true;
    // Client only (an effect, so the server and the first render agree); Elements takes the pending Stripe.js promise.
    import('@stripe/stripe-js/pure')
      .then(({ loadStripe }) => {
        if (!live) return;
        const promise = loadStripe(publishableKey).catch(() => null);
        void promise.then((s) => {
          if (!s && live) setFailed(true);
        });
        setStripe(promise);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [publishableKey]);
  if (failed)
    return (
      <p className="error-summary" role="alert">
        {t('payment.stripeUnavailable')}
      </p>
    );
  if (!stripe)
    return (
      <p className="muted" aria-busy="true">
        …
      </p>
    );
  return (
    <Elements
      stripe={stripe}
      options={{
        mode: 'payment',
        amount,
        currency,
        captureMethod: 'manual',
        paymentMethodCreation: 'manual',
      }}
    >
      <StripeFields />
    </Elements>
  );
}

function StripeFields() {
  const { t } = useTranslation('checkout');
  const stripe = useStripe();
  const elements = useElements();
  const submit = useSubmit();
  const busy = useNavigation().state !== 'idle';
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!stripe || !elements) return;
    const submitted = await elements.submit();
    if (submitted.error) return setError(submitted.error.message ?? t('declined.card_declined'));
    const { paymentMethod, error: createError } = await stripe.createPaymentMethod({ elements });
    if (createError || !paymentMethod) return setError(createError?.message ?? t('declined.card_declined'));
    const card = paymentMethod.card;
    submit(
      {
        paymentMethod: paymentMethod.id,
        label: card ? `${card.brand.toUpperCase()} •••• ${card.last4}` : paymentMethod.type,
      },
      { method: 'post' },
    );
  };
  return (
    <form onSubmit={onSubmit} className="form-grid">
      <PaymentElement />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={!stripe || busy}>
        {t('continue')}
      </button>
    </form>
  );
}
