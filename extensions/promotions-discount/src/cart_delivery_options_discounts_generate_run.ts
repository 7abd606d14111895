import { evaluateInput, type FunctionInput } from './evaluate-input.ts';

type DeliveryInput = FunctionInput & { cart: FunctionInput['cart'] & { deliveryGroups: { id: string }[] } };

/** cart.delivery-options.discounts.generate.run: the engine's shipping discount on every delivery group. */
export function cartDeliveryOptionsDiscountsGenerateRun(input: DeliveryInput) {
  const { evaluation, entered } = evaluateInput(input);
  const shipping = evaluation.shipping;
  const code = shipping?.code ? (entered.get(shipping.code) ?? shipping.code) : null;
  if (!shipping || !input.discount.discountClasses.includes('SHIPPING') || !input.cart.deliveryGroups.length)
    return { operations: [] };
  return {
    operations: [
      ...(code ? [{ enteredDiscountCodesAccept: { codes: [{ code }] } }] : []),
      {
        deliveryDiscountsAdd: {
          selectionStrategy: 'ALL',
          candidates: [
            {
              targets: input.cart.deliveryGroups.map((g) => ({ deliveryGroup: { id: g.id } })),
              value: { percentage: { value: shipping.percent } },
              message: shipping.label,
              ...(code ? { associatedDiscountCode: { code } } : {}),
            },
          ],
        },
      },
    ],
  };
}
