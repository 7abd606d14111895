import type { HydrogenSession } from '@shopify/hydrogen';
import { createCookieSessionStorage, type Session, type SessionStorage } from 'react-router';

/**
 * The shopper's session, as Hydrogen's skeleton keeps it: a signed cookie that is written only
 * when something was set (`isPending`), so pages of shoppers who never use it stay cacheable.
 * The cart id keeps its own `cart` cookie, as Hydrogen's cart handler expects.
 */
export class StorefrontSession implements HydrogenSession {
  isPending = false;
  private readonly storage: SessionStorage;
  private readonly session: Session;

  private constructor(storage: SessionStorage, session: Session) {
    this.storage = storage;
    this.session = session;
  }

  static async init(request: Request, options: { secrets: string[]; secure: boolean }): Promise<StorefrontSession> {
    const storage = createCookieSessionStorage({ cookie: { name: 'session', httpOnly: true, path: '/', sameSite: 'lax', ...options } });
    // A cookie signed with an old secret (or forged) is an empty session, not an error.
    const session = await storage.getSession(request.headers.get('Cookie')).catch(() => storage.getSession());
    return new StorefrontSession(storage, session);
  }

  get get() {
    return this.session.get;
  }

  get set(): Session['set'] {
    this.isPending = true;
    return this.session.set;
  }

  get unset(): Session['unset'] {
    this.isPending = true;
    return this.session.unset;
  }

  commit() {
    this.isPending = false;
    return this.storage.commitSession(this.session);
  }
}
