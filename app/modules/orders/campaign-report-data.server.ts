import type { Db } from '#app/db/client.server.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import { getCampaign } from '#app/modules/promotions/campaign-admin.server.ts';
import { campaignReport } from './campaign-report.server.ts';

/** A campaign and its report, as the report page and its CSV exports load them; null if no such campaign. */
export async function loadCampaignReport(db: Db, id: number) {
  const found = await getCampaign(db, id);
  if (!found) return null;
  const shop = await getShop(db);
  const report = await campaignReport(db, found.campaign, {
    currency: shop.currency,
    timeZone: shop.timeZone,
  });
  return { campaign: found.campaign, report, timeZone: shop.timeZone };
}
