import { returnEmail, type ReturnEmailStep } from '#app/modules/email/return-emails.server.ts';
import type { NewReturnLine } from '#app/modules/returns/returns.server.ts';

/** The German shopper's email at a return's step, as the routes build it (real template, fixed link). */
export const stepEmail =
  (step: ReturnEmailStep) =>
  (ret: { rma: string; refunded: number; currency: string; declineReason?: string | null }) =>
    returnEmail({
      step,
      to: 'shopper@example.com',
      language: 'de',
      countryCode: 'DE',
      rma: ret.rma,
      orderNumber: 1,
      shopName: 'Aurora & Oak',
      url: 'https://shop.test/returns/x',
      declineReason: ret.declineReason ?? null,
      amount: { amount: ret.refunded, currencyCode: ret.currency },
    });

/** One unit of an order line sent back as a size too large, unless `over` says otherwise. */
export const returnLine = (orderLineId: number, over: Partial<NewReturnLine> = {}): NewReturnLine => ({
  orderLineId,
  quantity: 1,
  reason: 'size',
  subReason: 'too_large',
  note: '',
  photos: [],
  ...over,
});
