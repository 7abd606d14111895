import { toDecimalString } from '#app/modules/money/core/money.ts';
import { evaluateInput, type FunctionInput } from './evaluate-input.ts';

/**
 * cart.lines.discounts.generate.run: the engine's product and order discounts as Shopify
 * operations. The engine has already chosen what combines (ADR 0019), so every candidate is
 * applied (`ALL` / `FIRST` of one); each carries the exact amount the standalone store would take.
 */
export function cartLinesDiscountsGenerateRun(input: FunctionInput) {
  const { evaluation, currency, entered } = evaluateInput(input);
  const decimal = (amount: number) => toDecimalString({ amount, currencyCode: currency });
  const classes = new Set(input.discount.discountClasses);
  const operations: Record<string, unknown>[] = [];
  const accepted = evaluation.codes
    .filter((c) => c.applicable)
    .map((c) => ({ code: entered.get(c.code) ?? c.code }));
  if (accepted.length) operations.push({ enteredDiscountCodesAccept: { codes: accepted } });
  for (const a of evaluation.applied) {
    const code = a.code ? { associatedDiscountCode: { code: entered.get(a.code) ?? a.code } } : {};
    if (a.class === 'product' && classes.has('PRODUCT'))
      operations.push({
        productDiscountsAdd: {
          selectionStrategy: 'ALL',
          candidates: Object.entries(a.lines).map(([id, amount]) => ({
            targets: [{ cartLine: { id } }],
            value: { fixedAmount: { amount: decimal(amount), appliesToEachItem: false } },
            message: a.label,
            ...code,
          })),
        },
      });
    if (a.class === 'order' && classes.has('ORDER'))
      operations.push({
        orderDiscountsAdd: {
          selectionStrategy: 'FIRST',
          candidates: [
            {
              targets: [{ orderSubtotal: { excludedCartLineIds: [] } }],
              value: { fixedAmount: { amount: decimal(a.amount) } },
              message: a.label,
              ...code,
            },
          ],
        },
      });
  }
  return { operations };
}
