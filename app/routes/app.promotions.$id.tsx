import { data } from 'react-router';
import { invalid, readAdminForm, redirectWithToast, saved } from '#app/admin/form.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { CampaignEditor } from '#app/components/admin/promotions/campaign-editor.tsx';
import { getDb } from '#app/db/client.server.ts';
import { parseRowId } from '#app/lib/row-id.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import {
  MAX_CODES_PER_REQUEST,
  PREFIX_PATTERN,
  requestBulkCodes,
} from '#app/modules/promotions/bulk-codes.server.ts';
import { saveCampaign, setCampaignStatus } from '#app/modules/promotions/campaign-admin.server.ts';
import { campaignEditorData, draftContext } from '#app/modules/promotions/campaign-editor.server.ts';
import { parseCampaignDraft } from '#app/modules/promotions/core/campaign-form.ts';
import { normaliseCode } from '#app/modules/promotions/core/codes.ts';
import { simulateCampaign } from '#app/modules/promotions/simulate.server.ts';
import { promotionSettings } from '#app/modules/shop/shop.server.ts';
import { canAccess, type AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.promotions.$id';

export const handle = { area: 'promotions' satisfies AdminArea };

/**
 * One campaign: its settings, its promotions (each edited through its strategy's schema-driven
 * form), bulk codes, and a cart simulator. Marketers may look and simulate; merchandisers and
 * owners change things (checked here, on the server, per intent).
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'promotions', 'read');
  const id = params.id === 'new' ? null : parseRowId(params.id);
  if (params.id !== 'new' && id == null) throw data({ error: 'not-found' }, { status: 404 });
  const editor = await campaignEditorData(getDb(), id);
  if (!editor) throw data({ error: 'not-found' }, { status: 404 });
  const t = adminT(principal.locale);
  return {
    ...editor,
    title: editor.draft.name || t('promotions.newCampaign'),
    canEdit: canAccess(principal.role, 'promotions'),
  };
}

async function parseDraft(form: FormData, mode: 'save' | 'simulate') {
  const db = getDb();
  const [shop, config] = await Promise.all([promotionSettings(db), getMarketConfig(db)]);
  return {
    parsed: parseCampaignDraft(form.get('draft'), draftContext(shop.timeZone, config.markets), mode),
    config,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const auth = await requireStaff(request, 'promotions', 'read');
  const form = await readAdminForm(request, auth);
  const intent = String(form.get('intent') ?? '');
  const id = params.id === 'new' ? null : parseRowId(params.id);
  const db = getDb();
  if (intent === 'simulate') {
    // Changes nothing, so those who may only read may simulate too.
    const { parsed, config } = await parseDraft(form, 'simulate');
    if (!parsed.ok) return invalid(intent, parsed.errors);
    const market = config.markets.find((m) => m.id === Number(form.get('marketId')));
    const lines = readLines(form.get('lines'));
    if (!market) return invalid(intent, { marketId: 'required' });
    if (!lines) return invalid(intent, { lines: 'lines' });
    const simulation = await simulateCampaign(db, id, parsed.value, {
      market,
      lines,
      language: auth.principal.locale ?? 'en',
    });
    return saved(intent, null, { simulation });
  }
  if (!canAccess(auth.principal.role, 'promotions')) throw data({ error: 'forbidden' }, { status: 403 });
  if (intent === 'save') {
    const { parsed } = await parseDraft(form, 'save');
    if (!parsed.ok) return invalid(intent, parsed.errors);
    const result = await saveCampaign(db, id, parsed.value);
    if (!result.ok)
      return invalid(intent, result.errors, { status: result.errors.form === 'notFound' ? 404 : 400 });
    if (id == null) return redirectWithToast(`/app/promotions/${result.id}`, { key: 'promotions.created' });
    return saved(intent, { key: 'promotions.saved' });
  }
  if (intent === 'status' && id != null) {
    const to = String(form.get('to'));
    const ok =
      (to === 'active' || to === 'paused' || to === 'archived') && (await setCampaignStatus(db, id, to));
    if (!ok) return invalid(intent, { form: 'status' }, { status: 409 });
    return saved(intent, { key: `promotions.status.${to}` });
  }
  if (intent === 'codes' && id != null) {
    const promotionId = parseRowId(form.get('promotionId'));
    const count = Number(form.get('count'));
    const prefix = normaliseCode(String(form.get('prefix') ?? ''));
    const errors: Record<string, string> = {};
    if (!Number.isInteger(count) || count < 1 || count > MAX_CODES_PER_REQUEST) errors.count = 'codeCount';
    if (!PREFIX_PATTERN.test(prefix)) errors.prefix = 'prefix';
    if (Object.keys(errors).length || promotionId == null) return invalid(intent, errors);
    const job = await requestBulkCodes(db, { promotionId, count, prefix }, auth.principal.id);
    if (job == null) return invalid(intent, { form: 'notBulk' }, { status: 409 });
    return saved(intent, { key: 'promotions.codes.queued' });
  }
  return invalid(intent, { form: 'unknown' });
}

/** The simulator's cart: [{ productId, quantity }], at most 50 lines. */
function readLines(raw: FormDataEntryValue | null): { productId: number; quantity: number }[] | null {
  try {
    const lines = JSON.parse(String(raw ?? '')) as unknown;
    if (!Array.isArray(lines) || lines.length < 1 || lines.length > 50) return null;
    const out = lines.map((l: { productId?: unknown; quantity?: unknown }) => ({
      productId: Number(l.productId),
      quantity: Number(l.quantity),
    }));
    return out.every(
      (l) =>
        Number.isSafeInteger(l.productId) &&
        l.productId > 0 &&
        Number.isInteger(l.quantity) &&
        l.quantity > 0 &&
        l.quantity <= 999,
    )
      ? out
      : null;
  } catch {
    return null;
  }
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function CampaignPage({ loaderData }: Route.ComponentProps) {
  const { csrfToken } = useAdmin();
  return <CampaignEditor data={loaderData} csrfToken={csrfToken} />;
}
