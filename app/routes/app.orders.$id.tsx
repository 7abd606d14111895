import {
  Badge,
  BlockStack,
  Button,
  Card,
  FormLayout,
  InlineStack,
  Layout,
  Link,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { confirmationUrl } from '#app/modules/checkout/confirmation-link.server.ts';
import { parseRowId } from '#app/lib/row-id.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, useFetcher } from 'react-router';
import { z } from 'zod';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { formatDate, formatMoney } from '#app/lib/format.ts';
import { publicOrigin } from '#app/lib/origin.server.ts';
import { regionName } from '#app/modules/checkout/core/regions.ts';
import { ruleVersion } from '#app/modules/checkout/import-rules.server.ts';
import { orderCancelledEmail, shippingConfirmationEmail } from '#app/modules/email/templates.server.ts';
import { announceEmail } from '#app/modules/email/outbox.server.ts';
import { money, toDecimalString } from '#app/modules/money/core/money.ts';
import { CANCEL_REASONS } from '#app/modules/orders/core/cancel-reasons.ts';
import { getEnv } from '#app/env.server.ts';
import { cancelOrder } from '#app/modules/orders/cancel-order.server.ts';
import { paymentProviderFor } from '#app/modules/payments/payments.server.ts';
import { fulfilOrder, getOrder } from '#app/modules/orders/orders.server.ts';
import { markDelivered } from '#app/modules/orders/delivery.server.ts';
import { refundsOfOrder } from '#app/modules/orders/refunds.server.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { ScrollTable } from '#app/components/admin/scroll-table.tsx';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.orders.$id';

export const handle = { area: 'orders' satisfies AdminArea };

export async function loader({ request, params }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'orders');
  const id = parseRowId(params.id);
  const found = id ? await getOrder(getDb(), id) : null;
  if (!found) throw data(null, { status: 404 });
  const { order, lines, events } = found;
  const rule = order.importRuleId ? await ruleVersion(getDb(), order.importRuleId) : null;
  const m = (amount: number, currency = order.currency) => ({
    amount: toDecimalString({ amount, currencyCode: currency }),
    currency,
  });
  return {
    title: adminT(principal.locale)('orders.title', { number: order.number }),
    order: {
      id: order.id,
      number: order.number,
      email: order.email,
      language: order.language,
      country: order.countryCode,
      createdAt: order.createdAt.toISOString(),
      financial: order.financialStatus,
      fulfillment: order.fulfillmentStatus,
      cancelledAt: order.cancelledAt?.toISOString() ?? null,
      cancelReason: order.cancelReason,
      cancellable:
        !order.cancelledAt &&
        order.fulfillmentStatus === 'unfulfilled' &&
        (order.financialStatus === 'paid' || order.financialStatus === 'authorized'),
      trackingNumber: order.trackingNumber,
      trackingCompany: order.trackingCompany,
      shippedAt: order.shippedAt?.toISOString() ?? null,
      deliveredAt: order.deliveredAt?.toISOString() ?? null,
      incoterm: order.incoterm,
      lowValueScheme: order.lowValueScheme,
      importRule: rule
        ? { destination: rule.destination, effectiveFrom: rule.effectiveFrom, sourceUrl: rule.sourceUrl }
        : null,
      taxIncluded: order.taxIncluded,
      exchangeRate: String(Number(order.exchangeRate)),
      address: {
        ...order.shippingAddress,
        region: regionName(order.shippingAddress.countryCode, order.shippingAddress.province),
      },
      shipping: order.shippingLine,
      totals: {
        subtotal: m(order.subtotal),
        shipping: m(order.shipping),
        tax: m(order.tax),
        duties: m(order.duties),
        atBorder: m(order.dutiesAtBorder),
        taxRemoved: m(order.taxRemoved),
        total: m(order.total),
        totalShop: m(order.totalShop, order.shopCurrency),
      },
    },
    lines: lines.map((l) => ({
      ...l,
      unitPrice: m(l.unitPrice),
      lineTotal: m(l.lineTotal),
      tax: m(l.tax),
      duty: m(l.duty),
      unitPriceShop: m(l.unitPriceShop, order.shopCurrency),
    })),
    refunds: (await refundsOfOrder(getDb(), order.id)).map((r) => ({
      id: r.id,
      amount: m(r.amount),
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    })),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      data: e.data,
      createdAt: e.createdAt.toISOString(),
    })),
  };
}

const Fulfil = z.object({
  trackingNumber: z
    .string('trackingRequired')
    .trim()
    .min(4, 'trackingRequired')
    .max(64, 'trackingRequired')
    .regex(/^[A-Za-z0-9 -]+$/, 'trackingRequired'),
  trackingCompany: z.string().trim().max(60, 'trackingCompany').optional(),
});

