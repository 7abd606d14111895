import { setAdminAuth } from '#app/admin/guard.server.ts';
import type { Db } from '#app/db/client.server.ts';
import type { StaffRole } from '#app/modules/staff/core/role-names.ts';
import {
  passwordSessionAuth,
  sessionCookie,
  type AdminAuthenticator,
} from '#app/modules/staff/auth.server.ts';
import { createStaff } from '#app/modules/staff/staff.server.ts';

/** Password sessions on a test secret, installed as the admin's authenticator (undo with setAdminAuth(undefined)). */
export function installTestAdminAuth(db: Db): AdminAuthenticator {
  const auth = passwordSessionAuth(db, sessionCookie('s'.repeat(32), false));
  setAdminAuth(auth);
  return auth;
}

/** A signed-in staff member as a browser holds them: the session cookie and the CSRF token. */
export interface AdminSession {
  id: number;
  cookie: string;
  csrf: string;
}

export async function signedIn(
  db: Db,
  auth: AdminAuthenticator,
  email: string,
  role: StaffRole,
  /** `password: null` makes a member without one (signing in by link), and skips the slow hash. */
  options: { locale?: string; password?: string | null } = {},
): Promise<AdminSession> {
  const staff = await createStaff(db, {
    email,
    name: email.split('@')[0]!,
    role,
    locale: options.locale ?? 'en',
    password: options.password === null ? undefined : (options.password ?? 'a long enough password'),
  });
  const cookie = (await auth.signIn(staff.id)).split(';')[0]!;
  const csrf = (await auth.authenticate(new Request('http://shop.test/app', { headers: { cookie } })))!
    .csrfToken;
  return { id: staff.id, cookie, csrf };
}

/** Status, body and headers of whatever a loader or action returned or threw (Response or data()). */
export async function run(
  fn: () => unknown,
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const unwrap = (r: unknown) => {
    if (r instanceof Response) return { status: r.status, body: {}, headers: r.headers };
    const d = r as { type?: string; data?: unknown; init?: { status?: number; headers?: HeadersInit } };
    if (d?.type === 'DataWithResponseInit')
      return {
        status: d.init?.status ?? 200,
        body: d.data as Record<string, unknown>,
        headers: new Headers(d.init?.headers),
      };
    return { status: 200, body: r as Record<string, unknown>, headers: new Headers() };
  };
  try {
    return unwrap(await fn());
  } catch (thrown) {
    return unwrap(thrown);
  }
}

/** A same-origin admin form POST with the session's CSRF token. */
export function post(session: AdminSession, path: string, fields: Record<string, string>): Request {
  const body = new FormData();
  body.set('csrf', session.csrf);
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return new Request(`http://shop.test${path}`, {
    method: 'POST',
    headers: { cookie: session.cookie },
    body,
  });
}

export const get = (session: AdminSession, path: string, cookie = '') =>
  new Request(`http://shop.test${path}`, {
    headers: { cookie: [session.cookie, cookie].filter(Boolean).join('; ') },
  });
