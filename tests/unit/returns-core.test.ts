import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  returnEligibility,
  type LineFacts,
  type ReturnRules,
} from '#app/modules/returns/core/eligibility.ts';
import { cleanPhoto, PHOTO_MAX_BYTES } from '#app/modules/returns/core/photo.ts';
import { policyInput } from '#app/modules/returns/core/policy-input.ts';
import {
  estimateAfter,
  refundEstimate,
  unitsShare,
  type PaidOrder,
} from '#app/modules/returns/core/refund-estimate.ts';
import { requestProblems } from '#app/modules/returns/core/return-request.ts';
import {
  activeReasons,
  defaultReasonTree,
  reasonLabel,
  reasonTreeInput,
  validSubReason,
} from '#app/modules/returns/core/reasons.ts';

import { returnAnalytics, type SoldLine } from '#app/modules/returns/core/return-analytics.ts';
import { minimumReturnWindow } from '#app/modules/markets/core/eu.ts';
import { containsText, jpegWithGps, pngWithText, TINY_JPEG } from '#tests/support/photos.ts';

const DAY = 86_400_000;
const tree = defaultReasonTree();
const rules: ReturnRules = {
  windowDays: 30,
  graceDays: 7,
  eu: false,
  finalSaleTags: ['final-sale'],
  finalSaleCollections: ['outlet'],
  nonReturnableTags: ['hygiene'],
  excludeDiscounted: true,
};
const line = (over: Partial<LineFacts> = {}): LineFacts => ({
  orderLineId: 1,
  quantity: 2,
  alreadyReturned: 0,
  discounted: false,
  tags: [],
  collections: [],
  ...over,
});
const delivered = new Date('2026-11-01T12:00:00Z');
const times = { cancelled: false, shippedAt: new Date('2026-10-28T12:00:00Z'), deliveredAt: delivered };

describe('return eligibility', () => {
  it('counts the window from delivery, to the millisecond', () => {
    const at = (days: number) => new Date(delivered.getTime() + days * DAY);
    expect(returnEligibility(rules, times, [line()], at(30)).lines[0]).toEqual({
      orderLineId: 1,
      returnable: 2,
      problem: null,
    });
    expect(returnEligibility(rules, times, [line()], new Date(at(30).getTime() + 1)).lines[0]!.problem).toBe(
      'window_closed',
    );
    expect(returnEligibility(rules, times, [line()], at(1)).deadline).toEqual(at(30));
  });

  it('without a delivery date, counts from shipping plus the grace days; unshipped orders cannot be returned', () => {
    const shipped = { ...times, deliveredAt: null };
    expect(returnEligibility(rules, shipped, [line()], new Date(times.shippedAt.getTime())).deadline).toEqual(
      new Date(times.shippedAt.getTime() + 37 * DAY),
    );
    expect(
      returnEligibility(rules, { ...shipped, shippedAt: null }, [line()], delivered).lines[0]!.problem,
    ).toBe('not_shipped');
    expect(
      returnEligibility(rules, { ...times, cancelled: true }, [line()], delivered).lines[0]!.problem,
    ).toBe('cancelled');
    expect(returnEligibility({ ...rules, windowDays: 0 }, times, [line()], delivered).lines[0]!.problem).toBe(
      'no_returns',
    );
  });

  it('says why each item cannot go back, and counts units already returned', () => {
    const now = new Date(delivered.getTime() + 20 * DAY);
    const out = returnEligibility(
      rules,
      times,
      [
        line({ orderLineId: 1, tags: ['Hygiene'] }),
        line({ orderLineId: 2, tags: ['final-sale'] }),
        line({ orderLineId: 3, collections: ['outlet'] }),
        line({ orderLineId: 4, discounted: true }),
        line({ orderLineId: 5, alreadyReturned: 2 }),
        line({ orderLineId: 6, alreadyReturned: 1 }),
      ],
      now,
    );
    expect(out.lines.map((l) => [l.problem, l.returnable])).toEqual([
      ['non_returnable', 0],
      ['final_sale', 0],
      ['final_sale', 0],
      ['discounted', 0],
      ['already_returned', 0],
      [null, 1],
    ]);
  });

  it('in an EU market, the 14-day withdrawal period overrides final sale and discount exclusions, not hygiene', () => {
    const eu = { ...rules, eu: true };
    const lines = [
      line({ orderLineId: 1, tags: ['final-sale'] }),
      line({ orderLineId: 2, discounted: true }),
      line({ orderLineId: 3, tags: ['hygiene'] }),
    ];
    const day10 = returnEligibility(eu, times, lines, new Date(delivered.getTime() + 10 * DAY));
    expect(day10.lines.map((l) => l.problem)).toEqual([null, null, 'non_returnable']);
    const day20 = returnEligibility(eu, times, lines, new Date(delivered.getTime() + 20 * DAY));
    expect(day20.lines.map((l) => l.problem)).toEqual(['final_sale', 'discounted', 'non_returnable']);
  });

  it('the EU floor: markets selling into a member state cannot go below 14 days', () => {
    expect(minimumReturnWindow(['DE', 'AT'])).toBe(14);
    expect(minimumReturnWindow(['CH', 'FR'])).toBe(14);
    expect(minimumReturnWindow(['GB'])).toBe(0);
    expect(minimumReturnWindow(['JP'])).toBe(0);
  });
});

