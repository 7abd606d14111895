import {
  BlockStack,
  Button,
  Card,
  Checkbox,
  FormLayout,
  InlineStack,
  Layout,
  Link,
  Page,
  Select,
  Text,
  Thumbnail,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, useFetcher } from 'react-router';
import { z } from 'zod';
import { adminT } from '#app/admin/admin-data.server.ts';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { IntentForm } from '#app/components/admin/intent-form.tsx';
import { ReturnStatusBadge } from '#app/components/admin/return-status-badge.tsx';
import { ScrollTable } from '#app/components/admin/scroll-table.tsx';
import { getDb } from '#app/db/client.server.ts';
import { getEnv } from '#app/env.server.ts';
import { formatDate, formatMoney } from '#app/lib/format.ts';
import { parseRowId } from '#app/lib/row-id.ts';
import { announceEmail } from '#app/modules/email/outbox.server.ts';
import { crossConvert, toDecimalString } from '#app/modules/money/core/money.ts';
import { paymentProviderFor } from '#app/modules/payments/payments.server.ts';
import { canAct, DECLINE_REASONS, DISPOSE_REASONS } from '#app/modules/returns/core/statuses.ts';
import { returnEmailFor } from '#app/modules/returns/return-emails.server.ts';
import {
  approveReturn,
  completeExchange,
  declineReturn,
  receiveReturn,
  refundReturn,
  returnRow,
} from '#app/modules/returns/return-actions.server.ts';
import { variantTitles } from '#app/modules/returns/exchanges.server.ts';
import { orderById } from '#app/modules/orders/orders.server.ts';
import { adminReasonLabels } from '#app/admin/reason-labels.server.ts';
import { loadReasonTree } from '#app/modules/returns/reasons.server.ts';
import { returnDetail } from '#app/modules/returns/return-queue.server.ts';
import { estimateFor, returnableOrder } from '#app/modules/returns/returns.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.returns.$id';

export const handle = { area: 'returns' satisfies AdminArea };

export async function loader({ request, params }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'returns');
  const db = getDb();
  const id = parseRowId(params.id);
  const found = id ? await returnDetail(db, id) : null;
  if (!found) throw data(null, { status: 404 });
  const { ret, order, orderLines, lines, events, photos, refunds } = found;
  const state = await returnableOrder(db, order.id, new Date());
  const swaps = await variantTitles(
    db,
    lines.flatMap((l) => (l.exchangeVariantId == null ? [] : [l.exchangeVariantId])),
    principal.locale,
  );
  const exchangeOrder = ret.exchangeOrderId ? await orderById(db, ret.exchangeOrderId) : null;
  const labels = adminReasonLabels(await loadReasonTree(db), principal.locale);
  const m = (amount: number) => ({
    amount: toDecimalString({ amount, currencyCode: order.currency }),
    currency: order.currency,
    shop:
      order.currency === order.shopCurrency
        ? null
        : {
            amount: toDecimalString(
              crossConvert(
                { amount, currencyCode: order.currency },
                order.shopCurrency,
                order.exchangeRate,
                '1',
              ),
            ),
            currency: order.shopCurrency,
          },
  });
  const units = lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity }));
  const withShipping =
    state &&
    estimateFor(
      {
        ...state,
        policy: { ...state.policy, terms: { ...state.policy.terms, refundShippingOnFullReturn: true } },
      },
      units,
      ret.id,
    );
  const withoutShipping =
    state &&
    estimateFor(
      {
        ...state,
        policy: { ...state.policy, terms: { ...state.policy.terms, refundShippingOnFullReturn: false } },
      },
      units,
      ret.id,
    );
  return {
    title: adminT(principal.locale)('returns.title', { rma: ret.rma }),
    ret: {
      id: ret.id,
      rma: ret.rma,
      status: ret.status,
      language: ret.language,
      createdAt: ret.createdAt.toISOString(),
      declineReason: ret.declineReason,
      refunded: m(ret.refunded),
      estimate: m(ret.estimate.total),
      resolution: ret.resolution,
      creditBonusBps: ret.estimate.creditBonusBps ?? 0,
      credited: m(ret.refunded + (ret.estimate.creditBonus ?? 0)),
      exchangeOrder: exchangeOrder ? { id: exchangeOrder.id, number: exchangeOrder.number } : null,
      can: {
        approve: canAct(ret.status, 'approve'),
        decline: canAct(ret.status, 'decline'),
        receive: canAct(ret.status, 'receive'),
        refund: canAct(ret.status, 'refund') && ret.resolution !== 'exchange',
        exchange: canAct(ret.status, 'exchange') && ret.resolution === 'exchange',
      },
    },
    order: {
      id: order.id,
      number: order.number,
      email: order.email,
      country: order.countryCode,
      financial: order.financialStatus,
      deliveredAt: order.deliveredAt?.toISOString() ?? null,
      paid: m(order.total),
      refunded: m(order.refunded),
      rate: String(Number(order.exchangeRate)),
    },
    lines: lines.map((l) => {
      const ol = orderLines.find((o) => o.id === l.orderLineId);
      return {
        id: l.id,
        title: ol ? `${ol.productTitle} — ${ol.variantTitle}${ol.sku ? ` (${ol.sku})` : ''}` : '',
        quantity: l.quantity,
        reason: labels[l.reason] ?? l.reason,
        subReason: l.subReason ? (labels[`${l.reason}.${l.subReason}`] ?? l.subReason) : null,
        note: l.note,
        outcome: l.outcome,
        disposeReason: l.disposeReason,
        swap: l.exchangeVariantId == null ? null : (swaps.get(l.exchangeVariantId) ?? null),
        photos: photos
          .filter((p) => p.returnLineId === l.id)
          .map((p) => `/app/returns/${ret.id}/photos/${p.id}`),
      };
    }),
    refundOptions: {
      shippingAvailable: Boolean(withShipping && withoutShipping && withShipping.shipping > 0),
      without: withoutShipping ? breakdown(withoutShipping, m) : null,
      with: withShipping ? breakdown(withShipping, m) : null,
    },
    refunds: refunds.map((r) => ({
      id: r.id,
      amount: m(r.amount),
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      returnId: r.returnId,
    })),
    events: events.map((e) => ({ id: e.id, kind: e.kind, createdAt: e.createdAt.toISOString() })),
  };
}

