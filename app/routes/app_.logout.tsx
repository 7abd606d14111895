import { redirect } from 'react-router';
import { adminAuth, assertSameOrigin } from '#app/lib/admin.server.ts';
import type { Route } from './+types/app_.logout';

/** POST /app/logout ends the session (same-origin only; a GET does nothing). */
export async function action({ request }: Route.ActionArgs) {
  assertSameOrigin(request);
  const cookie = await adminAuth().signOut(request);
  throw redirect('/app/login', { headers: { 'Set-Cookie': cookie } });
}

export function loader() {
  return redirect('/app');
}
