import type { StaffRole } from '#app/modules/staff/core/role-names.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';

/**
 * Who may use which admin area, written out by hand (NOT derived from AREA_ROLES/canAccess,
 * the code under test): granting a role an extra area, or taking one away, must fail a test
 * until this table is changed on purpose too. "read": the area's pages load, its actions refuse.
 */
const MATRIX = `
  area        owner  merchandiser  marketer  support
  home        yes    yes           yes       yes
  products    yes    yes           no        no
  markets     yes    yes           no        no
  pricing     yes    yes           no        no
  promotions  yes    yes           read      no
  content     yes    no            yes       no
  seo         yes    no            yes       no
  orders      yes    no            no        yes
  returns     yes    no            no        yes
  staff       yes    no            no        no
  settings    yes    no            no        no
`;

export type Access = 'yes' | 'read' | 'no';

function parse(text: string): Record<AdminArea, Record<StaffRole, Access>> {
  const [header, ...rows] = text
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  const roles = header!.slice(1) as StaffRole[];
  return Object.fromEntries(
    rows.map(([area, ...cells]) => [area, Object.fromEntries(roles.map((r, i) => [r, cells[i] as Access]))]),
  ) as never;
}

export const ACCESS = parse(MATRIX);

/** The area each authenticated admin route file declares (handle.area), by hand as well. */
export const ROUTE_AREAS: Record<string, AdminArea> = {
  'app.tsx': 'home',
  'app._index.tsx': 'home',
  'app.account._index.tsx': 'home',
  'app.account.password.tsx': 'home',
  'app.search.tsx': 'home',
  'app.mailbox.tsx': 'orders',
  'app.orders._index.tsx': 'orders',
  'app.orders.$id.tsx': 'orders',
  'app.returns._index.tsx': 'returns',
  'app.returns.$id.tsx': 'returns',
  'app.returns.$id_.photos.$photoId.ts': 'returns',
  'app.returns.settings.tsx': 'returns',
  'app.returns.credit.tsx': 'returns',
  'app.returns.reasons.tsx': 'returns',
  'app.returns.analytics.tsx': 'returns',
  'app.returns.analytics[.]csv.tsx': 'returns',
  'app.markets._index.tsx': 'markets',
  'app.markets.$id.tsx': 'markets',
  'app.markets.import-rules.tsx': 'markets',
  'app.markets.rates.tsx': 'markets',
  'app.markets.shipping.tsx': 'markets',
  'app.pricing.tsx': 'pricing',
  'app.pricing.export[.]csv.tsx': 'pricing',
  'app.promotions._index.tsx': 'promotions',
  'app.promotions.$id.tsx': 'promotions',
  'app.promotions.$id_.report.tsx': 'promotions',
  'app.promotions.$id_.report[.]csv.tsx': 'promotions',
  'app.promotions.$id_.codes[.]csv.tsx': 'promotions',
  'app.products._index.tsx': 'products',
  'app.products.$id.tsx': 'products',
  'app.blogs._index.tsx': 'content',
  'app.blogs.$id.tsx': 'content',
  'app.articles.$id.tsx': 'content',
  'app.seo._index.tsx': 'seo',
  'app.seo.$type.$id.tsx': 'seo',
  'app.seo.audit.tsx': 'seo',
  'app.seo.exchange.tsx': 'seo',
  'app.seo.exchange.export.tsx': 'seo',
  'app.seo.indexing.tsx': 'seo',
  'app.seo.redirects.tsx': 'seo',
  'app.seo.redirects.export[.]csv.tsx': 'seo',
  'app.seo.templates.tsx': 'seo',
  'app.staff.tsx': 'staff',
  'app.settings._index.tsx': 'settings',
  'app.settings.policies.tsx': 'settings',
  'app.settings.brand.tsx': 'settings',
};
