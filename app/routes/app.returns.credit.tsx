import { randomBytes } from 'node:crypto';
import {
  BlockStack,
  Button,
  Card,
  FormLayout,
  Layout,
  Link,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, useSearchParams } from 'react-router';
import { adminT } from '#app/admin/admin-data.server.ts';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { IntentForm } from '#app/components/admin/intent-form.tsx';
import { ScrollTable } from '#app/components/admin/scroll-table.tsx';
import { getDb } from '#app/db/client.server.ts';
import { formatDate, formatMoney } from '#app/lib/format.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { grantInput } from '#app/modules/store-credit/core/grant-input.ts';
import { addCredit, creditAccounts, creditLedger } from '#app/modules/store-credit/store-credit.server.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.returns.credit';

export const handle = { area: 'returns' satisfies AdminArea };

/** Store credit: balances by customer email, one customer's ledger, and a grant by hand (ADR 0021). */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'returns');
  const db = getDb();
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').slice(0, 254);
  const email = (url.searchParams.get('email') ?? '').slice(0, 254);
  const config = await getMarketConfig(db);
  const amount = (value: number, currency: string) => ({
    amount: toDecimalString({ amount: value, currencyCode: currency }),
    currency,
  });
  const [accounts, ledger] = await Promise.all([
    creditAccounts(db, q || null),
    email ? creditLedger(db, email) : Promise.resolve([]),
  ]);
  return {
    title: adminT(principal.locale)('returns.credit.title'),
    currencies: [...new Set(config.markets.map((m) => m.currency))].sort(),
    // A fresh key per page view: the grant form submits it, so a double click grants once.
    grantKey: randomBytes(18).toString('base64url'),
    q,
    email,
    accounts: accounts.map((a) => ({
      id: a.id,
      email: a.email,
      balance: amount(a.balance, a.currency),
      updatedAt: a.updatedAt.toISOString(),
    })),
    ledger: ledger.map(({ account, entries }) => ({
      currency: account.currency,
      balance: amount(account.balance, account.currency),
      entries: entries.map((e) => ({
        id: e.id,
        kind: e.kind,
        amount: amount(e.amount, account.currency),
        balanceAfter: amount(e.balanceAfter, account.currency),
        expiresAt: e.expiresAt?.toISOString() ?? null,
        orderId: e.orderId,
        returnId: e.returnId,
        createdAt: e.createdAt.toISOString(),
      })),
    })),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { auth, form } = await adminForm(request, 'returns');
  const db = getDb();
  const config = await getMarketConfig(db);
  const parsed = parseForm(form, grantInput([...new Set(config.markets.map((m) => m.currency))]));
  if (!parsed.ok) return invalid('grant', parsed.errors);
  const v = parsed.value;
  await db.transaction((tx) =>
    addCredit(tx as unknown as typeof db, 'issue', {
      email: v.email,
      currency: v.currency,
      amount: v.amount,
      idempotencyKey: `grant:${v.key}`,
      staffId: auth.principal.id,
      expiresAt: null,
    }),
  );
  return saved('grant', { key: 'returns.credit.granted' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function StoreCredit({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const [params] = useSearchParams();
  const money = (m: { amount: string; currency: string }) => formatMoney(m.amount, m.currency, i18n.language);
  const when = (iso: string) => formatDate(iso, i18n.language, 'dateTime');
  return (
    <Page title={d.title} backAction={{ content: t('nav.returns'), url: '/app/returns' }}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <Form method="get">
                <FormLayout>
                  <SearchField initial={d.q} />
                  <Button submit>{t('returns.credit.searchButton')}</Button>
                </FormLayout>
              </Form>
            </Card>
            <Card>
              <ScrollTable
                label={t('returns.credit.accounts')}
                numeric={[1]}
                headings={[
                  t('returns.credit.email'),
                  t('returns.credit.balance'),
                  t('returns.credit.updated'),
                ]}
                rows={d.accounts.map((a) => [
                  <Link
                    key="e"
                    url={`/app/returns/credit?${new URLSearchParams({ ...Object.fromEntries(params), email: a.email })}`}
                  >
                    {a.email}
                  </Link>,
                  money(a.balance),
                  when(a.updatedAt),
                ])}
              />
              {d.accounts.length === 0 ? (
                <Text as="p" tone="subdued">
                  {t('returns.credit.noAccounts')}
                </Text>
              ) : null}
            </Card>
            {d.ledger.map((l) => (
              <Card key={l.currency}>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingMd">
                    {t('returns.credit.ledgerOf', { email: d.email, balance: money(l.balance) })}
                  </Text>
                  <ScrollTable
                    label={t('returns.credit.ledger')}
                    numeric={[2, 3]}
                    headings={[
                      t('orders.date'),
                      t('returns.credit.kind'),
                      t('returns.credit.amount'),
                      t('returns.credit.balanceAfter'),
                      t('returns.credit.expires'),
                      t('returns.credit.source'),
                    ]}
                    rows={l.entries.map((e) => [
                      when(e.createdAt),
                      t(`returns.credit.kinds.${e.kind}`),
                      `${e.kind === 'spend' || e.kind === 'expire' ? '−' : ''}${money(e.amount)}`,
                      money(e.balanceAfter),
                      e.expiresAt ? when(e.expiresAt) : '—',
                      e.returnId ? (
                        <Link key="r" url={`/app/returns/${e.returnId}`}>
                          {t('returns.credit.fromReturn')}
                        </Link>
                      ) : e.orderId ? (
                        <Link key="o" url={`/app/orders/${e.orderId}`}>
                          {t('returns.credit.fromOrder')}
                        </Link>
                      ) : (
                        '—'
                      ),
                    ])}
                  />
                </BlockStack>
              </Card>
            ))}
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <GrantForm currencies={d.currencies} grantKey={d.grantKey} email={d.email} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function SearchField({ initial }: { initial: string }) {
  const { t } = useTranslation('admin');
  const [q, setQ] = useState(initial);
  return (
    <TextField label={t('returns.credit.search')} name="q" value={q} onChange={setQ} autoComplete="off" />
  );
}

function GrantForm({
  currencies,
  grantKey,
  email,
}: {
  currencies: string[];
  grantKey: string;
  email: string;
}) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const [v, setV] = useState({ email, currency: currencies[0] ?? '', amount: '' });
  return (
    <IntentForm
      csrfToken={csrfToken}
      intent="grant"
      title={t('returns.credit.grant')}
      errors="returns.credit.errors"
      hidden={{ key: grantKey }}
      submit={{ label: t('returns.credit.grantButton') }}
    >
      {(error) => (
        <>
          <TextField
            label={t('returns.credit.email')}
            name="email"
            type="email"
            value={v.email}
            onChange={(email) => setV({ ...v, email })}
            autoComplete="off"
            error={error('email')}
          />
          <Select
            label={t('returns.credit.currency')}
            name="currency"
            options={currencies}
            value={v.currency}
            onChange={(currency) => setV({ ...v, currency })}
            error={error('currency')}
          />
          <TextField
            label={t('returns.credit.amount')}
            name="amount"
            value={v.amount}
            onChange={(amount) => setV({ ...v, amount })}
            autoComplete="off"
            suffix={v.currency}
            error={error('amount')}
          />
        </>
      )}
    </IntentForm>
  );
}
