import { BlockStack, Button, Card, InlineStack, List, Select, Text, TextField } from '@shopify/polaris';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { formatDate, formatMoney } from '#app/lib/format.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import type { CampaignDraft } from '#app/modules/promotions/core/campaign-form.ts';
import { explain } from '#app/modules/promotions/core/explain.ts';
import type { Simulation } from '#app/modules/promotions/simulate.server.ts';

interface Props {
  draft: CampaignDraft;
  markets: { id: number; name: string; currency: string }[];
  products: { id: number; title: string }[];
  csrfToken: string;
  /** The draft's errors the simulator met, shown next to their fields by the editor. */
  onErrors(errors: Record<string, string> | null): void;
}

interface Reply {
  ok: boolean;
  intent?: string;
  errors?: Record<string, string>;
  simulation?: Simulation;
}

/** "Simulate a cart": the draft as it stands (saved or not) against a cart the merchant builds. */
export function SimulatePanel({ draft, markets, products, csrfToken, onErrors }: Props) {
  const { t, i18n } = useTranslation('admin');
  const fetcher = useFetcher<Reply>();
  const [marketId, setMarketId] = useState(String(draft.marketIds[0] ?? markets[0]?.id ?? ''));
  const [lines, setLines] = useState([{ productId: String(products[0]?.id ?? ''), quantity: '1' }]);
  const sim = fetcher.data?.ok ? fetcher.data.simulation : undefined;
  const failed = fetcher.data && !fetcher.data.ok ? fetcher.data.errors : undefined;
  useEffect(() => onErrors(failed && !failed.lines && !failed.marketId ? failed : null), [failed, onErrors]);
  const money = (minor: number) =>
    sim
      ? formatMoney(
          toDecimalString({ amount: minor, currencyCode: sim.currency }),
          sim.currency,
          i18n.language,
        )
      : '';
  const run = () =>
    fetcher.submit(
      {
        intent: 'simulate',
        draft: JSON.stringify(draft),
        marketId,
        lines: JSON.stringify(
          lines.filter((l) => l.productId).map((l) => ({ productId: l.productId, quantity: l.quantity })),
        ),
        csrf: csrfToken,
      },
      { method: 'post' },
    );
  const subtotal = sim ? sim.lines.reduce((n, l) => n + l.unitPrice * l.quantity, 0) : 0;
  const discount = sim ? sim.evaluation.applied.reduce((n, a) => n + a.amount, 0) : 0;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t('promotions.simulate.title')}
        </Text>
        <Select
          label={t('promotions.simulate.market')}
          options={markets.map((m) => ({ value: String(m.id), label: `${m.name} (${m.currency})` }))}
          value={marketId}
          onChange={setMarketId}
        />
        {lines.map((l, i) => (
          <InlineStack key={i} gap="200" wrap={false} blockAlign="end">
            <div style={{ flex: 1, minWidth: 0 }}>
              <Select
                label={t('promotions.simulate.product', { n: i + 1 })}
                options={products.map((p) => ({ value: String(p.id), label: p.title }))}
                value={l.productId}
                onChange={(v) => setLines(lines.map((x, j) => (j === i ? { ...x, productId: v } : x)))}
              />
            </div>
            <div style={{ width: '5.5rem' }}>
              <TextField
                label={t('promotions.simulate.quantity', { n: i + 1 })}
                type="number"
                min={1}
                max={999}
                value={l.quantity}
                onChange={(v) => setLines(lines.map((x, j) => (j === i ? { ...x, quantity: v } : x)))}
                autoComplete="off"
              />
            </div>
          </InlineStack>
        ))}
        <InlineStack gap="200">
          {lines.length < 10 ? (
            <Button
              onClick={() =>
                setLines([...lines, { productId: String(products[0]?.id ?? ''), quantity: '1' }])
              }
            >
              {t('promotions.simulate.addLine')}
            </Button>
          ) : null}
          {lines.length > 1 ? (
            <Button onClick={() => setLines(lines.slice(0, -1))}>
              {t('promotions.simulate.removeLine')}
            </Button>
          ) : null}
          <Button variant="primary" onClick={run} loading={fetcher.state !== 'idle'}>
            {t('promotions.simulate.run')}
          </Button>
        </InlineStack>
        {failed ? (
          <Text as="p" tone="critical">
            {t(failed.lines ? 'promotions.simulate.badLines' : 'promotions.simulate.fixDraft')}
          </Text>
        ) : null}
        {sim ? (
          <BlockStack gap="200" aria-live="polite">
            <div data-testid="simulation">
              <BlockStack gap="200">
                <Text as="p" tone="subdued">
                  {t('promotions.simulate.at', { date: formatDate(sim.at, i18n.language, 'dateTime') })}
                </Text>
                <Text as="p">{t('promotions.simulate.subtotal', { amount: money(subtotal) })}</Text>
                {sim.lines
                  .filter((l) => l.gift)
                  .map((l) => (
                    <Text as="p" key={l.key}>
                      {t('promotions.simulate.gift', { title: l.title, count: l.quantity })}
                    </Text>
                  ))}
                {sim.unpriced.length ? (
                  <Text as="p" tone="caution">
                    {t('promotions.simulate.unpriced', { count: sim.unpriced.length })}
                  </Text>
                ) : null}
                <Text as="h3" variant="headingSm">
                  {t('promotions.simulate.applied')}
                </Text>
                {sim.evaluation.applied.length ? (
                  <List>
                    {sim.evaluation.applied.map((a) => (
                      <List.Item key={a.promotionId}>
                        {a.class === 'shipping'
                          ? t('promotions.simulate.shipping', { label: a.label })
                          : t('promotions.simulate.appliedItem', { label: a.label, amount: money(a.amount) })}
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text as="p" tone="subdued">
                    {t('promotions.simulate.none')}
                  </Text>
                )}
                {sim.evaluation.shipping && !sim.evaluation.applied.some((a) => a.class === 'shipping') ? (
                  <Text as="p">
                    {t('promotions.simulate.shippingOff', {
                      label: sim.evaluation.shipping.label,
                      percent: sim.evaluation.shipping.percent,
                    })}
                  </Text>
                ) : null}
                {discount ? (
                  <Text as="p" fontWeight="semibold">
                    {t('promotions.simulate.total', {
                      amount: money(subtotal - discount),
                      discount: money(discount),
                    })}
                  </Text>
                ) : null}
                {sim.evaluation.rejected.length ? (
                  <>
                    <Text as="h3" variant="headingSm">
                      {t('promotions.simulate.rejected')}
                    </Text>
                    <List>
                      {sim.evaluation.rejected.map((r) => {
                        const e = explain(r, {
                          money,
                          date: (iso) => formatDate(iso, i18n.language, 'dateTime'),
                        });
                        return (
                          <List.Item key={`${r.promotionId}-${r.label}`}>
                            {t(`promotions.reasons.${r.reason.kind}`, { ...e.values, label: r.label })}
                          </List.Item>
                        );
                      })}
                    </List>
                  </>
                ) : null}
              </BlockStack>
            </div>
          </BlockStack>
        ) : null}
      </BlockStack>
    </Card>
  );
}
