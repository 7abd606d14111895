import { useTranslation } from 'react-i18next';
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import { ReturnItemPicker, type PickerLine } from '#app/components/returns/return-item-picker.tsx';
import { getDb } from '#app/db/client.server.ts';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { formatDate } from '#app/lib/format.ts';
import { publicOrigin, assertSameOrigin } from '#app/lib/origin.server.ts';
import { limitedFormData } from '#app/lib/upload.server.ts';
import { announceEmail } from '#app/modules/email/outbox.server.ts';
import { returnEmail } from '#app/modules/email/return-emails.server.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import { PHOTO_MAX_BYTES } from '#app/modules/returns/core/photo.ts';
import { PHOTOS_MAX } from '#app/modules/returns/core/return-request.ts';
import { portalPath } from '#app/modules/returns/portal-token.server.ts';
import { readReturnForm } from '#app/modules/returns/read-request.server.ts';
import { earlierReturns, paidOrder, requestReturn } from '#app/modules/returns/returns.server.ts';
import { exchangeChoices } from '#app/modules/returns/exchanges.server.ts';
import { localizedReasons } from '#app/modules/returns/core/reasons.ts';
import { loadReasonTree } from '#app/modules/returns/reasons.server.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { PORTAL_HEADERS, requirePortalOrder } from '#app/storefront/returns-portal.server.ts';
import { shopNameFrom, useLayout } from '#app/storefront/use-layout.ts';
import returnsStyles from '#app/styles/returns.css?url';
import type { Route } from './+types/($locale).returns.$token._index';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: returnsStyles }];

export async function loader({ params, context }: Route.LoaderArgs) {
  const { sf, state, base } = await requirePortalOrder(context, params);
  const { order, lines, eligibility, policy } = state;
  const [swaps, tree] = await Promise.all([
    exchangeChoices(getDb(), state, sf.locale.language),
    loadReasonTree(getDb()),
  ]);
  const t = (key: string) => getI18n(context).t(`returns:${key}`);
  return data(
    {
      base,
      number: order.number,
      placedAt: order.createdAt.toISOString(),
      deliveredAt: order.deliveredAt?.toISOString() ?? null,
      deadline: eligibility.deadline?.toISOString() ?? null,
      currency: order.currency,
      lines: lines.map((l): PickerLine => {
        const e = eligibility.lines.find((x) => x.orderLineId === l.id)!;
        return {
          id: l.id,
          title: l.productTitle,
          variantTitle: l.variantTitle,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          returnable: e.returnable,
          problem: e.problem,
          exchange: swaps.get(l.id) ?? [],
        };
      }),
      paid: paidOrder(order, lines),
      earlier: earlierReturns(state.returns),
      terms: policy.terms,
      creditBonusBps: policy.credit.bonusBps,
      reasons: localizedReasons(tree, sf.locale.language, t),
      returns: state.returns.map((r) => ({
        publicId: r.publicId,
        rma: r.rma,
        status: r.status,
        createdAt: r.createdAt.toISOString(),
      })),
      seo: { title: getI18n(context).t('returns:order.heading', { number: order.number }) },
    },
    { headers: PORTAL_HEADERS },
  );
}

/** Three photos per item at most, a few items: the body limit leaves room for the form around them. */
const BODY_LIMIT = PHOTO_MAX_BYTES * PHOTOS_MAX * 2 + 64 * 1024;

