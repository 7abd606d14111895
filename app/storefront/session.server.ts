import type { HydrogenSession } from '@shopify/hydrogen';
import { createCookieSessionStorage, createSession, type Session, type SessionStorage } from 'react-router';

/**
 * The shopper's session, as Hydrogen's skeleton keeps it: a signed cookie that is written only
 * when something was set (`isPending`), so pages of shoppers who never use it stay cacheable.
 * The cart id keeps its own `cart` cookie, as Hydrogen's cart handler expects.
 * The signing secret is asked for only when a session cookie is read or written, so a request
 * without one never depends on it.
 */
export class StorefrontSession implements HydrogenSession {
  isPending = false;
  private readonly storage: () => SessionStorage;
  private readonly session: Session;

  private constructor(storage: () => SessionStorage, session: Session) {
    this.storage = storage;
    this.session = session;
  }

  static async init(
    request: Request,
    options: { secret: () => string; secure: boolean },
  ): Promise<StorefrontSession> {
    let storage: SessionStorage | undefined;
    const storageOf = () =>
      (storage ??= createCookieSessionStorage({
        cookie: {
          name: 'session',
          httpOnly: true,
          path: '/',
          sameSite: 'lax',
          secure: options.secure,
          secrets: [options.secret()],
        },
      }));
    const cookie = request.headers.get('Cookie');
    // A cookie signed with an old secret (or forged, or another app's) is an empty session, not an error.
    const session =
      cookie && /(?:^|;\s*)session=/.test(cookie)
        ? await Promise.resolve()
            .then(() => storageOf().getSession(cookie))
            .catch(() => createSession())
        : createSession();
    return new StorefrontSession(storageOf, session);
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

  async commit(): Promise<string> {
    this.isPending = false;
    return this.storage().commitSession(this.session);
  }
}
