import type { NewCampaign, NewPromotion } from '#app/modules/promotions/campaigns.server.ts';

/**
 * Demo campaigns, behind codes only (an automatic one would change every price the demo shows):
 * WELCOME10, 10 % off the order in every market; FREESHIPUK, free shipping in the UK from £50;
 * CANDLEGIFT, a notebook free with every two candles (two at most), which the cart adds itself.
 * They let a new store try codes, reasons, gifts and discount lines end to end.
 */
export const seedCampaigns = (
  productId: (handle: string) => number,
): { campaign: NewCampaign; promotions: NewPromotion[] }[] => [
  {
    campaign: {
      name: 'Welcome',
      marketIds: [],
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: null,
      status: 'active',
      budget: null,
      usageLimit: null,
      perCustomerLimit: 1,
    },
    promotions: [
      {
        title: { en: 'Welcome 10 % off' },
        conditions: [],
        action: { code: 'percent-off', args: { percent: '10', target: { kind: 'order' } } },
        code: 'WELCOME10',
      },
    ],
  },
  {
    campaign: {
      name: 'UK free shipping',
      marketIds: [],
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: null,
      status: 'active',
      budget: null,
      usageLimit: null,
      perCustomerLimit: null,
    },
    promotions: [
      {
        title: { en: 'Free UK shipping over £50' },
        conditions: [{ code: 'minimum-spend', args: { amounts: { GBP: 5000 } } }],
        action: { code: 'shipping-off', args: { percent: '100', countries: ['GB'] } },
        code: 'FREESHIPUK',
      },
    ],
  },
  {
    campaign: {
      name: 'Candle gift',
      marketIds: [],
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: null,
      status: 'active',
      budget: null,
      usageLimit: null,
      perCustomerLimit: null,
    },
    promotions: [
      {
        title: {
          en: 'A notebook with two candles',
          de: 'Ein Notizbuch zu zwei Kerzen',
          ar: 'دفتر هدية مع شمعتين',
          ja: 'キャンドル2点でノートを進呈',
        },
        conditions: [],
        action: {
          code: 'buy-x-get-y',
          args: {
            buy: 2,
            get: 1,
            percent: '100',
            target: {
              kind: 'products',
              productIds: ['cedar-fig-candle', 'smoked-vetiver-candle', 'winter-orchard-candle'].map(
                productId,
              ),
            },
            maxUses: 2,
            gift: { productId: productId('dot-grid-notebook') },
          },
        },
        code: 'CANDLEGIFT',
      },
    ],
  },
];
