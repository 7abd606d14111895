import { redirect } from 'react-router';
import { redirectWithToast } from '#app/admin/form.server.ts';
import { adminAuth, assertCsrf } from '#app/admin/guard.server.ts';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import type { Route } from './+types/app_.logout';

/** POST /app/logout ends the session (same origin and the session's CSRF token; a GET does nothing). */
export async function action({ request }: Route.ActionArgs) {
  assertSameOrigin(request);
  const auth = await adminAuth().authenticate(request);
  // A forged cross-site form must not be able to sign staff out; without a session there is nothing to end.
  if (auth) assertCsrf(request, await request.clone().formData(), auth);
  const cookie = await adminAuth().signOut(request);
  const response = await redirectWithToast('/app/login', { key: 'login.signedOut' });
  response.headers.append('Set-Cookie', cookie);
  throw response;
}

export function loader() {
  return redirect('/app');
}
