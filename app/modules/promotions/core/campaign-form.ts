import { z } from 'zod';
import { utcToZonedLocal, zonedLocalToUtc } from '#app/lib/zoned-time.ts';
import { isValidCode, normaliseCode } from './codes.ts';
import type { PerCurrency } from './per-currency.ts';
import { Action, ACTIONS, Condition, CONDITIONS } from './strategies.ts';
import {
  emptyValue,
  formOf,
  fromFormValue,
  toFormValue,
  zodPathErrors,
  type FormContext,
  type FormValue,
  type PathErrors,
} from './strategy-form.ts';

/**
 * The campaign editor's draft (one JSON document, as the nested form holds it) → a campaign and
 * its promotions, or errors by path. Everything a merchant can get wrong is answered here, next
 * to the field, before anything is written.
 */

const text = (max: number) => z.string().max(max);
const StrategyDraft = z.object({ code: text(64), value: z.unknown() });

export const PromotionDraft = z.object({
  id: z.int().positive().nullable(),
  title: z.record(text(16), text(200)),
  codeMode: z.enum(['automatic', 'single', 'bulk']),
  code: text(20_000),
  action: StrategyDraft,
  conditions: z.array(StrategyDraft).max(10),
  priority: text(12),
  exclusive: z.boolean(),
  stacks: z.boolean(),
});
export type PromotionDraft = z.infer<typeof PromotionDraft>;

export const CampaignDraft = z.object({
  name: text(500),
  marketIds: z.array(z.int().positive()).max(200),
  startsAt: text(40),
  endsAt: text(40),
  budget: z.record(text(3), text(40)),
  usageLimit: text(12),
  perCustomerLimit: text(12),
  promotions: z.array(PromotionDraft).min(1).max(20),
});
export type CampaignDraft = z.infer<typeof CampaignDraft>;

export interface ParsedPromotion {
  id: number | null;
  title: Record<string, string>;
  codeMode: 'automatic' | 'single' | 'bulk';
  code: string | null;
  conditions: Condition[];
  action: Action;
  priority: number;
  exclusive: boolean;
  stacks: boolean;
}

export interface ParsedCampaign {
  name: string;
  marketIds: number[];
  startsAt: Date;
  endsAt: Date | null;
  budget: PerCurrency | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  promotions: ParsedPromotion[];
}

export interface DraftContext {
  timeZone: string;
  /** Every market and its currency: the campaign's markets decide which currencies amounts may be in. */
  markets: readonly { id: number; currency: string }[];
  languages: readonly string[];
}

const MAX_DRAFT_BYTES = 200_000;

export function parseCampaignDraft(
  raw: unknown,
  ctx: DraftContext,
  /** The simulator tries a draft before it is finished: a name and titles are not needed yet. */
  mode: 'save' | 'simulate' = 'save',
): { ok: true; value: ParsedCampaign } | { ok: false; errors: PathErrors } {
  const errors: PathErrors = {};
  let json: unknown;
  try {
    if (typeof raw !== 'string' || raw.length > MAX_DRAFT_BYTES) throw new Error('size');
    json = JSON.parse(raw);
  } catch {
    return { ok: false, errors: { form: 'draft' } };
  }
  const shape = CampaignDraft.safeParse(json);
  if (!shape.success) return { ok: false, errors: { form: 'draft' } };
  const d = shape.data;

  const name = d.name.trim();
  if (!name && mode === 'save') errors.name = 'required';
  else if (name.length > 200) errors.name = 'tooLong';
  const known = new Map(ctx.markets.map((m) => [m.id, m.currency]));
  const marketIds = [...new Set(d.marketIds)];
  if (marketIds.some((id) => !known.has(id))) errors.marketIds = 'unknownMarket';
  const currencies = new Set(
    marketIds.length ? marketIds.map((id) => known.get(id)!).filter(Boolean) : known.values(),
  );
  const form: FormContext = { errors, currencies };

  const startsAt = zonedLocalToUtc(d.startsAt.trim(), ctx.timeZone);
  if (!startsAt) errors.startsAt = 'dateTime';
  const endsAt = d.endsAt.trim() ? zonedLocalToUtc(d.endsAt.trim(), ctx.timeZone) : null;
  if (d.endsAt.trim() && !endsAt) errors.endsAt = 'dateTime';
  else if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = 'window';

  const budget = fromFormValue({ kind: 'widget', widget: 'money' }, d.budget, form, 'budget') as Record<
    string,
    number
  >;
  for (const [currency, amount] of Object.entries(budget))
    if (amount <= 0) errors[`budget.${currency}`] = 'positive';
  const usageLimit = optionalCount(d.usageLimit, 'usageLimit', errors);
  const perCustomerLimit = optionalCount(d.perCustomerLimit, 'perCustomerLimit', errors);

  const codes = new Set<string>();
  const promotions = d.promotions.map((p, i) => {
    const at = `promotions.${i}`;
    const title = Object.fromEntries(
      Object.entries(p.title)
        .filter(([lang, t]) => ctx.languages.includes(lang) && t.trim())
        .map(([lang, t]) => [lang, t.trim()]),
    );
    if (p.codeMode === 'automatic' && !Object.keys(title).length && mode === 'save')
      errors[`${at}.title`] = 'required';
    let code: string | null = null;
    if (p.codeMode === 'single') {
      code = normaliseCode(p.code);
      if (!isValidCode(code) && (code || mode === 'save'))
        errors[`${at}.code`] = code ? 'codeFormat' : 'required';
      else if (codes.has(code)) errors[`${at}.code`] = 'codeRepeated';
      codes.add(code);
    }
    const action = strategy(ACTIONS, p.action, form, `${at}.action`);
    const conditions = p.conditions.map((c, j) => strategy(CONDITIONS, c, form, `${at}.conditions.${j}`));
    const priority = optionalCount(p.priority, `${at}.priority`, errors) ?? 10;
    return {
      id: p.id,
      title,
      codeMode: p.codeMode,
      code,
      action: action as Action,
      conditions: conditions as Condition[],
      priority,
      exclusive: p.exclusive,
      stacks: p.stacks,
    };
  });

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      marketIds,
      startsAt: startsAt!,
      endsAt,
      budget: Object.keys(budget).length ? budget : null,
      usageLimit,
      perCustomerLimit,
      promotions,
    },
  };
}

