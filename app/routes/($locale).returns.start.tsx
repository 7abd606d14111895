import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, Form, redirect, useNavigation } from 'react-router';
import { z } from 'zod';
import { Field } from '#app/components/checkout/field.tsx';
import { getDb } from '#app/db/client.server.ts';
import { clientAddressContext } from '#app/lib/client-address.ts';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { marketForCountry } from '#app/modules/markets/core/market.ts';
import { lookupOrder } from '#app/modules/returns/lookup.server.ts';
import { portalPath } from '#app/modules/returns/portal-token.server.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { storefrontFor } from '#app/storefront/page.server.ts';
import { PORTAL_HEADERS } from '#app/storefront/returns-portal.server.ts';
import { shopNameFrom } from '#app/storefront/use-layout.ts';
import { getI18n } from '#app/i18n/middleware.server.ts';
import returnsStyles from '#app/styles/returns.css?url';
import type { Route } from './+types/($locale).returns.start';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: returnsStyles }];

export async function loader({ params, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  const market = marketForCountry(await getMarketConfig(getDb()), sf.locale.country);
  return data(
    {
      windowDays: market?.returnWindowDays ?? 0,
      seo: { title: getI18n(context).t('returns:lookup.heading') },
    },
    { headers: PORTAL_HEADERS },
  );
}

const OrderNumber = z
  .string()
  .trim()
  .regex(/^#?\d{1,9}$/, 'numberRequired')
  .transform((s) => Number(s.replace('#', '')));

const Lookup = z.discriminatedUnion('proof', [
  z.object({
    number: OrderNumber,
    proof: z.literal('email'),
    email: z
      .string()
      .trim()
      .min(3, 'emailRequired')
      .max(320, 'emailRequired')
      .includes('@', { message: 'emailRequired' }),
  }),
  z.object({
    number: OrderNumber,
    proof: z.literal('postalCode'),
    postalCode: z.string().trim().min(2, 'postalCodeRequired').max(20, 'postalCodeRequired'),
  }),
]);

export async function action({ request, params, context }: Route.ActionArgs) {
  assertSameOrigin(request);
  const sf = storefrontFor(context, params.locale);
  const form = Object.fromEntries(await request.formData());
  const parsed = Lookup.safeParse({ ...form, proof: form.proof === 'postalCode' ? 'postalCode' : 'email' });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
    return data({ errors, retryMinutes: 0 }, { status: 400 });
  }
  const v = parsed.data;
  const outcome = await lookupOrder(getDb(), {
    number: v.number,
    proof: v.proof === 'email' ? { email: v.email } : { postalCode: v.postalCode },
    client: context.get(clientAddressContext),
  });
  if (outcome.ok)
    throw redirect(portalPath(sf.locale.pathPrefix, outcome.orderId, new Date()), {
      headers: PORTAL_HEADERS,
    });
  if (outcome.reason === 'rateLimited')
    return data(
      {
        errors: { form: 'rateLimited' },
        retryMinutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)),
      },
      { status: 429, headers: { ...PORTAL_HEADERS, 'Retry-After': String(outcome.retryAfterSeconds) } },
    );
  return data({ errors: { form: 'notFound' }, retryMinutes: 0 }, { status: 400 });
}

/** The portal's privacy headers on every answer; a refused lookup's Retry-After too. */
export const headers: Route.HeadersFunction = ({ actionHeaders, loaderHeaders }) =>
  actionHeaders.has('Retry-After') ? actionHeaders : loaderHeaders;

export const meta: Route.MetaFunction = ({ data: d, matches }) => [
  ...pageMeta(d?.seo, shopNameFrom(matches)),
  { name: 'robots', content: 'noindex' },
];

export default function ReturnsLookup({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('returns');
  const busy = useNavigation().state !== 'idle';
  const [proof, setProof] = useState<'email' | 'postalCode'>('email');
  const errors: Record<string, string> = actionData?.errors ?? {};
  const fieldError = (name: string) => (errors[name] ? t(`errors.${errors[name]}`) : null);
  const formError =
    errors.form === 'rateLimited'
      ? t('lookup.rateLimited', { count: actionData?.retryMinutes ?? 1 })
      : errors.form
        ? t('lookup.notFound')
        : null;
  return (
    <div className="container section returns-page">
      <h1>{t('lookup.heading')}</h1>
      <p>{t('lookup.intro')}</p>
      <p className="muted">
        {loaderData.windowDays > 0
          ? t('lookup.policy', { count: loaderData.windowDays })
          : t('lookup.noPolicy')}
      </p>
      <Form method="post" className="form-grid returns-lookup" noValidate>
        {formError ? (
          <p className="error-summary" role="alert">
            {formError}
          </p>
        ) : null}
        <Field
          id="number"
          name="number"
          inputMode="numeric"
          autoComplete="off"
          required
          label={t('lookup.number')}
          help={t('lookup.numberHint')}
          error={fieldError('number')}
        />
        <fieldset className="returns-proof">
          <legend>{t('lookup.proof')}</legend>
          {(['email', 'postalCode'] as const).map((p) => (
            <label key={p} className="checkbox">
              <input type="radio" name="proof" value={p} checked={proof === p} onChange={() => setProof(p)} />
              {t(p === 'email' ? 'lookup.byEmail' : 'lookup.byPostalCode')}
            </label>
          ))}
        </fieldset>
        {proof === 'email' ? (
          <Field
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            label={t('lookup.email')}
            error={fieldError('email')}
          />
        ) : (
          <Field
            id="postalCode"
            name="postalCode"
            autoComplete="postal-code"
            required
            label={t('lookup.postalCode')}
            error={fieldError('postalCode')}
          />
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('lookup.submit')}
        </button>
      </Form>
    </div>
  );
}