const order = (over: Partial<PaidOrder> = {}): PaidOrder => ({
  taxIncluded: true,
  shipping: 495,
  tax: 1500,
  duties: 0,
  total: 10_495,
  refunded: 0,
  lines: [
    { orderLineId: 1, quantity: 3, lineTotal: 7_000, tax: 1_100, duty: 0 },
    { orderLineId: 2, quantity: 1, lineTotal: 3_000, tax: 400, duty: 0 },
  ],
  ...over,
});
const terms = { restockingFeeBps: 0, returnShippingFee: 0, refundDuties: true, refundShipping: false };

describe('refund estimate', () => {
  it('shares of a line add up to exactly what was paid, however it is split', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 20 }),
        (paid, quantity, splits) => {
          let before = 0;
          let total = 0;
          for (const s of splits) {
            const q = Math.min(s, quantity - before);
            if (q <= 0) break;
            total += unitsShare(paid, quantity, before, q);
            before += q;
          }
          if (before === quantity) expect(total).toBe(paid);
          else expect(total).toBeLessThanOrEqual(paid);
        },
      ),
    );
  });

  it('never goes below zero or above what is left of the payment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 10_495 }),
        fc.boolean(),
        (q, bps, fee, refunded, shipping) => {
          const e = refundEstimate(order({ refunded }), [{ orderLineId: 1, quantity: q, before: 0 }], {
            ...terms,
            restockingFeeBps: bps,
            returnShippingFee: fee,
            refundShipping: shipping,
          });
          expect(e.total).toBeGreaterThanOrEqual(0);
          expect(e.total).toBeLessThanOrEqual(10_495 - refunded);
          expect(Number.isInteger(e.total)).toBe(true);
        },
      ),
    );
  });

  it('takes the fees off, adds tax outside tax-exclusive prices, and duties where the terms refund them', () => {
    // 1 of 3 units of a €70.00 line (€23.33), 15 % restocking (€3.50 half-up), €5.95 return label.
    expect(
      refundEstimate(order(), [{ orderLineId: 1, quantity: 1, before: 0 }], {
        ...terms,
        restockingFeeBps: 1500,
        returnShippingFee: 595,
      }),
    ).toEqual({
      items: 2333,
      duties: 0,
      shipping: 0,
      restockingFee: 350,
      returnShippingFee: 595,
      total: 1388,
    });
    // US-style: tax on top of prices; duties refunded; JPY-like integer amounts stay integers.
    const exclusive = order({
      taxIncluded: false,
      tax: 900,
      duties: 500,
      total: 11_395,
      lines: [{ orderLineId: 1, quantity: 2, lineTotal: 10_000, tax: 800, duty: 500 }],
      shipping: 495,
    });
    expect(
      refundEstimate(exclusive, [{ orderLineId: 1, quantity: 2, before: 0 }], {
        ...terms,
        refundShipping: true,
      }),
    ).toEqual({
      items: 10_800,
      duties: 500,
      shipping: 595,
      restockingFee: 0,
      returnShippingFee: 0,
      total: 11_395,
    });
    expect(
      refundEstimate(exclusive, [{ orderLineId: 1, quantity: 2, before: 0 }], {
        ...terms,
        refundDuties: false,
      }).duties,
    ).toBe(0);
  });

  it('refunds shipping once, with the return that completes the order', () => {
    const t = { ...terms, refundShippingOnFullReturn: true };
    const first = estimateAfter(order(), [], [{ orderLineId: 1, quantity: 3 }], t);
    expect(first.shipping).toBe(0);
    const last = estimateAfter(
      order(),
      [{ lines: [{ orderLineId: 1, quantity: 3 }], shippingRefunded: false }],
      [{ orderLineId: 2, quantity: 1 }],
      t,
    );
    expect(last).toMatchObject({ items: 3000, shipping: 495, total: 3495 });
    const again = estimateAfter(
      order(),
      [{ lines: [{ orderLineId: 1, quantity: 3 }], shippingRefunded: true }],
      [{ orderLineId: 2, quantity: 1 }],
      t,
    );
    expect(again.shipping).toBe(0);
  });
});

