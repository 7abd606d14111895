import { BlockStack, Box, Button, InlineGrid, Link, Text, TextField } from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import type { JobView } from '#app/modules/jobs/jobs.server.ts';
import { JobProgress } from '../job-progress.tsx';

interface Props {
  campaignId: number;
  promotionId: number;
  info: { count: number; job: JobView | null } | undefined;
  canEdit: boolean;
  csrfToken: string;
}

interface Reply {
  ok: boolean;
  intent?: string;
  errors?: Record<string, string>;
}

/** Bulk unique codes of one promotion: how many exist, generating more (a background job), the CSV. */
export function BulkCodes({ campaignId, promotionId, info, canEdit, csrfToken }: Props) {
  const { t, i18n } = useTranslation('admin');
  const fetcher = useFetcher<Reply>();
  const [count, setCount] = useState('1000');
  const [prefix, setPrefix] = useState('');
  const err = (field: string) => {
    const code = fetcher.data && !fetcher.data.ok ? fetcher.data.errors?.[field] : undefined;
    return code ? t(`promotions.errors.${code}`) : undefined;
  };
  const n = info?.count ?? 0;
  return (
    <Box padding="300" borderWidth="025" borderColor="border" borderRadius="200">
      <BlockStack gap="300">
        <Text as="h3" variant="headingSm">
          {t('promotions.codes.title')}
        </Text>
        <Text as="p">
          {t('promotions.codes.count', {
            count: n,
            formatted: new Intl.NumberFormat(i18n.language).format(n),
          })}
        </Text>
        <JobProgress job={info?.job ?? null} />
        {canEdit ? (
          <InlineGrid columns={{ xs: 1, md: 3 }} gap="200" alignItems="end">
            <TextField
              label={t('promotions.codes.howMany')}
              type="number"
              min={1}
              max={100000}
              value={count}
              onChange={setCount}
              error={err('count')}
              autoComplete="off"
            />
            <TextField
              label={t('promotions.codes.prefix')}
              value={prefix}
              onChange={setPrefix}
              error={err('prefix')}
              autoComplete="off"
            />
            <Button
              onClick={() =>
                fetcher.submit(
                  { intent: 'codes', promotionId: String(promotionId), count, prefix, csrf: csrfToken },
                  { method: 'post' },
                )
              }
              loading={fetcher.state !== 'idle'}
            >
              {t('promotions.codes.generate')}
            </Button>
          </InlineGrid>
        ) : null}
        {err('form') ? (
          <Text as="p" tone="critical">
            {err('form')}
          </Text>
        ) : null}
        {n > 0 ? (
          <Link url={`/app/promotions/${campaignId}/codes.csv?promotion=${promotionId}`} target="_blank">
            {t('promotions.codes.export')}
          </Link>
        ) : null}
      </BlockStack>
    </Box>
  );
}