const Cancel = z.object({ reason: z.enum(CANCEL_REASONS, 'cancelReason') });

const Deliver = z.object({
  deliveredAt: z.iso.date('deliveredAt').transform((d) => new Date(`${d}T12:00:00Z`)),
});

export async function action({ request, params }: Route.ActionArgs) {
  const { auth, form } = await adminForm(request, 'orders');
  if (form.get('intent') === 'cancel') return cancel(auth.principal.id, form, params.id);
  if (form.get('intent') === 'deliver') return deliver(auth.principal.id, form, params.id);
  const parsed = parseForm(form, Fulfil);
  if (!parsed.ok) return invalid('fulfil', parsed.errors);
  const db = getDb();
  const id = parseRowId(params.id);
  if (!id) return invalid('fulfil', { form: 'notFound' }, { status: 404 });
  const shop = await getShop(db);
  const origin = publicOrigin(request);
  const done = await fulfilOrder(
    db,
    id,
    {
      trackingNumber: parsed.value.trackingNumber,
      trackingCompany: parsed.value.trackingCompany || null,
      staffId: auth.principal.id,
    },
    (order) =>
      shippingConfirmationEmail({
        number: order.number,
        language: order.language,
        countryCode: order.countryCode,
        email: order.email,
        recipient: order.shippingAddress,
        trackingNumber: parsed.value.trackingNumber,
        trackingCompany: parsed.value.trackingCompany || null,
        shopName: shop.name,
        orderUrl: confirmationUrl(`${origin}/checkout/${order.cartId}/thank-you`, order.cartId, new Date()),
      }),
  );
  if (!done) return invalid('fulfil', { form: 'notFulfillable' }, { status: 409 });
  announceEmail();
  return saved('fulfil', { key: 'orders.fulfilled' });
}

/** Records the delivery date staff give (a carrier's webhook does the same on its own). */
async function deliver(staffId: number, form: FormData, rawId: string) {
  const parsed = parseForm(form, Deliver);
  if (!parsed.ok) return invalid('deliver', parsed.errors);
  const id = parseRowId(rawId);
  const db = getDb();
  const order = id ? (await getOrder(db, id))?.order : null;
  if (!order) return invalid('deliver', { form: 'notFound' }, { status: 404 });
  // Noon UTC of the chosen day; never before it shipped, never in the future.
  const at = parsed.value.deliveredAt;
  const shipped = order.shippedAt
    ? new Date(order.shippedAt.toISOString().slice(0, 10) + 'T00:00:00Z')
    : null;
  if ((shipped && at < shipped) || at.getTime() > Date.now() + 12 * 3600_000)
    return invalid('deliver', { deliveredAt: 'deliveredAt' });
  const done = await markDelivered(db, order.id, {
    at: at.getTime() > Date.now() ? new Date() : at,
    source: 'staff',
    staffId,
  });
  if (!done) return invalid('deliver', { form: 'notDeliverable' }, { status: 409 });
  return saved('deliver', { key: 'orders.delivered' });
}

