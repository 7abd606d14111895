import { describe, expect, it } from 'vitest';
import { reduction } from '#app/components/product/price.tsx';

const eur = (amount: string) => ({ amount, currencyCode: 'EUR' });
const lowest = JSON.stringify({ amount: '79.00', currency_code: 'EUR' });

describe('reduction (EU Omnibus)', () => {
  it('announces a reduction in the EU only with the 30-day lowest price to show beside it', () => {
    expect(reduction(eur('69.00'), eur('99.00'), lowest, true)).toEqual({
      onSale: true,
      lowest: eur('79.00'),
    });
    // A fresh store has no price history: no struck-through price at all.
    expect(reduction(eur('69.00'), eur('99.00'), null, true)).toEqual({ onSale: false, lowest: null });
    expect(reduction(eur('69.00'), eur('99.00'), 'not json', true).onSale).toBe(false);
  });

  it('outside the EU a compare-at price above the price is a reduction as it stands', () => {
    expect(reduction(eur('69.00'), eur('99.00'), null, false)).toEqual({ onSale: true, lowest: null });
    expect(reduction(eur('99.00'), eur('99.00'), lowest, true).onSale).toBe(false);
    expect(reduction(eur('69.00'), null, lowest, true).onSale).toBe(false);
  });
});
