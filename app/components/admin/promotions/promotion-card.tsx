import {
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  FormLayout,
  InlineGrid,
  InlineStack,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromotionDraft } from '#app/modules/promotions/core/campaign-form.ts';
import { emptyValue, type StrategyForms } from '#app/modules/promotions/core/strategy-form.ts';
import { StrategyFields, type FieldContext } from './strategy-fields.tsx';

interface Props {
  index: number;
  promotion: PromotionDraft;
  forms: { conditions: StrategyForms; actions: StrategyForms };
  languages: readonly string[];
  ctx: FieldContext;
  onChange(next: PromotionDraft): void;
  onRemove?: () => void;
  children?: ReactNode;
}

/** One promotion of a campaign: how it is triggered (code or automatic), its action and its conditions. */
export function PromotionCard({
  index,
  promotion: p,
  forms,
  languages,
  ctx,
  onChange,
  onRemove,
  children,
}: Props) {
  const { t } = useTranslation('admin');
  const at = `promotions.${index}`;
  const set = <K extends keyof PromotionDraft>(key: K, value: PromotionDraft[K]) =>
    onChange({ ...p, [key]: value });
  const strategyOptions = (kind: 'actions' | 'conditions') =>
    Object.keys(forms[kind]).map((code) => ({ value: code, label: t(`promotions.${kind}.${code}`) }));
  const unused = Object.keys(forms.conditions).filter((c) => !p.conditions.some((k) => k.code === c));
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {t('promotions.promotionN', { n: index + 1 })}
          </Text>
          {onRemove ? (
            <Button variant="plain" tone="critical" onClick={onRemove}>
              {t('promotions.removePromotion', { n: index + 1 })}
            </Button>
          ) : null}
        </InlineStack>
        <FormLayout>
          <InlineGrid columns={{ xs: 1, md: 2 }} gap="300">
            <Select
              label={t('promotions.codeMode')}
              options={(['automatic', 'single', 'bulk'] as const).map((m) => ({
                value: m,
                label: t(`promotions.codeModes.${m}`),
              }))}
              value={p.codeMode}
              onChange={(v) => set('codeMode', v as PromotionDraft['codeMode'])}
              disabled={ctx.readOnly}
            />
            {p.codeMode === 'single' ? (
              <TextField
                label={t('promotions.code')}
                value={p.code}
                onChange={(v) => set('code', v)}
                helpText={t('promotions.codeHelp')}
                error={ctx.errorAt(`${at}.code`)}
                autoComplete="off"
                readOnly={ctx.readOnly}
              />
            ) : null}
          </InlineGrid>
          <BlockStack gap="200">
            <Text as="p">
              {t(p.codeMode === 'automatic' ? 'promotions.titleRequired' : 'promotions.titleOptional')}
            </Text>
            <InlineGrid columns={{ xs: 1, md: 3 }} gap="200">
              {languages.map((lang) => (
                <TextField
                  key={lang}
                  label={t('promotions.titleIn', { language: lang })}
                  value={p.title[lang] ?? ''}
                  onChange={(v) => set('title', { ...p.title, [lang]: v })}
                  error={lang === languages[0] ? ctx.errorAt(`${at}.title`) : undefined}
                  autoComplete="off"
                  readOnly={ctx.readOnly}
                />
              ))}
            </InlineGrid>
          </BlockStack>
        </FormLayout>
        <Box padding="300" background="bg-surface-secondary" borderRadius="200">
          <BlockStack gap="300">
            <Select
              label={t('promotions.action')}
              options={strategyOptions('actions')}
              value={p.action.code}
              onChange={(code) => set('action', { code, value: emptyValue(forms.actions[code]!) })}
              error={ctx.errorAt(`${at}.action.code`)}
              disabled={ctx.readOnly}
            />
            <StrategyFields
              field={forms.actions[p.action.code]!}
              value={p.action.value as never}
              onChange={(value) => set('action', { ...p.action, value })}
              name={p.action.code}
              path={`${at}.action.args`}
              ctx={ctx}
            />
          </BlockStack>
        </Box>
        <BlockStack gap="300">
          <Text as="h3" variant="headingSm">
            {t('promotions.conditionsTitle')}
          </Text>
          {p.conditions.length ? null : (
            <Text as="p" tone="subdued">
              {t('promotions.noConditions')}
            </Text>
          )}
          {p.conditions.map((c, j) => (
            <Box key={c.code} padding="300" borderWidth="025" borderColor="border" borderRadius="200">
              <BlockStack gap="200">
                <InlineStack align="space-between">
                  <Text as="p" fontWeight="semibold">
                    {t(`promotions.conditions.${c.code}`)}
                  </Text>
                  {ctx.readOnly ? null : (
                    <Button
                      variant="plain"
                      tone="critical"
                      onClick={() =>
                        set(
                          'conditions',
                          p.conditions.filter((_, k) => k !== j),
                        )
                      }
                    >
                      {t('promotions.removeCondition', { what: t(`promotions.conditions.${c.code}`) })}
                    </Button>
                  )}
                </InlineStack>
                <StrategyFields
                  field={forms.conditions[c.code]!}
                  value={c.value as never}
                  onChange={(value) =>
                    set(
                      'conditions',
                      p.conditions.map((k, m) => (m === j ? { ...k, value } : k)),
                    )
                  }
                  name={c.code}
                  path={`${at}.conditions.${j}.args`}
                  ctx={{ ...ctx, scope: c.code }}
                />
              </BlockStack>
            </Box>
          ))}
          {unused.length && !ctx.readOnly ? (
            <InlineStack gap="200">
              {unused.map((code) => (
                <Button
                  key={code}
                  onClick={() =>
                    set('conditions', [...p.conditions, { code, value: emptyValue(forms.conditions[code]!) }])
                  }
                >
                  {t('promotions.addCondition', { what: t(`promotions.conditions.${code}`) })}
                </Button>
              ))}
            </InlineStack>
          ) : null}
        </BlockStack>
        <InlineGrid columns={{ xs: 1, md: 3 }} gap="300">
          <TextField
            label={t('promotions.priority')}
            type="number"
            min={0}
            value={p.priority}
            onChange={(v) => set('priority', v)}
            helpText={t('promotions.priorityHelp')}
            error={ctx.errorAt(`${at}.priority`)}
            autoComplete="off"
            readOnly={ctx.readOnly}
          />
          <Checkbox
            label={t('promotions.exclusive')}
            helpText={t('promotions.exclusiveHelp')}
            checked={p.exclusive}
            onChange={(v) => set('exclusive', v)}
            disabled={ctx.readOnly}
          />
          <Checkbox
            label={t('promotions.stacks')}
            helpText={t('promotions.stacksHelp')}
            checked={p.stacks}
            onChange={(v) => set('stacks', v)}
            disabled={ctx.readOnly}
          />
        </InlineGrid>
        {children}
      </BlockStack>
    </Card>
  );
}
