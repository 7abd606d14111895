import { serverT } from '#app/i18n/server-t.server.ts';
import { formatMoney, intlLocale } from '#app/lib/format.ts';
import { toDecimalString, type Money } from '#app/modules/money/core/money.ts';
import type { OutgoingEmail } from './outbox.server.ts';
import { escapeHtml, layout } from './templates.server.ts';

/** The one-time code that proves a checkout's email is the shopper's before their store credit pays. */
export function creditCodeEmail(input: {
  to: string;
  language: string;
  countryCode: string;
  code: string;
  balance: Money;
  shopName: string;
}): OutgoingEmail {
  const t = serverT(input.language);
  const tag = intlLocale(input.language, input.countryCode);
  const values = {
    code: input.code,
    shop: input.shopName,
    balance: formatMoney(toDecimalString(input.balance), input.balance.currencyCode, tag),
  };
  const subject = t('checkout:credit.emailSubject', values);
  const intro = t('checkout:credit.emailIntro', values);
  const ignore = t('checkout:credit.emailIgnore', values);
  const dir = input.language === 'ar' ? 'rtl' : 'ltr';
  const html = layout(
    dir,
    tag,
    subject,
    `<p>${escapeHtml(intro)}</p><p style="font-size:28px;letter-spacing:6px"><strong>${escapeHtml(input.code)}</strong></p>` +
      `<p>${escapeHtml(ignore)}</p><p>${escapeHtml(input.shopName)}</p>`,
  );
  const text = [subject, '', intro, '', input.code, '', ignore, '', input.shopName].join('\n');
  return { kind: 'store-credit-code', to: input.to, locale: input.language, subject, html, text };
}