describe('duties on returned items', () => {
  it('spreads order-level import VAT over the lines by value, adding up to the order’s duties exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            quantity: fc.integer({ min: 1, max: 5 }),
            lineTotal: fc.integer({ min: 0, max: 100_000 }),
            duty: fc.integer({ min: 0, max: 5_000 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 50_000 }),
        (lines, vat) => {
          const paid = order({
            lines: lines.map((l, i) => ({ orderLineId: i + 1, tax: 0, ...l })),
            duties: lines.reduce((s, l) => s + l.duty, 0) + vat,
            total: 10_000_000,
          });
          // Returning every unit refunds every duty and import tax paid.
          const all = refundEstimate(
            paid,
            paid.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity, before: 0 })),
            terms,
          );
          expect(all.duties).toBe(paid.duties);
        },
      ),
    );
  });
});

describe('a return request', () => {
  const eligibility = [
    { orderLineId: 1, returnable: 2, problem: null },
    { orderLineId: 2, returnable: 0, problem: 'final_sale' as const },
  ];
  const req = (over = {}) => ({
    orderLineId: 1,
    quantity: 1,
    reason: 'size',
    subReason: 'too_small',
    note: '',
    photoCount: 0,
    ...over,
  });

  it('collects every problem under its field', () => {
    expect(requestProblems([], eligibility, tree)).toEqual({ form: 'noItems' });
    expect(requestProblems([req()], eligibility, tree)).toEqual({});
    expect(
      requestProblems(
        [
          req({ quantity: 3, reason: 'damaged', subReason: null }),
          req({ orderLineId: 2, reason: 'other', subReason: null }),
        ],
        eligibility,
        tree,
      ),
    ).toEqual({
      'qty-1': 'tooMany',
      'sub-1': 'subReasonRequired',
      'photos-1': 'photoRequired',
      'qty-2': 'ineligible.final_sale',
      'note-2': 'noteRequired',
    });
    expect(requestProblems([req({ reason: 'bored' })], eligibility, tree)).toEqual({
      'reason-1': 'reasonRequired',
    });
    expect(
      requestProblems([req({ reason: 'changed_mind', subReason: 'too_small' })], eligibility, tree),
    ).toEqual({
      'sub-1': 'subReasonRequired',
    });
  });
});