function breakdown<T>(
  e: {
    items: number;
    duties: number;
    shipping: number;
    restockingFee: number;
    returnShippingFee: number;
    total: number;
  },
  m: (amount: number) => T,
) {
  return {
    items: m(e.items),
    duties: m(e.duties),
    shipping: m(e.shipping),
    fees: m(e.restockingFee + e.returnShippingFee),
    total: m(e.total),
  };
}

const Decline = z.object({ reason: z.enum(DECLINE_REASONS, 'declineReason') });
const Refund = z.object({ includeShipping: z.stringbool().catch(false) });

export async function action({ request, params }: Route.ActionArgs) {
  const { auth, form } = await adminForm(request, 'returns');
  const id = parseRowId(params.id);
  const intent = String(form.get('intent') ?? '');
  if (!id) return invalid(intent, { form: 'notFound' }, { status: 404 });
  const db = getDb();
  const staffId = auth.principal.id;
  const email = (step: Parameters<typeof returnEmailFor>[3]) => returnEmailFor(db, request, id, step);
  let outcome;
  if (intent === 'approve') outcome = await approveReturn(db, id, staffId, await email('approved'));
  else if (intent === 'decline') {
    const parsed = parseForm(form, Decline);
    if (!parsed.ok) return invalid('decline', parsed.errors);
    outcome = await declineReturn(db, id, parsed.value.reason, staffId, await email('declined'));
  } else if (intent === 'receive') {
    const found = await returnDetail(db, id);
    if (!found) return invalid('receive', { form: 'notFound' }, { status: 404 });
    const inspections = found.lines.map((l) => {
      const outcome = form.get(`outcome-${l.id}`) === 'dispose' ? ('dispose' as const) : ('restock' as const);
      const reason = String(form.get(`dispose-${l.id}`) ?? '');
      return {
        returnLineId: l.id,
        outcome,
        disposeReason: (DISPOSE_REASONS as readonly string[]).includes(reason)
          ? (reason as (typeof DISPOSE_REASONS)[number])
          : null,
      };
    });
    outcome = await receiveReturn(db, id, inspections, staffId, await email('received'));
  } else if (intent === 'refund') {
    const parsed = parseForm(form, Refund);
    if (!parsed.ok) return invalid('refund', parsed.errors);
    const ret = await returnRow(db, id);
    outcome = await refundReturn(db, paymentProviderFor(db, getEnv()), id, {
      staffId,
      includeShipping: parsed.value.includeShipping,
      email: await email(ret?.resolution === 'store_credit' ? 'credited' : 'refunded'),
    });
  } else if (intent === 'exchange') {
    outcome = await completeExchange(db, paymentProviderFor(db, getEnv()), id, {
      staffId,
      email: await email('exchanged'),
    });
  } else return invalid(intent, { form: 'unknownAction' });
  if (!outcome.ok)
    return invalid(intent, { form: outcome.reason }, { status: outcome.reason === 'notFound' ? 404 : 409 });
  announceEmail();
  return saved(intent, { key: `returns.done.${intent}` });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

type Amount = { amount: string; currency: string; shop: { amount: string; currency: string } | null };

export default function ReturnDetail({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const fmt = (m: Amount) =>
    `${formatMoney(m.amount, m.currency, i18n.language)}${m.shop ? ` (${formatMoney(m.shop.amount, m.shop.currency, i18n.language)})` : ''}`;
  const when = (iso: string) => formatDate(iso, i18n.language, 'dateTime');
  return (
    <Page
      title={d.title}
      backAction={{ content: t('nav.returns'), url: '/app/returns' }}
      titleMetadata={<ReturnStatusBadge status={d.ret.status} />}
      subtitle={when(d.ret.createdAt)}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('returns.items')}
                </Text>
                {d.lines.map((l) => (
                  <BlockStack gap="100" key={l.id}>
                    <Text as="p" fontWeight="semibold">
                      {l.quantity} × {l.title}
                    </Text>
                    <Text as="p">
                      {l.reason}
                      {l.subReason ? ` · ${l.subReason}` : ''}
                    </Text>
                    {l.swap ? <Text as="p">{t('returns.exchangeFor', { variant: l.swap })}</Text> : null}
                    {l.note ? (
                      <Text as="p" tone="subdued">
                        “{l.note}”
                      </Text>
                    ) : null}
                    {l.outcome ? (
                      <Text as="p" tone="subdued">
                        {t(`returns.outcome.${l.outcome}`)}
                        {l.disposeReason ? ` · ${t(`returns.disposeReasons.${l.disposeReason}`)}` : ''}
                      </Text>
                    ) : null}
                    {l.photos.length ? (
                      <InlineStack gap="200">
                        {l.photos.map((src, i) => (
                          <Link key={src} url={src} target="_blank">
                            <Thumbnail
                              source={src}
                              size="large"
                              alt={t('returns.photo', { n: i + 1, rma: d.ret.rma })}
                            />
                          </Link>
                        ))}
                      </InlineStack>
                    ) : null}
                  </BlockStack>
                ))}
              </BlockStack>
            </Card>
            {d.ret.can.receive ? <ReceiveForm lines={d.lines} /> : null}
            {d.ret.can.refund && d.refundOptions.without ? (
              <RefundForm
                options={d.refundOptions}
                fmt={fmt}
                credit={d.ret.resolution === 'store_credit' ? { bonusBps: d.ret.creditBonusBps } : null}
              />
            ) : null}
            {d.ret.can.exchange ? <ExchangeForm difference={fmt(d.ret.estimate)} /> : null}
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t('orders.timeline')}
                </Text>
                {d.events.map((e) => (
                  <InlineStack key={e.id} gap="300">
                    <Text as="span" tone="subdued">
                      {when(e.createdAt)}
                    </Text>
                    <Text as="span">{t(`returns.events.${e.kind}`, { defaultValue: e.kind })}</Text>
                  </InlineStack>
                ))}
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="100">
                <Text as="h2" variant="headingMd">
                  {t('returns.order')}
                </Text>
                <Link url={`/app/orders/${d.order.id}`}>#{d.order.number}</Link>
                <Text as="p">{d.order.email}</Text>
                <Text as="p" tone="subdued">
                  {d.ret.language} · {d.order.country} · {t(`orders.financial.${d.order.financial}`)}
                </Text>
                <Text as="p">{t('returns.paid', { amount: fmt(d.order.paid) })}</Text>
                <Text as="p">{t('returns.refundedSoFar', { amount: fmt(d.order.refunded) })}</Text>
                <Text as="p" tone="subdued">
                  {d.order.deliveredAt
                    ? t('returns.deliveredOn', { date: when(d.order.deliveredAt) })
                    : t('returns.noDelivery')}
                </Text>
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="100">
                <Text as="h2" variant="headingMd">
                  {t('returns.refund')}
                </Text>
                <Text as="p">{t(`returns.resolutions.${d.ret.resolution}`)}</Text>
                <Text as="p">
                  {d.ret.status === 'refunded'
                    ? d.ret.resolution === 'store_credit'
                      ? t('returns.creditedAmount', { amount: fmt(d.ret.credited) })
                      : t('returns.refundedAmount', { amount: fmt(d.ret.refunded) })
                    : t('returns.estimateAmount', { amount: fmt(d.ret.estimate) })}
                </Text>
                {d.ret.exchangeOrder ? (
                  <Link url={`/app/orders/${d.ret.exchangeOrder.id}`}>
                    {t('returns.exchangeOrder', { number: d.ret.exchangeOrder.number })}
                  </Link>
                ) : null}
                {d.ret.declineReason ? (
                  <Text as="p" tone="critical">
                    {t(`returns.declineReasons.${d.ret.declineReason}`)}
                  </Text>
                ) : null}
              </BlockStack>
            </Card>
            {d.ret.can.approve ? <DecisionForm /> : null}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function DecisionForm() {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const [reason, setReason] = useState<string>(DECLINE_REASONS[0]);
  const error = useFieldErrors(fetcher.data, 'returns.errors');
  return (
    <Card>
      <BlockStack gap="300">
        <fetcher.Form method="post">
          <input type="hidden" name="csrf" value={csrfToken} />
          <input type="hidden" name="intent" value="approve" />
          <Button submit variant="primary" loading={fetcher.state !== 'idle'}>
            {t('returns.approve')}
          </Button>
        </fetcher.Form>
        <fetcher.Form method="post">
          <input type="hidden" name="csrf" value={csrfToken} />
          <input type="hidden" name="intent" value="decline" />
          <FormLayout>
            <Select
              label={t('returns.declineReason')}
              name="reason"
              options={DECLINE_REASONS.map((r) => ({ value: r, label: t(`returns.declineReasons.${r}`) }))}
              value={reason}
              onChange={setReason}
              error={error('reason') ?? error('form')}
            />
            <Button submit tone="critical">
              {t('returns.decline')}
            </Button>
          </FormLayout>
        </fetcher.Form>
      </BlockStack>
    </Card>
  );
}

function ReceiveForm({ lines }: { lines: { id: number; title: string; quantity: number }[] }) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const [choice, setChoice] = useState<Record<number, { outcome: string; reason: string }>>({});
  const of = (id: number) => choice[id] ?? { outcome: 'restock', reason: DISPOSE_REASONS[0] };
  return (
    <IntentForm
      csrfToken={csrfToken}
      intent="receive"
      title={t('returns.receive')}
      errors="returns.errors"
      submit={{ label: t('returns.markReceived') }}
    >
      {() =>
        lines.map((l) => (
          <FormLayout.Group key={l.id}>
            <Select
              label={`${l.quantity} × ${l.title}`}
              name={`outcome-${l.id}`}
              options={['restock', 'dispose'].map((o) => ({ value: o, label: t(`returns.outcome.${o}`) }))}
              value={of(l.id).outcome}
              onChange={(v) => setChoice({ ...choice, [l.id]: { ...of(l.id), outcome: v } })}
            />
            {of(l.id).outcome === 'dispose' ? (
              <Select
                label={t('returns.disposeReason')}
                name={`dispose-${l.id}`}
                options={DISPOSE_REASONS.map((r) => ({
                  value: r,
                  label: t(`returns.disposeReasons.${r}`),
                }))}
                value={of(l.id).reason}
                onChange={(v) => setChoice({ ...choice, [l.id]: { ...of(l.id), reason: v } })}
              />
            ) : null}
          </FormLayout.Group>
        ))
      }
    </IntentForm>
  );
}

type Breakdown = { items: Amount; duties: Amount; shipping: Amount; fees: Amount; total: Amount };

function ExchangeForm({ difference }: { difference: string }) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  return (
    <IntentForm
      csrfToken={csrfToken}
      intent="exchange"
      title={t('returns.exchange')}
      errors="returns.errors"
      submit={{ label: t('returns.exchangeButton') }}
    >
      {() => <Text as="p">{t('returns.exchangeHelp', { amount: difference })}</Text>}
    </IntentForm>
  );
}

