import { divRoundHalfAwayFromZero, parseDecimal, pow10 } from '#app/modules/money/core/decimal.ts';

/**
 * The ECB's daily reference rates (eurofxref-daily.xml): rates per 1 EUR. Parsed without
 * an XML library because the format is fixed and tiny; anything unexpected is an error.
 */
export interface EcbRates {
  date: string;
  perEur: Record<string, string>;
}
export type EcbError = { code: 'notEcb' | 'noDate' | 'noRates' | 'badRate'; detail?: string };

const CUBE_RE = /<Cube\s+currency\s*=\s*(['"])([A-Za-z]{3})\1\s+rate\s*=\s*(['"])([^'"]*)\3\s*\/>/g;
const TIME_RE = /<Cube\s+time\s*=\s*(['"])(\d{4}-\d{2}-\d{2})\1\s*>/;
const RATE_RE = /^\d{1,10}(\.\d{1,10})?$/;

export function parseEcbXml(xml: string): { ok: true; rates: EcbRates } | { ok: false; errors: EcbError[] } {
  if (xml.length > 200_000 || !/eurofxref/.test(xml) || !/<Cube/.test(xml))
    return { ok: false, errors: [{ code: 'notEcb' }] };
  const errors: EcbError[] = [];
  const date = TIME_RE.exec(xml)?.[2];
  if (!date) errors.push({ code: 'noDate' });
  const perEur: Record<string, string> = {};
  for (const m of xml.matchAll(CUBE_RE)) {
    const currency = m[2]!.toUpperCase();
    const rate = m[4]!;
    if (!RATE_RE.test(rate) || parseDecimal(rate).units === 0n)
      errors.push({ code: 'badRate', detail: `${currency}=${rate}` });
    else perEur[currency] = rate;
  }
  if (Object.keys(perEur).length === 0) errors.push({ code: 'noRates' });
  return errors.length ? { ok: false, errors } : { ok: true, rates: { date: date!, perEur } };
}

const SCALE = 10;

/** a / b as a decimal string with 10 places, rounded half away from zero. */
function divideDecimals(a: string, b: string): string {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  const q = divRoundHalfAwayFromZero(x.units * pow10(y.scale + SCALE), y.units * pow10(x.scale));
  const s = q.toString().padStart(SCALE + 1, '0');
  return `${s.slice(0, -SCALE)}.${s.slice(-SCALE)}`.replace(/\.?0+$/, '');
}

/**
 * Rebases EUR rates onto the shop currency: units of X per 1 unit of shop currency
 * = (X per EUR) / (shop per EUR). Returns null when the shop currency is not quoted.
 */
export function rebaseOnShopCurrency(rates: EcbRates, shopCurrency: string): Record<string, string> | null {
  const perEur: Record<string, string> = { ...rates.perEur, EUR: '1' };
  const shopPerEur = perEur[shopCurrency];
  if (!shopPerEur) return null;
  return Object.fromEntries(
    Object.entries(perEur)
      .filter(([c]) => c !== shopCurrency)
      .map(([c, r]) => [c, divideDecimals(r, shopPerEur)]),
  );
}
