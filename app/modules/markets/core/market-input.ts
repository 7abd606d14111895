import { minimumReturnWindow } from './eu.ts';
import { z } from 'zod';
import { isCurrencyCode } from '#app/modules/money/core/currencies.ts';
import {
  CHARM_ENDINGS,
  ROUNDING_STEPS,
  roundingRuleProblem,
  type RoundingRule,
} from '#app/modules/pricing/core/rounding.ts';

/** Rounding choices as one form value: "none", "charm:0.99", "up:10", "nearest:0.05". */
export const ROUNDING_CHOICES = [
  'none',
  ...CHARM_ENDINGS.map((e) => `charm:${e}`),
  ...ROUNDING_STEPS.flatMap((s) => [`nearest:${s}`, `up:${s}`]),
];

export function roundingFromChoice(choice: string): RoundingRule | null {
  if (choice === 'none') return { kind: 'none' };
  const [kind, value] = choice.split(':');
  if (kind === 'charm' && (CHARM_ENDINGS as readonly string[]).includes(value ?? ''))
    return {
      kind: 'charm',
      ending: value as RoundingRule & { kind: 'charm' } extends { ending: infer E } ? E : never,
    };
  if ((kind === 'nearest' || kind === 'up') && (ROUNDING_STEPS as readonly string[]).includes(value ?? ''))
    return { kind: 'step', mode: kind, step: value as (typeof ROUNDING_STEPS)[number] };
  return null;
}

export function roundingToChoice(rule: RoundingRule): string {
  if (rule.kind === 'none') return 'none';
  return rule.kind === 'charm' ? `charm:${rule.ending}` : `${rule.mode}:${rule.step}`;
}

const percent = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d{1,3}(\.\d{1,3})?$/, 'percent')
    .refine((s) => Number(s) >= min && Number(s) <= max, 'percentRange');

/** A market's settings as submitted by the admin form; every field error is reported at once. */
export const MarketInput = z
  .object({
    name: z.string().trim().min(1, 'required').max(100, 'tooLong'),
    countries: z
      .string()
      .transform((s) => [
        ...new Set(
          s
            .split(/[\s,]+/)
            .map((c) => c.trim().toUpperCase())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, 'countryCode')).min(1, 'required')),
    currency: z.string().trim().toUpperCase().refine(isCurrencyCode, 'unknownCurrency'),
    languages: z
      .string()
      .transform((s) => [
        ...new Set(
          s
            .split(/[\s,]+/)
            .map((l) => l.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'languageCode')).min(1, 'required')),
    defaultLanguage: z.string().trim(),
    taxInclusive: z.stringbool().catch(false),
    enabled: z.stringbool().catch(false),
    adjustmentPercent: percent(-90, 500),
    rounding: z.string().refine((c) => roundingFromChoice(c) !== null, 'rounding'),
    marginFloorPercent: z.union([z.literal(''), percent(0, 95)]),
    compareAtMode: z.enum(['adjust', 'drop'], 'required'),
    incoterm: z.enum(['DDP', 'DAP'], 'required'),
    returnWindowDays: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, 'wholeDays')
      .transform(Number)
      .pipe(z.number().max(365, 'returnWindow')),
    returnShippingFee: z.enum(['free', 'customer'], 'required'),
  })
  .superRefine((v, ctx) => {
    if (!v.languages.includes(v.defaultLanguage))
      ctx.addIssue({ code: 'custom', path: ['defaultLanguage'], message: 'defaultNotListed' });
    if (v.returnWindowDays < minimumReturnWindow(v.countries))
      ctx.addIssue({ code: 'custom', path: ['returnWindowDays'], message: 'euWithdrawalFloor' });
    const rule = roundingFromChoice(v.rounding);
    if (rule && isCurrencyCode(v.currency) && roundingRuleProblem(rule, v.currency))
      ctx.addIssue({ code: 'custom', path: ['rounding'], message: roundingRuleProblem(rule, v.currency)! });
  });

export type MarketInputValue = z.infer<typeof MarketInput>;

/** What a market may choose from: currencies the store can price in, languages the storefront ships. */
export interface MarketChoices {
  currencies: string[];
  languages: string[];
}

/** ISO 4217 currencies with a known exchange rate (or the shop's own), sorted by code. */
export function currencyChoices(shopCurrency: string, ratedCurrencies: Iterable<string>): string[] {
  return [...new Set([shopCurrency, ...ratedCurrencies])].filter(isCurrencyCode).sort();
}

/** Choices outside the lists, as field errors ("languageNotOffered:pt, ko"); empty when all are offered. */
export function choiceErrors(
  v: { currency: string; languages: string[] },
  choices: MarketChoices,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!choices.currencies.includes(v.currency))
    errors.currency = isCurrencyCode(v.currency) ? 'noRate' : 'unknownCurrency';
  const unknown = v.languages.filter((l) => !choices.languages.includes(l));
  if (unknown.length) errors.languages = `languageNotOffered:${unknown.join(', ')}`;
  return errors;
}

/** Field → error code, from a failed parse. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}
