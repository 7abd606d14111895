import { describe, expect, it } from 'vitest';
import { fillCurrencies } from '#app/modules/promotions/core/fill-currencies.ts';

// Units per US dollar (the shop currency), as the market config holds them.
const RATES = { USD: '1', EUR: '0.92', JPY: '151.3', KWD: '0.3071', GBP: '0.79' };

describe('filling per-currency amounts from one, at a rate, only when asked', () => {
  it('converts €15 to whole units, and yen to ¥10', () => {
    // €15 = $16.30 → 16.00; ¥2,466.85 → ¥2,470; KWD 5.007 → 5.000; £12.88 → 13.00.
    expect(fillCurrencies({ EUR: '15' }, 'EUR', ['USD', 'EUR', 'JPY', 'KWD', 'GBP'], RATES)).toEqual({
      EUR: '15',
      USD: '16.00',
      JPY: '2470',
      KWD: '5.000',
      GBP: '13.00',
    });
  });

  it('leaves what the merchant typed, and does nothing from an empty or unreadable amount', () => {
    expect(fillCurrencies({ EUR: '15', USD: '20' }, 'EUR', ['USD'], RATES)).toEqual({ EUR: '15', USD: '20' });
    expect(fillCurrencies({ EUR: '' }, 'EUR', ['USD'], RATES)).toEqual({ EUR: '' });
    expect(fillCurrencies({ EUR: '1,5' }, 'EUR', ['USD'], RATES)).toEqual({ EUR: '1,5' });
    expect(fillCurrencies({ EUR: '-5' }, 'EUR', ['USD'], RATES)).toEqual({ EUR: '-5' });
    // A currency without a rate stays empty rather than guessed.
    expect(fillCurrencies({ EUR: '15' }, 'EUR', ['CHF'], RATES)).toEqual({ EUR: '15' });
  });
});
