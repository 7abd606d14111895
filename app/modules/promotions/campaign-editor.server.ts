import type { Db } from '#app/db/client.server.ts';
import { jobView, latestJobsByPayload } from '#app/modules/jobs/jobs.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { promotionSettings } from '#app/modules/shop/shop.server.ts';
import { BULK_CODES_JOB } from './bulk-codes.server.ts';
import { campaignState, getCampaign } from './campaign-admin.server.ts';
import { blankDraft, campaignToDraft, type DraftContext } from './core/campaign-form.ts';
import { strategyForms } from './core/strategy-form.ts';
import { productAndCollectionChoices } from '#app/modules/catalog/picker-options.server.ts';

/** Everything the campaign editor shows, for a saved campaign or a new one (id null). */
export async function campaignEditorData(db: Db, id: number | null, now = new Date()) {
  const [shop, config, pickers, found] = await Promise.all([
    promotionSettings(db),
    getMarketConfig(db),
    productAndCollectionChoices(db),
    id == null ? null : getCampaign(db, id),
  ]);
  if (id != null && !found) return null;
  const ctx = draftContext(shop.timeZone, config.markets);
  const draft = found
    ? campaignToDraft(found.campaign, found.promotions, shop.timeZone)
    : blankDraft(now, shop.timeZone);
  const codeJobs = await latestJobsByPayload(
    db,
    BULK_CODES_JOB,
    'promotionId',
    found ? found.promotions.map((p) => p.id) : [],
  );
  return {
    id,
    state: found ? campaignState(found.campaign, now) : ('draft' as const),
    timeZone: shop.timeZone,
    draft,
    forms: strategyForms(),
    markets: config.markets.map((m) => ({ id: m.id, name: m.name, currency: m.currency })),
    /** Today's rates (units per shop-currency unit), for "fill the other currencies" only. */
    rates: {
      [config.shopCurrency]: '1',
      ...Object.fromEntries(Object.entries(config.rates).map(([c, r]) => [c, r.value])),
    },
    languages: ctx.languages,
    products: pickers.products,
    collections: pickers.collections,
    codes: found
      ? found.promotions.map((p) => ({
          promotionId: p.id,
          count: p.codeCount,
          job: jobView(codeJobs.get(p.id) ?? null),
        }))
      : [],
  };
}

export function draftContext(
  timeZone: string,
  markets: readonly { id: number; currency: string; languages: readonly string[] }[],
): DraftContext {
  return {
    timeZone,
    markets: markets.map((m) => ({ id: m.id, currency: m.currency })),
    languages: [...new Set(markets.flatMap((m) => m.languages))],
  };
}