describe('return photos', () => {
  it('strips EXIF (and its GPS block) from a JPEG and keeps every other segment byte for byte', () => {
    const withGps = jpegWithGps(TINY_JPEG, 'GPS-SECRET');
    expect(containsText(withGps, 'GPS-SECRET')).toBe(true);
    const out = cleanPhoto(withGps);
    expect(out).toMatchObject({ ok: true, contentType: 'image/jpeg' });
    if (!out.ok) return;
    expect(containsText(out.bytes, 'GPS-SECRET')).toBe(false);
    expect(containsText(out.bytes, 'Exif')).toBe(false);
    expect(Buffer.from(out.bytes).equals(TINY_JPEG)).toBe(true);
  });

  it('drops text chunks from a PNG', () => {
    const out = cleanPhoto(pngWithText('PNG-SECRET'));
    expect(out).toMatchObject({ ok: true, contentType: 'image/png' });
    if (out.ok) expect(containsText(out.bytes, 'PNG-SECRET')).toBe(false);
  });

  it('refuses what is not an image whatever it claims, truncated images and oversized files', () => {
    expect(
      cleanPhoto(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
    ).toEqual({
      ok: false,
      problem: 'photoType',
    });
    expect(cleanPhoto(Buffer.from('%PDF-1.7'))).toEqual({ ok: false, problem: 'photoType' });
    expect(cleanPhoto(TINY_JPEG.subarray(0, 30))).toEqual({ ok: false, problem: 'photoBroken' });
    const huge = new Uint8Array(PHOTO_MAX_BYTES + 1);
    huge.set(TINY_JPEG);
    expect(cleanPhoto(huge)).toEqual({ ok: false, problem: 'photoSize' });
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(0, 1, 2), (tail, kind) => {
        const head = [
          Uint8Array.from([0xff, 0xd8, 0xff]),
          Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          Buffer.from('RIFF\0\0\0\0WEBP'),
        ][kind]!;
        expect(() => cleanPhoto(Buffer.concat([head, tail]))).not.toThrow();
      }),
    );
  });
});

