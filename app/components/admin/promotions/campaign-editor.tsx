import {
  Badge,
  BlockStack,
  Button,
  Card,
  ChoiceList,
  FormLayout,
  InlineGrid,
  Layout,
  Page,
  Text,
  TextField,
} from '@shopify/polaris';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import type { CampaignState } from '#app/modules/promotions/campaign-admin.server.ts';
import { blankPromotion, type CampaignDraft } from '#app/modules/promotions/core/campaign-form.ts';
import type { JobView } from '#app/modules/jobs/jobs.server.ts';
import type { StrategyForms } from '#app/modules/promotions/core/strategy-form.ts';
import { BulkCodes } from './bulk-codes.tsx';
import { PromotionCard } from './promotion-card.tsx';
import { SimulatePanel } from './simulate-panel.tsx';
import { MoneyFields, type FieldContext } from './strategy-fields.tsx';

export interface EditorData {
  id: number | null;
  title: string;
  state: CampaignState;
  timeZone: string;
  draft: CampaignDraft;
  forms: { conditions: StrategyForms; actions: StrategyForms };
  markets: { id: number; name: string; currency: string }[];
  rates: Record<string, string>;
  languages: readonly string[];
  products: { id: number; title: string }[];
  collections: { id: number; title: string }[];
  codes: { promotionId: number; count: number; job: JobView | null }[];
  canEdit: boolean;
}

export const STATE_TONES: Record<CampaignState, 'success' | 'info' | 'attention' | undefined> = {
  live: 'success',
  scheduled: 'info',
  paused: 'attention',
  draft: undefined,
  ended: undefined,
  archived: undefined,
};

interface Reply {
  ok: boolean;
  intent?: string;
  errors?: Record<string, string>;
}

