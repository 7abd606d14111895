import { useTranslation } from 'react-i18next';
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import { Field } from '#app/components/checkout/field.tsx';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import { guardStep, requireCheckout } from '#app/storefront/checkout-route.server.ts';
import { useCheckout } from '#app/storefront/use-checkout.ts';
import { useLayout } from '#app/storefront/use-layout.ts';
import { saveContact } from '#app/modules/checkout/checkout.server.ts';
import type { Route } from './+types/($locale).checkout.$token.contact';

export const handle = { step: 'contact' };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { state, paths } = await requireCheckout(context, params);
  guardStep(state, 'contact', paths);
  return null;
}

export async function action({ request, params, context }: Route.ActionArgs) {
  assertSameOrigin(request);
  const { db, token, paths } = await requireCheckout(context, params);
  const form = await request.formData();
  const result = await saveContact(db, token, String(form.get('email') ?? ''));
  if (!result.ok) return data({ error: result.error }, { status: 400 });
  throw redirect(paths.step('address'));
}

export default function Contact({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation('checkout');
  const { view } = useCheckout();
  const root = useLayout();
  const busy = useNavigation().state !== 'idle';
  return (
    <Form method="post" className="form-grid" noValidate>
      <h2>{t('steps.contact')}</h2>
      <Field
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        required
        label={t('contact.email')}
        defaultValue={view.email ?? ''}
        help={t('contact.emailHelp')}
        error={actionData?.error ? t(`errors.${actionData.error}`) : null}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves only to a field the server refused, so its error is read out
        autoFocus={Boolean(actionData?.error)}
      />
      <p className="muted small">{t('contact.guest')}</p>
      <div className="checkout-actions">
        <Link to={`${root.prefix}/cart`}>{t('returnToCart')}</Link>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('continue')}
        </button>
      </div>
    </Form>
  );
}
