import { createCookie, type Cookie } from 'react-router';
import type { Db } from '#app/db/client.server.ts';
import type { StaffRole } from '#app/db/schema/index.ts';
import {
  createStaffSession,
  deleteStaffSession,
  readStaffSession,
  SESSION_TTL_MS,
} from './sessions.server.ts';

/** Who is signed in to the admin, whatever the mechanism. */
export interface StaffPrincipal {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  locale: string;
}

export interface AuthResult {
  principal: StaffPrincipal;
  csrfToken: string;
}

/**
 * The one interface admin routes depend on. Standalone mode signs staff in with
 * email and password (cookie sessions); the Shopify-embedded mode will implement it
 * with App Bridge session tokens.
 */
export interface AdminAuthenticator {
  authenticate(request: Request): Promise<AuthResult | null>;
  /** Set-Cookie value that signs the staff member in. */
  signIn(staffId: number): Promise<string>;
  /** Set-Cookie value that signs the current session out. */
  signOut(request: Request): Promise<string>;
}

export function sessionCookie(secret: string, secure: boolean): Cookie {
  return createCookie('__meridian_admin', {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
    secrets: [secret],
  });
}

export function passwordSessionAuth(db: Db, cookie: Cookie): AdminAuthenticator {
  const sessionId = async (request: Request): Promise<string | null> => {
    const value: unknown = await cookie.parse(request.headers.get('cookie'));
    return typeof value === 'string' ? value : null;
  };
  return {
    async authenticate(request) {
      const id = await sessionId(request);
      const session = id ? await readStaffSession(db, id) : null;
      if (!session) return null;
      const { staff } = session;
      return {
        principal: {
          id: staff.id,
          email: staff.email,
          name: staff.name,
          role: staff.role,
          locale: staff.locale,
        },
        csrfToken: session.csrfToken,
      };
    },
    async signIn(staffId) {
      return cookie.serialize(await createStaffSession(db, staffId));
    },
    async signOut(request) {
      const id = await sessionId(request);
      if (id) await deleteStaffSession(db, id);
      return cookie.serialize('', { maxAge: 0 });
    },
  };
}