/** The campaign editor: settings, promotions, bulk codes and the simulator, one draft in state. */
export function CampaignEditor({ data, csrfToken }: { data: EditorData; csrfToken: string }) {
  const { t } = useTranslation('admin');
  const save = useFetcher<Reply>();
  const status = useFetcher<Reply>();
  const [draft, setDraft] = useState<CampaignDraft>(data.draft);
  const set = <K extends keyof CampaignDraft>(key: K, value: CampaignDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const reply = save.data;
  const [simulateErrors, setSimulateErrors] = useState<Record<string, string> | null>(null);
  const errorAt = (path: string) => {
    const saveErrors = reply && !reply.ok && reply.intent === 'save' ? reply.errors : undefined;
    const code = (saveErrors ?? simulateErrors ?? {})[path];
    return code
      ? t(`promotions.errors.${code}`, { defaultValue: t('promotions.errors.invalid') })
      : undefined;
  };
  const chosen = data.markets.filter((m) => draft.marketIds.includes(m.id));
  const currencies = useMemo(
    () => [...new Set((chosen.length ? chosen : data.markets).map((m) => m.currency))],
    [chosen, data.markets],
  );
  const ctx: FieldContext = {
    currencies,
    products: data.products,
    collections: data.collections,
    errorAt,
    readOnly: !data.canEdit,
    rates: data.rates,
  };
  const submitSave = () =>
    save.submit({ intent: 'save', draft: JSON.stringify(draft), csrf: csrfToken }, { method: 'post' });
  const move = (to: string) => status.submit({ intent: 'status', to, csrf: csrfToken }, { method: 'post' });
  const moves =
    data.id == null || !data.canEdit
      ? []
      : data.state === 'draft'
        ? ['active', 'archived']
        : data.state === 'paused'
          ? ['active', 'archived']
          : data.state === 'archived'
            ? []
            : ['paused', 'archived'];
  return (
    <Page
      title={data.title}
      titleMetadata={<Badge tone={STATE_TONES[data.state]}>{t(`promotions.states.${data.state}`)}</Badge>}
      backAction={{ content: t('nav.promotions'), url: '/app/promotions' }}
      primaryAction={
        data.canEdit
          ? { content: t('promotions.save'), onAction: submitSave, loading: save.state !== 'idle' }
          : undefined
      }
      secondaryActions={[
        ...moves.map((to) => ({ content: t(`promotions.moves.${to}`), onAction: () => move(to) })),
        ...(data.id != null
          ? [{ content: t('promotions.report.title'), url: `/app/promotions/${data.id}/report` }]
          : []),
      ]}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {errorAt('form') ? (
              <Text as="p" tone="critical">
                {errorAt('form')}
              </Text>
            ) : null}
            <Card>
              <FormLayout>
                <TextField
                  label={t('promotions.name')}
                  value={draft.name}
                  onChange={(v) => set('name', v)}
                  error={errorAt('name')}
                  autoComplete="off"
                  readOnly={!data.canEdit}
                />
                <ChoiceList
                  allowMultiple
                  title={t('promotions.markets')}
                  choices={data.markets.map((m) => ({
                    value: String(m.id),
                    label: `${m.name} (${m.currency})`,
                    disabled: !data.canEdit,
                  }))}
                  selected={draft.marketIds.map(String)}
                  onChange={(v) => set('marketIds', v.map(Number))}
                  error={errorAt('marketIds')}
                />
                <Text as="p" tone="subdued">
                  {draft.marketIds.length ? '' : t('promotions.allMarkets')}
                </Text>
                <InlineGrid columns={{ xs: 1, md: 2 }} gap="300">
                  <TextField
                    label={t('promotions.startsAt')}
                    type="datetime-local"
                    value={draft.startsAt}
                    onChange={(v) => set('startsAt', v)}
                    helpText={t('promotions.inZone', { zone: data.timeZone })}
                    error={errorAt('startsAt')}
                    autoComplete="off"
                    readOnly={!data.canEdit}
                  />
                  <TextField
                    label={t('promotions.endsAt')}
                    type="datetime-local"
                    value={draft.endsAt}
                    onChange={(v) => set('endsAt', v)}
                    helpText={t('promotions.noEnd')}
                    error={errorAt('endsAt')}
                    autoComplete="off"
                    readOnly={!data.canEdit}
                  />
                </InlineGrid>
                <MoneyFields
                  label={t('promotions.budget')}
                  value={draft.budget}
                  onChange={(v) => set('budget', v as Record<string, string>)}
                  path="budget"
                  ctx={ctx}
                />
                <Text as="p" tone="subdued">
                  {t('promotions.budgetHelp')}
                </Text>
                <InlineGrid columns={{ xs: 1, md: 2 }} gap="300">
                  <TextField
                    label={t('promotions.usageLimit')}
                    type="number"
                    min={0}
                    value={draft.usageLimit}
                    onChange={(v) => set('usageLimit', v)}
                    helpText={t('promotions.emptyUnlimited')}
                    error={errorAt('usageLimit')}
                    autoComplete="off"
                    readOnly={!data.canEdit}
                  />
                  <TextField
                    label={t('promotions.perCustomerLimit')}
                    type="number"
                    min={0}
                    value={draft.perCustomerLimit}
                    onChange={(v) => set('perCustomerLimit', v)}
                    helpText={t('promotions.emptyUnlimited')}
                    error={errorAt('perCustomerLimit')}
                    autoComplete="off"
                    readOnly={!data.canEdit}
                  />
                </InlineGrid>
              </FormLayout>
            </Card>
            {draft.promotions.map((p, i) => (
              <PromotionCard
                key={p.id ?? `new-${i}`}
                index={i}
                promotion={p}
                forms={data.forms}
                languages={data.languages}
                ctx={ctx}
                onChange={(next) =>
                  set(
                    'promotions',
                    draft.promotions.map((q, j) => (j === i ? next : q)),
                  )
                }
                onRemove={
                  draft.promotions.length > 1 && data.canEdit
                    ? () =>
                        set(
                          'promotions',
                          draft.promotions.filter((_, j) => j !== i),
                        )
                    : undefined
                }
              >
                {p.id != null && p.codeMode === 'bulk' && data.id != null ? (
                  <BulkCodes
                    campaignId={data.id}
                    promotionId={p.id}
                    info={data.codes.find((c) => c.promotionId === p.id)}
                    canEdit={data.canEdit}
                    csrfToken={csrfToken}
                  />
                ) : null}
              </PromotionCard>
            ))}
            {data.canEdit && draft.promotions.length < 20 ? (
              <Button onClick={() => set('promotions', [...draft.promotions, blankPromotion()])}>
                {t('promotions.addPromotion')}
              </Button>
            ) : null}
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <SimulatePanel
            draft={draft}
            markets={data.markets}
            products={data.products}
            csrfToken={csrfToken}
            onErrors={setSimulateErrors}
          />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