/** Cancels before fulfilment: the payment refunded or released, stock back, the shopper told. */
async function cancel(staffId: number, form: FormData, rawId: string) {
  const parsed = parseForm(form, Cancel);
  if (!parsed.ok) return invalid('cancel', parsed.errors);
  const id = parseRowId(rawId);
  if (!id) return invalid('cancel', { form: 'notFound' }, { status: 404 });
  const db = getDb();
  const shop = await getShop(db);
  const outcome = await cancelOrder(db, paymentProviderFor(db, getEnv()), id, {
    reason: parsed.value.reason,
    staffId,
    email: (order) =>
      orderCancelledEmail({
        number: order.number,
        language: order.language,
        countryCode: order.countryCode,
        email: order.email,
        recipient: order.shippingAddress,
        money: order.financialStatus === 'voided' ? 'voided' : 'refunded',
        amount: money(order.total, order.currency),
        shopName: shop.name,
      }),
  });
  if (!outcome.ok)
    return invalid('cancel', { form: outcome.reason }, { status: outcome.reason === 'notFound' ? 404 : 409 });
  announceEmail();
  return saved('cancel', { key: 'orders.cancelled' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function OrderDetail({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const [tracking, setTracking] = useState({ trackingNumber: '', trackingCompany: '' });
  const error = useFieldErrors(fetcher.data, 'orders.errors');
  const { order } = loaderData;
  const fmt = (m: { amount: string; currency: string }) => formatMoney(m.amount, m.currency, i18n.language);
  const when = (iso: string) => formatDate(iso, i18n.language, 'dateTime');
  const a = order.address;
  return (
    <Page
      title={loaderData.title}
      backAction={{ content: t('nav.orders'), url: '/app/orders' }}
      titleMetadata={
        <InlineStack gap="100">
          <Badge tone={order.financial === 'paid' ? 'success' : 'attention'}>
            {t(`orders.financial.${order.financial}`)}
          </Badge>
          <Badge tone={order.fulfillment === 'fulfilled' ? 'success' : 'attention'}>
            {t(`orders.fulfillment.${order.fulfillment}`)}
          </Badge>
        </InlineStack>
      }
      subtitle={when(order.createdAt)}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <ScrollTable
                label={t('orders.items')}
                numeric={[1, 2, 3, 4, 5]}
                headings={[
                  t('orders.item'),
                  t('orders.quantity'),
                  t('orders.unitPrice'),
                  t('orders.tax'),
                  t('orders.duty'),
                  t('orders.lineTotal'),
                ]}
                rows={loaderData.lines.map((l) => [
                  `${l.productTitle} — ${l.variantTitle}${l.sku ? ` (${l.sku})` : ''}`,
                  l.quantity,
                  `${fmt(l.unitPrice)} (${fmt(l.unitPriceShop)})`,
                  fmt(l.tax),
                  fmt(l.duty),
                  fmt(l.lineTotal),
                ])}
              />
            </Card>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t('orders.totals')}
                </Text>
                <ScrollTable
                  label={t('orders.totals')}
                  numeric={[1]}
                  headings={[t('orders.line'), t('orders.amount')]}
                  rows={[
                    [t('orders.subtotal'), fmt(order.totals.subtotal)],
                    [t('orders.shipping'), fmt(order.totals.shipping)],
                    [order.taxIncluded ? t('orders.taxIncluded') : t('orders.tax'), fmt(order.totals.tax)],
                    ...(Number(order.totals.taxRemoved.amount) > 0
                      ? [[t('orders.taxRemoved'), fmt(order.totals.taxRemoved)]]
                      : []),
                    [t('orders.duties'), fmt(order.totals.duties)],
                    ...(Number(order.totals.atBorder.amount) > 0
                      ? [[t('orders.atBorder'), fmt(order.totals.atBorder)]]
                      : []),
                    [t('orders.total'), fmt(order.totals.total)],
                    [t('orders.totalShop', { rate: order.exchangeRate }), fmt(order.totals.totalShop)],
                  ]}
                />
                <Text as="p" tone="subdued">
                  {t(`orders.incoterm.${order.incoterm}`)}
                  {order.lowValueScheme ? ` · ${order.lowValueScheme}` : ''}
                </Text>
                {order.importRule ? (
                  <Text as="p" tone="subdued">
                    {t('orders.importRule', {
                      destination: order.importRule.destination,
                      date: order.importRule.effectiveFrom,
                    })}{' '}
                    <Link url={order.importRule.sourceUrl} target="_blank">
                      {t('orders.importRuleSource')}
                    </Link>
                  </Text>
                ) : null}
              </BlockStack>
            </Card>
            {loaderData.refunds.length ? (
              <Card>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingMd">
                    {t('orders.refunds')}
                  </Text>
                  <ScrollTable
                    label={t('orders.refunds')}
                    numeric={[1]}
                    headings={[t('orders.date'), t('orders.amount'), t('returns.statusLabel')]}
                    rows={loaderData.refunds.map((r) => [
                      when(r.createdAt),
                      fmt(r.amount),
                      t(`orders.refundStatus.${r.status}`),
                    ])}
                  />
                </BlockStack>
              </Card>
            ) : null}
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t('orders.timeline')}
                </Text>
                {loaderData.events.map((e) => (
                  <InlineStack key={e.id} gap="300" blockAlign="center">
                    <Text as="span" tone="subdued">
                      {when(e.createdAt)}
                    </Text>
                    <Text as="span">
                      {t(`orders.events.${e.kind}`, {
                        defaultValue: e.kind,
                        ...(e.data as unknown as Record<string, string>),
                      })}
                    </Text>
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
                  {t('orders.customer')}
                </Text>
                <Text as="p">{order.email}</Text>
                <Text as="p" tone="subdued">
                  {order.language} · {order.country}
                </Text>
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="100">
                <Text as="h2" variant="headingMd">
                  {t('orders.shipTo')}
                </Text>
                {[
                  `${a.firstName} ${a.lastName}`,
                  a.company,
                  a.address1,
                  a.address2,
                  [a.zip, a.city].filter(Boolean).join(' '),
                  a.region ?? a.province,
                  a.countryCode,
                  a.phone,
                ]
                  .filter(Boolean)
                  .map((line) => (
                    <Text as="p" key={line}>
                      {line}
                    </Text>
                  ))}
                <Text as="p" tone="subdued">
                  {t(`orders.services.${order.shipping.service}`)} ·{' '}
                  {fmt({ amount: order.totals.shipping.amount, currency: order.totals.shipping.currency })}
                </Text>
              </BlockStack>
            </Card>
            {order.cancelledAt ? (
              <Card>
                <Text as="p" tone="critical">
                  {t('orders.cancelledOn', { date: when(order.cancelledAt) })}
                  {order.cancelReason ? ` · ${t(`orders.cancelReasons.${order.cancelReason}`)}` : ''}
                </Text>
              </Card>
            ) : null}
            {order.cancellable ? (
              <CancelOrder total={fmt(order.totals.total)} financial={order.financial} />
            ) : null}
            {order.cancelledAt ? null : (
              <Card>
                {order.fulfillment === 'fulfilled' ? (
                  <BlockStack gap="100">
                    <Text as="h2" variant="headingMd">
                      {t('orders.fulfillment.fulfilled')}
                    </Text>
                    <Text as="p">
                      {order.trackingCompany ? `${order.trackingCompany} · ` : ''}
                      {order.trackingNumber}
                    </Text>
                    {order.deliveredAt ? (
                      <Text as="p" tone="success">
                        {t('orders.deliveredOn', { date: when(order.deliveredAt) })}
                      </Text>
                    ) : (
                      <MarkDelivered />
                    )}
                  </BlockStack>
                ) : (
                  <fetcher.Form method="post">
                    <input type="hidden" name="csrf" value={csrfToken} />
                    <FormLayout>
                      <Text as="h2" variant="headingMd">
                        {t('orders.fulfil')}
                      </Text>
                      <TextField
                        label={t('orders.trackingNumber')}
                        name="trackingNumber"
                        value={tracking.trackingNumber}
                        onChange={(v) => setTracking({ ...tracking, trackingNumber: v })}
                        autoComplete="off"
                        error={error('trackingNumber') ?? error('form')}
                      />
                      <TextField
                        label={t('orders.trackingCompany')}
                        name="trackingCompany"
                        value={tracking.trackingCompany}
                        onChange={(v) => setTracking({ ...tracking, trackingCompany: v })}
                        autoComplete="off"
                        error={error('trackingCompany')}
                      />
                      <Button submit variant="primary" loading={fetcher.state !== 'idle'}>
                        {t('orders.markFulfilled')}
                      </Button>
                    </FormLayout>
                  </fetcher.Form>
                )}
              </Card>
            )}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

/** Cancelling takes two steps: open, choose a reason, then confirm with the amount in view. */
function CancelOrder({ total, financial }: { total: string; financial: string }) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('customer');
  const error = useFieldErrors(fetcher.data, 'orders.errors');
  if (!open)
    return (
      <Card>
        <Button tone="critical" onClick={() => setOpen(true)}>
          {t('orders.cancelOpen')}
        </Button>
      </Card>
    );
  return (
    <Card>
      <fetcher.Form method="post">
        <input type="hidden" name="csrf" value={csrfToken} />
        <input type="hidden" name="intent" value="cancel" />
        <FormLayout>
          <Text as="h2" variant="headingMd">
            {t('orders.cancelTitle')}
          </Text>
          <Select
            label={t('orders.cancelReason')}
            name="reason"
            options={CANCEL_REASONS.map((r) => ({ value: r, label: t(`orders.cancelReasons.${r}`) }))}
            value={reason}
            onChange={setReason}
            error={error('reason') ?? error('form')}
          />
          <Text as="p" tone="subdued">
            {t('orders.cancelHelp')}
          </Text>
          <Button submit variant="primary" tone="critical" loading={fetcher.state !== 'idle'}>
            {t(financial === 'authorized' ? 'orders.cancelVoid' : 'orders.cancelRefund', { amount: total })}
          </Button>
        </FormLayout>
      </fetcher.Form>
    </Card>
  );
}

/** Staff record the day the parcel arrived; return windows count from it. */
function MarkDelivered() {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const error = useFieldErrors(fetcher.data, 'orders.errors', 'deliver');
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="csrf" value={csrfToken} />
      <input type="hidden" name="intent" value="deliver" />
      <FormLayout>
        <TextField
          label={t('orders.deliveredAt')}
          type="date"
          name="deliveredAt"
          value={date}
          onChange={setDate}
          autoComplete="off"
          error={error('deliveredAt') ?? error('form')}
        />
        <Button submit loading={fetcher.state !== 'idle'}>
          {t('orders.markDelivered')}
        </Button>
      </FormLayout>
    </fetcher.Form>
  );
}