function RefundForm({
  options,
  fmt,
  credit,
}: {
  options: { shippingAvailable: boolean; without: Breakdown | null; with: Breakdown | null };
  fmt: (m: Amount) => string;
  /** Resolved as store credit: the bonus rate the shopper was promised. */
  credit: { bonusBps: number } | null;
}) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const [shipping, setShipping] = useState(false);
  const b = (shipping ? options.with : options.without)!;
  return (
    <IntentForm
      csrfToken={csrfToken}
      intent="refund"
      title={t('returns.refund')}
      errors="returns.errors"
      hidden={{ includeShipping: shipping ? 'true' : 'false' }}
      submit={{
        label: credit
          ? t('returns.creditButton', { amount: fmt(b.total) })
          : t('returns.refundButton', { amount: fmt(b.total) }),
      }}
    >
      {() => (
        <>
          <ScrollTable
            label={t('returns.refund')}
            numeric={[1]}
            headings={[t('orders.line'), t('orders.amount')]}
            rows={[
              [t('returns.itemsAmount'), fmt(b.items)],
              [t('orders.duties'), fmt(b.duties)],
              [t('orders.shipping'), fmt(b.shipping)],
              [t('returns.fees'), `−${fmt(b.fees)}`],
              [t('orders.total'), fmt(b.total)],
            ]}
          />
          {options.shippingAvailable ? (
            <Checkbox label={t('returns.includeShipping')} checked={shipping} onChange={setShipping} />
          ) : null}
          {credit ? <Text as="p">{t('returns.creditNote', { percent: credit.bonusBps / 100 })}</Text> : null}
        </>
      )}
    </IntentForm>
  );
}
