import { Banner, BlockStack, ProgressBar, Text } from '@shopify/polaris';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevalidator } from 'react-router';
import type { JobView } from '#app/modules/jobs/jobs.server.ts';
import { formatDate } from '#app/lib/format.ts';

const POLL_MS = 1000;

/** A background job's state with a live progress bar; the page reloads its data while the job runs. */
export function JobProgress({ job }: { job: JobView | null }) {
  const { t, i18n } = useTranslation('admin');
  const revalidator = useRevalidator();
  const active = job?.status === 'queued' || job?.status === 'running';
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => {
      if (revalidator.state === 'idle') void revalidator.revalidate();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [active, job?.percent, job?.status, revalidator]);
  if (!job) return null;
  const label = t(`jobs.kinds.${job.kind}`);
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  if (active) {
    return (
      <BlockStack gap="200">
        <Text as="p" id={`job-${job.id}-label`}>
          {t(`jobs.${job.status}`, { job: label })}
        </Text>
        <ProgressBar progress={job.percent} size="small" ariaLabelledBy={`job-${job.id}-label`} />
        {job.total > 0 ? (
          <Text as="p" tone="subdued">
            {t([`jobs.countsFor.${job.kind}`, 'jobs.counts'], {
              done: count(job.done),
              total: count(job.total),
            })}
          </Text>
        ) : null}
      </BlockStack>
    );
  }
  const finished = job.finishedAt ? formatDate(job.finishedAt, i18n.language, 'dateTime') : '';
  return job.status === 'succeeded' ? (
    <Text as="p" tone="subdued">
      <span data-testid="job-done">{t('jobs.succeeded', { job: label, time: finished })}</span>
    </Text>
  ) : (
    <Banner tone="critical" title={t('jobs.failed', { job: label, time: finished })}>
      {job.error}
    </Banner>
  );
}
