import { serverT } from '#app/i18n/server-t.server.ts';
import { formatMoney, intlLocale } from '#app/lib/format.ts';
import { toDecimalString, type Money } from '#app/modules/money/core/money.ts';
import type { OutgoingEmail } from './outbox.server.ts';
import { escapeHtml, layout } from './templates.server.ts';

/**
 * The shopper's email at each step of a return, in the language they asked in, with the link to
 * the return's page (a signed, expiring portal token). Every interpolated value is escaped.
 */
export type ReturnEmailStep =
  'requested' | 'approved' | 'declined' | 'received' | 'refunded' | 'credited' | 'exchanged' | 'closed';

export interface ReturnEmailInput {
  step: ReturnEmailStep;
  to: string;
  language: string;
  countryCode: string;
  rma: string;
  orderNumber: number;
  shopName: string;
  /** The return's page in the portal. */
  url: string;
  /** Declined: the reason's code (returns:declineReasons.*). */
  declineReason?: string | null;
  /** Refunded, credited (bonus included), or an exchange's price difference: the amount. */
  amount?: Money;
}

export function returnEmail(input: ReturnEmailInput): OutgoingEmail {
  const t = serverT(input.language);
  const tag = intlLocale(input.language, input.countryCode);
  const values = {
    rma: input.rma,
    number: input.orderNumber,
    shop: input.shopName,
    reason: input.declineReason ? t(`returns:declineReasons.${input.declineReason}`) : '',
    amount: input.amount ? formatMoney(toDecimalString(input.amount), input.amount.currencyCode, tag) : '',
  };
  const subject = t(`returns:email.${input.step}Subject`, values);
  // An exchange that also pays back a difference says so.
  const introKey =
    input.step === 'exchanged' && input.amount?.amount ? 'exchangedDifferenceIntro' : `${input.step}Intro`;
  const intro = t(`returns:email.${introKey}`, values);
  const rmaLine = t('returns:email.rma', values);
  const view = t('returns:email.view');
  const dir = input.language === 'ar' ? 'rtl' : 'ltr';
  const html = layout(
    dir,
    tag,
    subject,
    `<p>${escapeHtml(intro)}</p><p><strong>${escapeHtml(rmaLine)}</strong></p>` +
      `<p><a href="${escapeHtml(input.url)}">${escapeHtml(view)}</a></p><p>${escapeHtml(input.shopName)}</p>`,
  );
  const text = [subject, '', intro, rmaLine, '', `${view}: ${input.url}`, '', input.shopName].join('\n');
  return { kind: `return-${input.step}`, to: input.to, locale: input.language, subject, html, text };
}