export async function action({ request, params, context }: Route.ActionArgs) {
  assertSameOrigin(request);
  const { sf, state, base } = await requirePortalOrder(context, params);
  const form = await limitedFormData(request, BODY_LIMIT);
  if (!form) return data({ errors: { form: 'tooLarge' } as Record<string, string> }, { status: 413 });
  const read = await readReturnForm(
    form,
    state.lines.map((l) => l.id),
  );
  if (Object.keys(read.errors).length) return data({ errors: read.errors }, { status: 400 });
  const db = getDb();
  const shop = await getShop(db);
  const origin = publicOrigin(request);
  const now = new Date();
  const outcome = await requestReturn(
    db,
    state.order.id,
    {
      lines: read.lines,
      resolution: read.resolution,
      language: sf.locale.language,
      email: (ret, order) =>
        returnEmail({
          step: 'requested',
          to: order.email,
          language: sf.locale.language,
          countryCode: order.countryCode,
          rma: ret.rma,
          orderNumber: order.number,
          shopName: shop.name,
          url: `${origin}${portalPath(sf.locale.pathPrefix, order.id, now, ret.publicId)}`,
        }),
    },
    now,
  );
  if (!outcome.ok) return data({ errors: outcome.errors }, { status: 400 });
  announceEmail();
  throw redirect(`${base}/${outcome.ret.publicId}?requested=1`, { headers: PORTAL_HEADERS });
}

/** The portal's privacy headers on every answer; a refused lookup's Retry-After too. */
export const headers: Route.HeadersFunction = ({ actionHeaders, loaderHeaders }) =>
  actionHeaders.has('Retry-After') ? actionHeaders : loaderHeaders;

export const meta: Route.MetaFunction = ({ data: d, matches }) => [
  ...pageMeta(d?.seo, shopNameFrom(matches)),
  { name: 'robots', content: 'noindex' },
];

export default function ReturnOrder({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('returns');
  const root = useLayout();
  const busy = useNavigation().state !== 'idle';
  const errors: Record<string, string> = actionData?.errors ?? {};
  const date = (iso: string) => formatDate(iso, root.intlLocale, 'long', 'UTC');
  const anyReturnable = d.lines.some((l) => l.returnable > 0);
  return (
    <div className="container section returns-page">
      <h1>{t('order.heading', { number: d.number })}</h1>
      <p className="muted">
        {t('order.placed', { date: date(d.placedAt) })}
        {d.deliveredAt ? ` · ${t('order.deliveredOn', { date: date(d.deliveredAt) })}` : ''}
      </p>
      {d.deadline && anyReturnable ? <p>{t('order.deadline', { date: date(d.deadline) })}</p> : null}
      {d.returns.length ? (
        <section aria-labelledby="your-returns">
          <h2 id="your-returns">{t('order.yourReturns')}</h2>
          <ul>
            {d.returns.map((r) => (
              <li key={r.publicId}>
                <Link to={`${d.base}/${r.publicId}`}>{r.rma}</Link> · {t(`status.${r.status}`)} ·{' '}
                {date(r.createdAt)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {anyReturnable ? (
        <Form method="post" encType="multipart/form-data" noValidate>
          {errors.form ? (
            <p className="error-summary" role="alert">
              {t(`errors.${errors.form}`)}
            </p>
          ) : Object.keys(errors).length ? (
            <p className="error-summary" role="alert">
              {t(`errors.${Object.values(errors)[0]!.replace(/^ineligible\..*/, 'tooMany')}`)}
            </p>
          ) : null}
          <ReturnItemPicker
            lines={d.lines}
            paid={d.paid}
            earlier={d.earlier}
            terms={d.terms}
            currency={d.currency}
            creditBonusBps={d.creditBonusBps}
            reasons={d.reasons}
            errors={errors}
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('order.submit')}
          </button>
        </Form>
      ) : (
        <>
          <h2>{t('order.chooseItems')}</h2>
          <p>{t('order.nothingReturnable')}</p>
          <ul>
            {d.lines
              .filter((l) => l.problem)
              .map((l) => (
                <li key={l.id}>
                  {l.title} — {l.variantTitle}: {t(`ineligible.${l.problem}`)}
                </li>
              ))}
          </ul>
        </>
      )}
      <p>
        <Link to={`${root.prefix}/returns/start`}>{t('order.otherOrder')}</Link>
      </p>
    </div>
  );
}
