import { timingSafeEqual } from 'node:crypto';
import { data, redirect } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { getEnv } from '#app/env.server.ts';
import {
  passwordSessionAuth,
  sessionCookie,
  type AdminAuthenticator,
  type AuthResult,
} from '#app/modules/staff/auth.server.ts';
import { canAccess, canRead, type AdminArea } from '#app/modules/staff/core/roles.ts';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import { resolveSessionSecret } from '#app/lib/session-secret.server.ts';
import { sameSitePath } from '#app/lib/same-site-path.ts';

const KEY = Symbol.for('meridian.admin-auth');
type Holder = { [KEY]?: AdminAuthenticator };

/** The admin's authenticator for this process (standalone: email + password sessions). */
export function adminAuth(): AdminAuthenticator {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const env = getEnv();
    holder[KEY] = passwordSessionAuth(
      getDb(),
      sessionCookie(resolveSessionSecret(env), env.NODE_ENV === 'production'),
    );
  }
  return holder[KEY];
}

/** Lets tests and the Shopify-embedded mode install another authenticator. */
export function setAdminAuth(auth: AdminAuthenticator | undefined): void {
  (globalThis as Holder)[KEY] = auth;
}

/**
 * Every admin loader and action starts here: no session redirects to sign-in,
 * a role without access to the area gets 403. Loaders of areas some roles may only look at
 * ask for 'read'; their actions still go through adminForm, which asks for 'use'.
 */
export async function requireStaff(
  request: Request,
  area: AdminArea,
  access: 'use' | 'read' = 'use',
): Promise<AuthResult> {
  const auth = await adminAuth().authenticate(request);
  if (!auth) {
    const url = new URL(request.url);
    throw redirect(`/app/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  const allowed = access === 'read' ? canRead : canAccess;
  if (!allowed(auth.principal.role, area)) throw data({ error: 'forbidden' }, { status: 403 });
  return auth;
}

/** Synchronizer-token CSRF check for authenticated admin mutations. */
export function assertCsrf(request: Request, form: FormData, auth: AuthResult): void {
  assertSameOrigin(request);
  const sent = Buffer.from(String(form.get('csrf') ?? ''));
  const expected = Buffer.from(auth.csrfToken);
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected))
    throw data({ error: 'csrf' }, { status: 403 });
}

/** Only same-site relative paths after sign-in, never an open redirect. */
export function safeNext(next: string | null): string {
  return sameSitePath(next, '/app', '/app');
}
