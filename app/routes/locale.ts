import { redirect } from 'react-router';
import { resolveLocaleChoice } from '#app/storefront/locale-choice.ts';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import { sameSitePath } from '#app/lib/same-site-path.ts';
import { localeChoiceCookie } from '#app/storefront/locale-suggestion.server.ts';
import { storefrontContext } from '#app/storefront/storefront-context.server.ts';
import type { Route } from './+types/locale';

/** Only same-site paths: the selector must not be an open redirect, nor put raw bytes in a header. */
const safePath = (path: string | null) => sameSitePath(path, '/');

/**
 * GET /locale?country=CA&language=fr&path=/products/x: the locale selector's (and the
 * suggestion banner's) target. The older single `locale=fr_CA` parameter still works.
 * A real choice is remembered in a cookie, so the suggestion banner does not come back.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const [legacyLanguage, legacyCountry] = (url.searchParams.get('locale') ?? '').split('_');
  const country = (url.searchParams.get('country') ?? legacyCountry ?? '').slice(0, 2);
  const language = (url.searchParams.get('language') ?? legacyLanguage ?? '').slice(0, 16) || null;
  const target = /^[A-Za-z]{2}$/.test(country)
    ? resolveLocaleChoice(context.get(storefrontContext).locale.store, country, language)
    : null;
  const path = safePath(url.searchParams.get('path'));
  if (!target) return redirect(path);
  return redirect(`${target.pathPrefix}${path === '/' && target.pathPrefix ? '' : path}`, {
    headers: { 'Set-Cookie': localeChoiceCookie('chosen') },
  });
}

/** POST /locale with intent=dismiss hides the locale suggestion banner for a year. */
export async function action({ request }: Route.ActionArgs) {
  assertSameOrigin(request);
  const referer = request.headers.get('referer');
  let back = '/';
  if (referer) {
    try {
      const r = new URL(referer);
      if (r.host === new URL(request.url).host) back = safePath(r.pathname + r.search);
    } catch {
      /* keep "/" */
    }
  }
  return redirect(back, { headers: { 'Set-Cookie': localeChoiceCookie('dismissed') } });
}
