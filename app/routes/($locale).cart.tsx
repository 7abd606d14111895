import { CartForm, type CartQueryDataReturn } from '@shopify/hydrogen';
import { useTranslation } from 'react-i18next';
import { data } from 'react-router';
import { CartMain } from '#app/components/cart/cart-main.tsx';
import { uiLanguage } from '#app/i18n/config.ts';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { WithStrings } from '#app/i18n/react.tsx';
import { resources } from '#app/i18n/resources.server.ts';
import { cartInLocale } from '#app/storefront/cart-handler.server.ts';
import { readCartForm } from '#app/storefront/cart-form-input.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { storefrontFor } from '#app/storefront/page.server.ts';
import { shopNameFrom, useLayout } from '#app/storefront/use-layout.ts';
import type { Route } from './+types/($locale).cart';

/** The cart page, and the action every CartForm posts to (Hydrogen's cart handler). */
export async function loader({ params, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  const cart = await cartInLocale(sf.cart, sf.locale.country);
  return data(
    {
      cart,
      // The cart's own strings come with it (the page and the header's drawer): the other pages send
      // only the few their add-to-cart button and cart link use.
      strings: resources[uiLanguage(sf.locale.language)]?.cart as Record<string, unknown> | undefined,
      seo: { title: getI18n(context).t('cart:title') },
    },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { cart } = storefrontFor(context, params.locale);
  const formData = await request.formData();
  const form = readCartForm(formData);
  if (!form) return data({ cart: null, errors: [{ message: 'unsupported' }], warnings: [] }, { status: 400 });
  let result: CartQueryDataReturn;
  switch (form.action) {
    case CartForm.ACTIONS.LinesAdd:
      result = await cart.addLines(form.inputs.lines as never);
      break;
    case CartForm.ACTIONS.LinesUpdate:
      result = await cart.updateLines(form.inputs.lines as never);
      break;
    case CartForm.ACTIONS.LinesRemove:
      result = await cart.removeLines(form.inputs.lineIds);
      break;
    case CartForm.ACTIONS.DiscountCodesUpdate: {
      const code = (form.inputs.discountCode ?? '').trim();
      result = await cart.updateDiscountCodes([
        ...(form.inputs.discountCodes ?? []),
        ...(code ? [code] : []),
      ]);
      break;
    }
  }
  const headers = result.cart?.id ? cart.setCartId(result.cart.id) : new Headers();
  // A plain form post (no JavaScript) asks to be sent on; only same-site paths are followed.
  const redirectTo = formData.get('redirectTo');
  if (typeof redirectTo === 'string' && /^\/(?!\/)[\w\-/]*$/.test(redirectTo)) {
    headers.set('Location', redirectTo);
    return data({ cart: result.cart, errors: [], warnings: [] }, { status: 303, headers });
  }
  return data(
    { cart: result.cart, errors: result.userErrors ?? result.errors ?? [], warnings: result.warnings ?? [] },
    { status: result.userErrors?.length || result.errors?.length ? 400 : 200, headers },
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => [
  ...pageMeta(d?.seo, shopNameFrom(matches)),
  { name: 'robots', content: 'noindex' },
];

export default function CartPage({ loaderData }: Route.ComponentProps) {
  return (
    <WithStrings ns="cart" strings={loaderData.strings}>
      <CartPageBody cart={loaderData.cart} />
    </WithStrings>
  );
}

function CartPageBody({ cart }: { cart: unknown }) {
  const { t } = useTranslation('cart');
  const root = useLayout();
  return (
    <div className="container section">
      <h1>{t('title')}</h1>
      <CartMain cart={cart as never} prefix={root.prefix} taxInclusive={root.taxInclusive} layout="page" />
    </div>
  );
}
