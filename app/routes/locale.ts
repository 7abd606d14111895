import { redirect } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { SUGGESTION_COOKIE } from '#app/lib/locale-suggestion.server.ts';
import { allLocales } from '#app/modules/markets/core/market.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import type { Route } from './+types/locale';

/** Only same-site paths, never "//host" or schemes: the selector must not be an open redirect. */
function safePath(path: string | null): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.includes('\\') || path.length > 2000) return '/';
  return path;
}

/** GET /locale?locale=de_DE&path=/products/x: the locale selector's target. */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const [language, country] = (url.searchParams.get('locale') ?? '').split('_');
  const config = await getMarketConfig(getDb());
  const target = allLocales(config).find((l) => l.language === language && l.country === country);
  const path = safePath(url.searchParams.get('path'));
  if (!target) return redirect(path);
  return redirect(`${target.pathPrefix}${path === '/' && target.pathPrefix ? '' : path}`);
}

/** POST /locale with intent=dismiss hides the locale suggestion banner for a year. */
export async function action({ request }: Route.ActionArgs) {
  const referer = request.headers.get('referer');
  let back = '/';
  if (referer) {
    try {
      const r = new URL(referer);
      if (r.host === new URL(request.url).host) back = safePath(r.pathname + r.search);
    } catch { /* keep "/" */ }
  }
  return redirect(back, {
    headers: { 'Set-Cookie': `${SUGGESTION_COOKIE}=dismissed; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly` },
  });
}
