import { data, redirect, type RouterContextProvider } from 'react-router';
import { confirmationUrl } from '#app/modules/checkout/confirmation-link.server.ts';
import { getDb } from '#app/db/client.server.ts';
import { getEnv } from '#app/env.server.ts';
import { loadCheckout, type CheckoutState } from '#app/modules/checkout/checkout.server.ts';
import { addressFormat } from '#app/modules/checkout/core/address-format.ts';
import { REGIONS } from '#app/modules/checkout/core/regions.ts';
import { allLocales, type MarketConfig } from '#app/modules/markets/core/market.ts';
import { money, toDecimalString, zero, type Money } from '#app/modules/money/core/money.ts';
import { orderByCart } from '#app/modules/orders/orders.server.ts';
import { paymentProviderFor } from '#app/modules/payments/payments.server.ts';
import { imageUrl } from '#app/storefront-api/resolvers/shared.ts';
import { isCartToken } from '#app/lib/gid.ts';
import { storefrontFor } from '#app/storefront/page.server.ts';

/** Shared by the checkout step routes: load the checkout or send the shopper where they belong. */

import { STEPS, type Step } from '#app/storefront/checkout-steps.ts';
export { STEPS, type Step };

export function checkoutPaths(prefix: string, token: string) {
  const base = `${prefix}/checkout/${token}`;
  return { base, step: (s: Step) => `${base}/${s}`, thankYou: `${prefix}/checkout/${token}/thank-you` };
}

export async function requireCheckout(
  context: Readonly<RouterContextProvider>,
  params: { locale?: string; token?: string },
) {
  const sf = storefrontFor(context, params.locale);
  const token = params.token ?? '';
  if (!isCartToken(token)) throw data(null, { status: 404 });
  const db = getDb();
  const state = await loadCheckout(db, token);
  const paths = checkoutPaths(sf.locale.pathPrefix, token);
  if (!state) {
    if (await orderByCart(db, token)) throw redirect(paths.thankYou);
    throw data(null, { status: 404 });
  }
  return { sf, db, state, token, paths };
}

/** A step can be opened once the steps before it are done. */
export function guardStep(state: CheckoutState, step: Step, paths: ReturnType<typeof checkoutPaths>): void {
  if (state.lines.length === 0) throw redirect(paths.base);
  if (STEPS.indexOf(step) > STEPS.indexOf(state.next)) throw redirect(paths.step(state.next));
}

export const provider = () => paymentProviderFor(getDb(), getEnv());

export function orderContext(origin: string, prefix: string) {
  return {
    orderUrl: (cart: string) =>
      confirmationUrl(`${origin}${checkoutPaths(prefix, cart).thankYou}`, cart, new Date()),
  };
}

/**
 * The other stores a shopper can move the checkout to, by country: where each one lives (its
 * locale prefix, in the shopper's language where that store offers it) and what it sells in.
 */
export function otherStores(config: MarketConfig, currentMarketId: number, language: string) {
  const locales = allLocales(config);
  return config.markets
    .filter((m) => m.enabled && m.id !== currentMarketId)
    .flatMap((m) =>
      m.countries.map((country) => {
        const here = locales.filter((l) => l.country === country);
        const locale =
          here.find((l) => l.language === language) ??
          here.find((l) => l.language === m.defaultLanguage) ??
          here[0];
        return {
          country,
          marketCountries: m.countries,
          currency: m.currency,
          prefix: locale?.pathPrefix ?? null,
        };
      }),
    )
    .filter((s): s is typeof s & { prefix: string } => s.prefix !== null);
}

/** What every step shows: the summary, totals and progress; amounts as decimal strings for Intl. */
export function checkoutView(state: CheckoutState, origin: string, language: string) {
  const m = (value: Money) => ({ amount: toDecimalString(value), currencyCode: value.currencyCode });
  const { totals } = state;
  const country = state.address?.countryCode ?? state.cart.countryCode;
  return {
    currency: state.currency,
    countries: state.market.countries,
    otherStores: otherStores(state.config, state.market.id, language),
    country,
    format: addressFormat(country),
    regions: REGIONS[country] ?? null,
    next: state.next,
    testMode: provider().kind === 'test',
    email: state.email,
    address: state.address,
    paymentLabel: state.paymentLabel,
    unavailable: state.unavailable.length > 0,
    lines: state.lines.map((l) => ({
      key: l.key,
      title: l.details.productTitle,
      variantTitle: l.details.variantTitle,
      quantity: l.quantity,
      image: l.details.image
        ? { src: imageUrl(origin, l.details.image.src, 400), alt: l.details.image.alt }
        : null,
      total: m(l.lineTotal),
    })),
    options: state.options.map((o) => ({ ...o, price: m(money(o.amount, state.currency)) })),
    shipping: state.shipping
      ? { ...state.shipping, price: m(money(state.shipping.amount, state.currency)) }
      : null,
    // Promotions applied, each as its own line; the subtotal shown is before them.
    // (A shipping discount shows in the shipping line itself.)
    discounts: state.promotions.applied
      .filter((a) => a.class !== 'shipping' && a.amount > 0)
      .map((a) => ({ label: a.label, amount: m(money(a.amount, state.currency)) })),
    totals: {
      // Tax is unknown (null) until the delivery is chosen; the summary shows it only then (hasQuote).
      // So that subtotal − discount rows = the subtotal the total is built from.
      subtotalBeforeDiscounts: m(
        money(
          totals.subtotal.amount +
            state.promotions.applied.filter((x) => x.class !== 'shipping').reduce((s, x) => s + x.amount, 0),
          state.currency,
        ),
      ),
      subtotal: m(totals.subtotal),
      shipping: state.shipping ? m(totals.shipping) : null,
      tax: m(totals.tax ?? zero(state.currency)),
      taxIncluded: totals.taxIncluded,
      taxKind: state.tax?.kind ?? null,
      taxApproximate: state.tax?.approximate ?? false,
      duties: m(totals.duties),
      total: m(totals.total),
      hasQuote: Boolean(state.tax),
    },
    // Store credit paying part of the total, and what is left for the card.
    credit: state.credit.applied.amount > 0 ? m(state.credit.applied) : null,
    due: m(state.due),
    landed: state.landed
      ? {
          notice: state.landed.notice,
          lowValueScheme: state.landed.lowValueScheme,
          saleTax: state.landed.saleTax,
          atBorder: m(totals.atBorder),
          taxRemoved: m(totals.taxRemoved),
        }
      : null,
  };
}
export type CheckoutView = ReturnType<typeof checkoutView>;
