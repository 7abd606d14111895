import {
  BlockStack,
  Button,
  Card,
  DataTable,
  FormLayout,
  InlineGrid,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { useFieldErrors, type FormReply } from '#app/admin/use-field-errors.ts';
import { formatDate } from '#app/lib/format.ts';

interface Schedule {
  id: number;
  percent: string;
  startsAt: string;
  endsAt: string | null;
}

/** A market's scheduled adjustments: list, remove, and add (times in UTC). */
export function Schedules({ schedules, csrfToken }: { schedules: Schedule[]; csrfToken: string }) {
  const { t, i18n } = useTranslation('admin');
  const fetcher = useFetcher<FormReply>();
  const [form, setForm] = useState({ percent: '', startsAt: '', endsAt: '' });
  const when = (iso: string | null) =>
    iso ? formatDate(iso, i18n.language, 'dateTime', 'UTC') + ' UTC' : t('schedules.openEnded');
  const error = useFieldErrors(fetcher.data, 'schedules.errors', 'schedule');
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          {t('schedules.title')}
        </Text>
        {schedules.length > 0 ? (
          <DataTable
            columnContentTypes={['numeric', 'text', 'text', 'text']}
            headings={[t('schedules.percent'), t('schedules.startsAt'), t('schedules.endsAt'), '']}
            rows={schedules.map((s) => [
              `${Number(s.percent) > 0 ? '+' : ''}${s.percent}%`,
              when(s.startsAt),
              when(s.endsAt),
              <fetcher.Form method="post" key={s.id}>
                <input type="hidden" name="csrf" value={csrfToken} />
                <input type="hidden" name="intent" value="unschedule" />
                <input type="hidden" name="id" value={s.id} />
                <Button submit variant="plain" tone="critical">
                  {t('schedules.remove')}
                </Button>
              </fetcher.Form>,
            ])}
          />
        ) : (
          <Text as="p" tone="subdued">
            {t('schedules.none')}
          </Text>
        )}
        <fetcher.Form method="post">
          <input type="hidden" name="csrf" value={csrfToken} />
          <input type="hidden" name="intent" value="schedule" />
          <FormLayout>
            <InlineGrid columns={{ xs: 1, md: 3 }} gap="300">
              <TextField
                label={t('schedules.percent')}
                name="percent"
                value={form.percent}
                onChange={(percent) => setForm({ ...form, percent })}
                suffix="%"
                autoComplete="off"
                error={error('percent')}
              />
              <TextField
                label={t('schedules.startsAtUtc')}
                name="startsAt"
                type="datetime-local"
                value={form.startsAt}
                onChange={(startsAt) => setForm({ ...form, startsAt })}
                autoComplete="off"
                error={error('startsAt')}
              />
              <TextField
                label={t('schedules.endsAtUtc')}
                name="endsAt"
                type="datetime-local"
                value={form.endsAt}
                onChange={(endsAt) => setForm({ ...form, endsAt })}
                autoComplete="off"
                error={error('endsAt')}
              />
            </InlineGrid>
            <Button submit loading={fetcher.state !== 'idle'}>
              {t('schedules.add')}
            </Button>
          </FormLayout>
        </fetcher.Form>
      </BlockStack>
    </Card>
  );
}
