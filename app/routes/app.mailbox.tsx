import { Badge, BlockStack, Card, IndexTable, Layout, Page, Text } from '@shopify/polaris';
import { parseRowId } from '#app/lib/row-id.ts';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { getEmail, listEmails } from '#app/modules/email/outbox.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.mailbox';
import { formatDate } from '#app/lib/format.ts';

export const handle = { area: 'orders' satisfies AdminArea };

/** The outbox: every email the store wrote, sent or (without SMTP) kept here for inspection. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'orders');
  const db = getDb();
  const selected = parseRowId(new URL(request.url).searchParams.get('id'));
  const [emails, open] = await Promise.all([listEmails(db, 100), selected ? getEmail(db, selected) : null]);
  return {
    title: adminT(principal.locale)('nav.mailbox'),
    emails: emails.map((e) => ({
      id: e.id,
      to: e.to,
      subject: e.subject,
      status: e.status,
      locale: e.locale,
      createdAt: e.createdAt.toISOString(),
    })),
    open: open ? { id: open.id, subject: open.subject, to: open.to, html: open.html } : null,
  };
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function Mailbox({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const when = (iso: string) => formatDate(iso, i18n.language, 'shortDateTime');
  return (
    <Page
      title={t('nav.mailbox')}
      subtitle={t('mailbox.subtitle')}
      backAction={{ content: t('nav.orders'), url: '/app/orders' }}
    >
      <Layout>
        <Layout.Section>
          <Card padding="0">
            <IndexTable
              resourceName={{ singular: t('mailbox.email'), plural: t('mailbox.emails') }}
              itemCount={loaderData.emails.length}
              selectable={false}
              headings={[
                { title: t('mailbox.to') },
                { title: t('mailbox.subject') },
                { title: t('mailbox.status') },
                { title: t('mailbox.time') },
              ]}
            >
              {loaderData.emails.map((e, i) => (
                <IndexTable.Row
                  id={String(e.id)}
                  key={e.id}
                  position={i}
                  selected={params.get('id') === String(e.id)}
                  onClick={() => navigate(`/app/mailbox?id=${e.id}`)}
                >
                  <IndexTable.Cell>{e.to}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" fontWeight="semibold">
                      {e.subject}
                    </Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <Badge
                      tone={e.status === 'sent' ? 'success' : e.status === 'failed' ? 'critical' : undefined}
                    >
                      {t(`mailbox.statuses.${e.status}`)}
                    </Badge>
                  </IndexTable.Cell>
                  <IndexTable.Cell>{when(e.createdAt)}</IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          </Card>
        </Layout.Section>
        {loaderData.open ? (
          <Layout.Section>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {loaderData.open.subject}
                </Text>
                <Text as="p" tone="subdued">
                  {loaderData.open.to}
                </Text>
                {/* Rendered sandboxed: an email is untrusted HTML as far as the admin is concerned. */}
                <iframe
                  title={loaderData.open.subject}
                  sandbox=""
                  srcDoc={loaderData.open.html}
                  style={{ inlineSize: '100%', blockSize: '600px', border: '1px solid #e3e3e3' }}
                />
              </BlockStack>
            </Card>
          </Layout.Section>
        ) : null}
      </Layout>
    </Page>
  );
}
