import { crossConvert, fromDecimalString, toDecimalString } from '#app/modules/money/core/money.ts';
import { currencyExponent } from '#app/modules/money/core/currencies.ts';
import { applyRounding } from '#app/modules/pricing/core/rounding.ts';

/**
 * "Fill the other currencies from this one": the one place a promotion amount is converted at a
 * rate, and only when the merchant asks. Each empty currency gets the amount at today's rates
 * (each rate is units per shop-currency unit), rounded to a whole unit (to ¥10 for currencies
 * without minor units), so thresholds read as a merchant would set them; the merchant sees
 * and can change each one before saving. Currencies already filled are left alone.
 */
export function fillCurrencies(
  amounts: Readonly<Record<string, string>>,
  from: string,
  currencies: readonly string[],
  rates: Readonly<Record<string, string>>,
): Record<string, string> {
  const out = { ...amounts };
  const text = amounts[from]?.trim();
  if (!text || !rates[from]) return out;
  let source;
  try {
    source = fromDecimalString(text, from);
  } catch {
    return out;
  }
  if (source.amount < 0) return out;
  for (const to of currencies) {
    if (to === from || out[to]?.trim() || !rates[to]) continue;
    const converted = crossConvert(source, to, rates[from], rates[to]);
    const step = currencyExponent(to) === 0 ? '10' : '1';
    const rounded = applyRounding(converted.amount, to, { kind: 'step', mode: 'nearest', step });
    out[to] = toDecimalString({ amount: rounded, currencyCode: to });
  }
  return out;
}
