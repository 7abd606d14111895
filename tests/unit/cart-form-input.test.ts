import { describe, expect, it } from 'vitest';
import { readCartForm } from '#app/storefront/cart-form-input.ts';

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
};
const input = (value: unknown) => ({ cartFormInput: JSON.stringify(value) });

describe('readCartForm', () => {
  it('refuses what Hydrogen would have trusted: broken JSON, a missing or wrong-shaped lines, unknown actions', () => {
    expect(readCartForm(form({ cartFormInput: '{not json' }))).toBeNull();
    expect(readCartForm(form({}))).toBeNull();
    expect(readCartForm(form(input({ action: 'LinesAdd', inputs: {} })))).toBeNull();
    expect(readCartForm(form(input({ action: 'LinesAdd', inputs: { lines: 'x' } })))).toBeNull();
    expect(readCartForm(form(input({ action: 'LinesAdd', inputs: { lines: [] } })))).toBeNull();
    expect(
      readCartForm(form(input({ action: 'LinesAdd', inputs: { lines: [{ quantity: 1 }] } }))),
    ).toBeNull();
    expect(readCartForm(form(input({ action: 'LinesUpdate', inputs: { lines: [{ id: 5 }] } })))).toBeNull();
    expect(readCartForm(form(input({ action: 'LinesRemove', inputs: { lineIds: 'a' } })))).toBeNull();
    expect(readCartForm(form(input({ action: 'NoteUpdate', inputs: { note: 'x' } })))).toBeNull();
    expect(readCartForm(form(input(['LinesAdd'])))).toBeNull();
    const tooMany = Array.from({ length: 251 }, () => ({ merchandiseId: 'gid://shopify/ProductVariant/1' }));
    expect(readCartForm(form(input({ action: 'LinesAdd', inputs: { lines: tooMany } })))).toBeNull();
  });

  it('passes a well-formed request through, with the other form fields Hydrogen merges in', () => {
    const add = readCartForm(
      form({
        ...input({
          action: 'LinesAdd',
          inputs: { lines: [{ merchandiseId: 'gid://shopify/ProductVariant/1', quantity: 2 }] },
        }),
        redirectTo: '/cart',
      }),
    );
    expect(add).toMatchObject({
      action: 'LinesAdd',
      inputs: { lines: [{ quantity: 2 }], redirectTo: '/cart' },
    });
    expect(
      readCartForm(
        form({
          ...input({ action: 'DiscountCodesUpdate', inputs: { discountCodes: [] } }),
          discountCode: 'SAVE',
        }),
      ),
    ).toMatchObject({ action: 'DiscountCodesUpdate', inputs: { discountCodes: [], discountCode: 'SAVE' } });
    // The same field twice is a list, not a code.
    expect(
      readCartForm(
        form({ ...input({ action: 'DiscountCodesUpdate', inputs: {} }), discountCode: ['A', 'B'] }),
      ),
    ).toBeNull();
  });
});