function optionalCount(raw: string, path: string, errors: PathErrors): number | null {
  const t = raw.trim();
  if (!t) return null;
  if (!/^\d{1,9}$/.test(t)) {
    errors[path] = 'count';
    return null;
  }
  return Number(t);
}

/** One `{ code, value }` → `{ code, args }` through the strategy's own form and schema. */
function strategy(
  registry: Record<string, z.ZodType>,
  draft: { code: string; value: unknown },
  form: FormContext,
  path: string,
): { code: string; args: unknown } | null {
  if (!Object.hasOwn(registry, draft.code)) {
    form.errors[`${path}.code`] = 'required';
    return null;
  }
  const schema = registry[draft.code]!;
  const args = fromFormValue(formOf(schema), draft.value as FormValue, form, `${path}.args`);
  const checked = schema.safeParse(args);
  if (!checked.success) {
    zodPathErrors(checked.error, `${path}.args`, form.errors);
    return null;
  }
  return { code: draft.code, args: checked.data };
}

/** A stored campaign as the editor's draft: amounts as decimals, times on the shop's wall clock. */
export function campaignToDraft(
  c: Omit<ParsedCampaign, 'promotions'>,
  items: readonly (Omit<ParsedPromotion, 'id'> & { id: number })[],
  timeZone: string,
): CampaignDraft {
  const money = (v: PerCurrency | null) =>
    toFormValue({ kind: 'widget', widget: 'money' }, v ?? {}) as Record<string, string>;
  return {
    name: c.name,
    marketIds: [...c.marketIds],
    startsAt: utcToZonedLocal(c.startsAt, timeZone),
    endsAt: c.endsAt ? utcToZonedLocal(c.endsAt, timeZone) : '',
    budget: money(c.budget),
    usageLimit: c.usageLimit == null ? '' : String(c.usageLimit),
    perCustomerLimit: c.perCustomerLimit == null ? '' : String(c.perCustomerLimit),
    promotions: items.map((p) => ({
      id: p.id,
      title: { ...p.title },
      codeMode: p.codeMode,
      code: p.code ?? '',
      action: { code: p.action.code, value: toFormValue(formOf(ACTIONS[p.action.code]), p.action.args) },
      conditions: p.conditions.map((k) => ({
        code: k.code,
        value: toFormValue(formOf(CONDITIONS[k.code]), k.args),
      })),
      priority: String(p.priority),
      exclusive: p.exclusive,
      stacks: p.stacks,
    })),
  };
}

/** A new promotion in the editor: automatic, 10 % off the order. */
export function blankPromotion(): PromotionDraft {
  const value = emptyValue(formOf(ACTIONS['percent-off'])) as Record<string, unknown>;
  return {
    id: null,
    title: {},
    codeMode: 'automatic',
    code: '',
    action: { code: 'percent-off', value: { ...value, percent: '10' } },
    conditions: [],
    priority: '10',
    exclusive: false,
    stacks: false,
  };
}

/** A new campaign: from now (to the minute, as Shopify's default), in every market, no limits. */
export function blankDraft(now: Date, timeZone: string): CampaignDraft {
  return {
    name: '',
    marketIds: [],
    startsAt: utcToZonedLocal(now, timeZone),
    endsAt: '',
    budget: {},
    usageLimit: '',
    perCustomerLimit: '',
    promotions: [blankPromotion()],
  };
}