describe('the return rules form', () => {
  const valid = {
    graceDays: '7',
    returnShippingFee: '5.95',
    restockingFeePercent: '10',
    storeCreditBonusPercent: '0',
    storeCreditExpiryDays: '',
    finalSaleTags: 'final-sale, outlet ,final-sale',
    finalSaleCollections: '',
    nonReturnableTags: 'hygiene',
    excludeDiscounted: 'true',
    refundDuties: 'true',
    refundShipping: 'false',
    addressName: 'Aurora & Oak Returns',
    address1: 'Lagerstraße 5',
    address2: '',
    city: 'Hamburg',
    zip: '20457',
    countryCode: 'de',
  };
  it('reads amounts in the market currency’s minor units and percentages as basis points', () => {
    expect(policyInput('EUR').parse(valid)).toMatchObject({
      returnShippingFee: 595,
      restockingFeePercent: 1000,
      finalSaleTags: ['final-sale', 'outlet'],
      countryCode: 'DE',
    });
    expect(policyInput('JPY').parse({ ...valid, returnShippingFee: '800' }).returnShippingFee).toBe(800);
    expect(policyInput('KWD').parse({ ...valid, returnShippingFee: '1.250' }).returnShippingFee).toBe(1250);
  });
  it('refuses decimals a currency does not have, fees over 50 % and half an address', () => {
    const r = policyInput('JPY').safeParse({
      ...valid,
      returnShippingFee: '8.5',
      restockingFeePercent: '60',
      city: '',
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
      expect.arrayContaining([
        ['returnShippingFee', 'amountPrecision'],
        ['restockingFeePercent', 'percent'],
      ]),
    );
  });
});

describe('return analytics', () => {
  const sold = (over: Partial<SoldLine>): SoldLine => ({
    orderLineId: 1,
    marketId: 1,
    variantId: 1,
    productId: 1,
    productTitle: 'Sweater',
    variantTitle: 'M',
    sku: null,
    vendor: 'Mill A',
    collections: ['knitwear'],
    quantity: 1,
    ...over,
  });
  it('rates by group add up to the totals, and the watch list names variants far above their collection', () => {
    const lines = [
      ...Array.from({ length: 4 }, (_, i) => sold({ orderLineId: 10 + i, variantId: 1 })),
      ...Array.from({ length: 16 }, (_, i) =>
        sold({ orderLineId: 30 + i, variantId: 2, variantTitle: 'L', vendor: 'Mill B', marketId: 2 }),
      ),
    ];
    const returns = [
      ...[10, 11, 12].map((orderLineId) => ({ orderLineId, quantity: 1, reason: 'size', note: 'small' })),
      { orderLineId: 30, quantity: 1, reason: 'damaged', note: '', returnId: 7, photoIds: [70, 71] },
      { orderLineId: 999, quantity: 5, reason: 'other', note: 'not in the period' },
    ];
    const a = returnAnalytics(lines, returns, [{ marketId: 1, amountShop: 1234 }], (id) => `M${id}`);
    expect(a.totals).toEqual({ sold: 20, returned: 4, rate: 0.2, refundShop: 1234 });
    expect(a.byVendor.map((v) => [v.label, v.returned, v.sold])).toEqual([
      ['Mill A', 3, 4],
      ['Mill B', 1, 16],
    ]);
    expect(a.byMarket.find((m) => m.label === 'M1')!.refundShop).toBe(1234);
    expect(a.watch.map((w) => [w.label, w.collection])).toEqual([['Sweater — M', 'knitwear']]);
    expect(a.reasons).toEqual([
      { reason: 'size', units: 3, examples: ['small', 'small', 'small'], photos: [] },
      {
        reason: 'damaged',
        units: 1,
        examples: [],
        photos: [
          { returnId: 7, photoId: 70 },
          { returnId: 7, photoId: 71 },
        ],
      },
    ]);
  });
});

describe('the reason tree', () => {
  const languages = ['en', 'de', 'ja'];
  const custom = {
    code: 'arrived_late',
    active: true,
    photo: false,
    note: false,
    labels: { en: 'Arrived too late', de: 'Zu spät angekommen' },
    sub: [],
  };
  const translate = (key: string) => `t:${key}`;

  it('labels a reason in the shopper’s language, else the built-in translation, else English, else its code', () => {
    const t = [...defaultReasonTree(), custom];
    expect(reasonLabel(t, 'arrived_late', null, 'de', translate)).toBe('Zu spät angekommen');
    expect(reasonLabel(t, 'arrived_late', null, 'ja', translate)).toBe('Arrived too late');
    expect(reasonLabel(t, 'size', 'too_small', 'ja', translate)).toBe('t:subReasons.too_small');
    const reworded = t.map((r) => (r.code === 'size' ? { ...r, labels: { de: 'Passt nicht' } } : r));
    expect(reasonLabel(reworded, 'size', null, 'de', translate)).toBe('Passt nicht');
    expect(reasonLabel(t, 'gone', null, 'de', translate)).toBe('gone');
  });

  it('offers only active reasons and sub-reasons; a switched-off one is refused in a request', () => {
    const t = defaultReasonTree().map((r) =>
      r.code === 'size' ? { ...r, sub: r.sub.map((s) => ({ ...s, active: s.code !== 'too_large' })) } : r,
    );
    const off = t.map((r) => (r.code === 'changed_mind' ? { ...r, active: false } : r));
    expect(activeReasons(off).map((r) => r.code)).not.toContain('changed_mind');
    expect(validSubReason(t, 'size', 'too_large')).toBe(false);
    expect(validSubReason(t, 'size', 'too_small')).toBe(true);
  });

  it('accepts an edited tree with a labelled reason of the store’s own', () => {
    const parsed = reasonTreeInput(languages).parse([
      ...defaultReasonTree(),
      { ...custom, labels: { ...custom.labels, en: ' Late ' } },
    ]);
    expect(parsed.at(-1)!.labels).toEqual({ en: 'Late', de: 'Zu spät angekommen' });
  });

  it('refuses a removed built-in reason, a duplicate code, an unlabelled or foreign-language reason, and nothing on offer', () => {
    const schema = reasonTreeInput(languages);
    const problems = (tree: unknown) => {
      const r = schema.safeParse(tree);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    const base = defaultReasonTree();
    expect(problems(base.filter((r) => r.code !== 'damaged'))).toContain('builtInRemoved');
    expect(problems([...base, { ...custom, code: 'size' }])).toContain('duplicateCode');
    expect(problems([...base, { ...custom, labels: {} }])).toContain('labelRequired');
    expect(problems([...base, { ...custom, labels: { fr: 'Trop tard' } }])).toContain('language');
    expect(problems(base.map((r) => ({ ...r, active: false })))).toContain('noActive');
    expect(problems([...base, { ...custom, code: 'Bad Code!' }])).toContain('code');
    expect(problems('not a tree').length).toBeGreaterThan(0);
  });
});
