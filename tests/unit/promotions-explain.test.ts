import { describe, expect, it } from 'vitest';
import { explain, WARNING_CODES } from '#app/modules/promotions/core/explain.ts';
import type { Reason, Rejected } from '#app/modules/promotions/core/promotion.ts';
import en from '../../locales/en/cart.json' with { type: 'json' };

const format = {
  money: (minor: number) => `€${(minor / 100).toFixed(2)}`,
  date: (iso: string) => iso.slice(0, 10),
};
const rejected = (reason: Reason, code: string | null = 'SUMMER10'): Rejected => ({
  promotionId: 1,
  label: 'Summer',
  code,
  reason,
});

describe('explaining a promotion that did not apply', () => {
  it('fills each message with its figures', () => {
    expect(explain(rejected({ kind: 'minimum-spend', required: 5000, current: 4200 }), format)).toEqual({
      key: 'promotionReasons.minimum-spend',
      values: { code: 'SUMMER10', required: '€50.00', current: '€42.00' },
    });
    expect(
      explain(rejected({ kind: 'minimum-quantity', required: 3, current: 1 }), format).values,
    ).toMatchObject({ missing: 2 });
    expect(
      explain(rejected({ kind: 'not-started', startsAt: '2027-05-12T00:00:00.000Z' }), format).values,
    ).toMatchObject({
      date: '2027-05-12',
    });
    expect(explain(rejected({ kind: 'not-combinable', with: 'WINTER' }), format).values).toMatchObject({
      with: 'WINTER',
    });
    expect(explain(rejected({ kind: 'currency', currency: 'JPY' }), format).values).toMatchObject({
      currency: 'JPY',
    });
    // An automatic promotion is named by its title.
    expect(explain(rejected({ kind: 'ended' }, null), format).values).toEqual({ code: 'Summer' });
  });

  it('every reason has a message (in English here; completeness covers the other languages) and a Shopify warning code', () => {
    const kinds = Object.keys(WARNING_CODES);
    expect(kinds.sort()).toEqual(Object.keys(en.promotionReasons).sort());
    for (const code of Object.values(WARNING_CODES)) expect(code).toMatch(/^DISCOUNT_[A-Z_]+$/);
  });
});
