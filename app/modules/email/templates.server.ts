import { serverT } from '#app/i18n/server-t.server.ts';
import { formatMoney, intlLocale } from '#app/lib/format.ts';
import { toDecimalString, type Money } from '#app/modules/money/core/money.ts';
import { salutationName } from '#app/modules/checkout/core/address-format.ts';
import { landedNotes } from '#app/modules/checkout/core/landed-cost-notes.ts';
import type { Quote } from '#app/modules/checkout/core/quote.ts';
import type { OutgoingEmail } from './outbox.server.ts';

/**
 * Transactional emails, rendered in the shopper's language and currency; every interpolated value is
 * escaped. Shoppers are greeted as the checkout greets them (佐藤様 in Japanese: the family name).
 */

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function layout(dir: 'ltr' | 'rtl', lang: string, title: string, body: string): string {
  return (
    `<!doctype html><html lang="${escapeHtml(lang)}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f1d1a;max-width:600px;margin:0 auto;padding:24px">${body}</body></html>`
  );
}

export interface OrderEmailInput {
  number: number;
  quote: Quote;
  shopName: string;
  orderUrl: string;
}

export function orderConfirmationEmail({
  number,
  quote,
  shopName,
  orderUrl,
}: OrderEmailInput): OutgoingEmail {
  const t = serverT(quote.language);
  const tag = intlLocale(quote.language, quote.countryCode);
  const money = (value: Money) => formatMoney(toDecimalString(value), value.currencyCode, tag);
  const dir = quote.language === 'ar' ? 'rtl' : 'ltr';
  const subject = t('checkout:email.confirmationSubject', { number, shop: shopName });
  // Discounts are their own rows; the subtotal above them is before them (as in the review).
  const discounts = quote.discounts.filter((d) => d.class !== 'shipping' && d.amount.amount > 0);
  const before = {
    ...quote.subtotal,
    amount: quote.subtotal.amount + discounts.reduce((s, d) => s + d.amount.amount, 0),
  };
  const rows: [string, string][] = [
    [t('checkout:summary.subtotal'), money(before)],
    ...discounts.map((d): [string, string] => [
      t('checkout:summary.discount', { label: d.label }),
      `−${money(d.amount)}`,
    ]),
    [
      t('checkout:summary.shipping'),
      quote.shippingTotal.amount === 0 ? t('checkout:summary.free') : money(quote.shippingTotal),
    ],
    ...(quote.taxIncluded || quote.tax.amount === 0
      ? []
      : [[t('checkout:summary.tax'), money(quote.tax)] as [string, string]]),
    ...(quote.duties.amount > 0
      ? [[t('checkout:summary.duties'), money(quote.duties)] as [string, string]]
      : []),
    [t('checkout:summary.total'), money(quote.total)],
  ];
  // The same notes as the review and the confirmation page (core/landed-cost-notes.ts).
  const notes = landedNotes({
    notice: quote.importNotice,
    lowValueScheme: quote.lowValueScheme,
    atBorder: quote.dutiesAtBorder.amount,
    taxRemoved: quote.taxRemoved.amount,
  }).map((n) =>
    t(
      `checkout:${n.key}`,
      n.amount ? { amount: money(n.amount === 'atBorder' ? quote.dutiesAtBorder : quote.taxRemoved) } : {},
    ),
  );
  const lines = quote.lines
    .map(
      (l) =>
        `<tr><td>${escapeHtml(l.productTitle)}<br><small>${escapeHtml(l.variantTitle)} × ${l.quantity}</small></td><td style="text-align:end">${escapeHtml(money(l.lineTotal))}</td></tr>`,
    )
    .join('');
  const html = layout(
    dir,
    tag,
    subject,
    `<h1 style="font-size:22px">${escapeHtml(t('checkout:email.thanks', { name: salutationName(quote.address, quote.language) }))}</h1>` +
      `<p>${escapeHtml(t('checkout:email.confirmationIntro', { number }))}</p>` +
      `<table style="width:100%;border-collapse:collapse">${lines}${rows.map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td style="text-align:end">${escapeHtml(v)}</td></tr>`).join('')}</table>` +
      (quote.taxIncluded && quote.tax.amount > 0
        ? `<p><small>${escapeHtml(t('checkout:summary.taxIncluded', { amount: money(quote.tax) }))}</small></p>`
        : '') +
      notes.map((n) => `<p><small>${escapeHtml(n)}</small></p>`).join('') +
      `<p><a href="${escapeHtml(orderUrl)}">${escapeHtml(t('checkout:email.viewOrder'))}</a></p>` +
      `<p>${escapeHtml(shopName)}</p>`,
  );
  const text = [
    subject,
    '',
    t('checkout:email.confirmationIntro', { number }),
    '',
    ...quote.lines.map((l) => `${l.productTitle} (${l.variantTitle}) × ${l.quantity}  ${money(l.lineTotal)}`),
    '',
    ...rows.map(([k, v]) => `${k}: ${v}`),
    ...(notes.length ? ['', ...notes] : []),
    '',
    orderUrl,
    '',
    shopName,
  ].join('\n');
  return { kind: 'order-confirmation', to: quote.email, locale: quote.language, subject, html, text };
}

export function shippingConfirmationEmail(input: {
  number: number;
  language: string;
  countryCode: string;
  email: string;
  recipient: { firstName: string; lastName: string };
  trackingNumber: string;
  trackingCompany: string | null;
  shopName: string;
  orderUrl: string;
}): OutgoingEmail {
  const t = serverT(input.language);
  const tag = intlLocale(input.language, input.countryCode);
  const subject = t('checkout:email.shippedSubject', { number: input.number, shop: input.shopName });
  const tracking = t('checkout:email.tracking', {
    number: input.trackingNumber,
    company: input.trackingCompany ?? '',
  });
  const html = layout(
    input.language === 'ar' ? 'rtl' : 'ltr',
    tag,
    subject,
    `<h1 style="font-size:22px">${escapeHtml(t('checkout:email.shippedTitle', { name: salutationName(input.recipient, input.language) }))}</h1><p>${escapeHtml(t('checkout:email.shippedIntro', { number: input.number }))}</p>` +
      `<p><strong>${escapeHtml(tracking)}</strong></p><p><a href="${escapeHtml(input.orderUrl)}">${escapeHtml(t('checkout:email.viewOrder'))}</a></p><p>${escapeHtml(input.shopName)}</p>`,
  );
  const text = [
    subject,
    '',
    t('checkout:email.shippedIntro', { number: input.number }),
    tracking,
    '',
    input.orderUrl,
    '',
    input.shopName,
  ].join('\n');
  return { kind: 'shipping-confirmation', to: input.email, locale: input.language, subject, html, text };
}

/** The shopper's notice that their order was cancelled, and what happens to their money. */
export function orderCancelledEmail(input: {
  number: number;
  language: string;
  countryCode: string;
  email: string;
  recipient: { firstName: string; lastName: string };
  /** Refunded (a capture) or released (an authorisation). */
  money: 'refunded' | 'voided';
  amount: Money;
  shopName: string;
}): OutgoingEmail {
  const t = serverT(input.language);
  const tag = intlLocale(input.language, input.countryCode);
  const subject = t('checkout:email.cancelledSubject', { number: input.number, shop: input.shopName });
  const amount = formatMoney(toDecimalString(input.amount), input.amount.currencyCode, tag);
  const intro = t('checkout:email.cancelledIntro', { number: input.number });
  const moneyLine = t(
    input.money === 'refunded' ? 'checkout:email.cancelledRefund' : 'checkout:email.cancelledVoid',
    {
      amount,
    },
  );
  const html = layout(
    input.language === 'ar' ? 'rtl' : 'ltr',
    tag,
    subject,
    `<h1 style="font-size:22px">${escapeHtml(salutationName(input.recipient, input.language))}</h1><p>${escapeHtml(intro)}</p>` +
      `<p><strong>${escapeHtml(moneyLine)}</strong></p><p>${escapeHtml(input.shopName)}</p>`,
  );
  const text = [subject, '', intro, moneyLine, '', input.shopName].join('\n');
  return { kind: 'order-cancelled', to: input.email, locale: input.language, subject, html, text };
}
