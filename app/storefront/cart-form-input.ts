import { CartForm } from '@shopify/hydrogen';
import { z } from 'zod';

/**
 * What a cart form may ask for, checked before the cart handler sees it. Hydrogen's
 * `CartForm.getFormInput` parses the `cartFormInput` field as JSON and trusts its shape; a post
 * with broken JSON, or `lines` that is not a list, was a 500.
 */
const attributes = z.array(z.object({ key: z.string().max(255), value: z.string().max(5000) })).max(250);
const lines = <T extends z.ZodRawShape>(shape: T) => z.array(z.looseObject(shape)).min(1).max(250);

const CartFormInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal(CartForm.ACTIONS.LinesAdd),
    inputs: z.looseObject({
      lines: lines({
        merchandiseId: z.string().min(1).max(200),
        quantity: z.number().optional(),
        attributes: attributes.optional(),
      }),
    }),
  }),
  z.object({
    action: z.literal(CartForm.ACTIONS.LinesUpdate),
    inputs: z.looseObject({
      lines: lines({
        id: z.string().min(1).max(200),
        quantity: z.number().optional(),
        attributes: attributes.optional(),
      }),
    }),
  }),
  z.object({
    action: z.literal(CartForm.ACTIONS.LinesRemove),
    inputs: z.looseObject({ lineIds: z.array(z.string().min(1).max(200)).min(1).max(250) }),
  }),
  z.object({
    action: z.literal(CartForm.ACTIONS.DiscountCodesUpdate),
    inputs: z.looseObject({
      discountCodes: z.array(z.string().max(255)).max(10).optional(),
      discountCode: z.string().max(255).optional(),
    }),
  }),
]);

export type CartFormRequest = z.infer<typeof CartFormInput>;

/** The cart form's action and inputs, or null when the post is not one the cart understands. */
export function readCartForm(formData: FormData): CartFormRequest | null {
  let raw: unknown;
  try {
    raw = CartForm.getFormInput(formData);
  } catch {
    return null; // cartFormInput is not JSON
  }
  const parsed = CartFormInput.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
