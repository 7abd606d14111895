import { randomUUID } from 'node:crypto';
import { createCookie, type Cookie } from 'react-router';
import { z } from 'zod';
import { getEnv } from '#app/env.server.ts';
import { resolveSessionSecret } from '#app/lib/session-secret.server.ts';
import type { FlashToast, ToastMessage } from './toast.ts';

const KEY = Symbol.for('meridian.admin-toast-cookie');
type Holder = { [KEY]?: Cookie };

/** Signed like the session, so nobody can plant a message in another person's admin. */
function toastCookie(): Cookie {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const env = getEnv();
    holder[KEY] = createCookie('__meridian_toast', {
      httpOnly: true,
      sameSite: 'lax',
      secure: env.NODE_ENV === 'production',
      path: '/app',
      maxAge: 60,
      secrets: [resolveSessionSecret(env)],
    });
  }
  return holder[KEY];
}

const Stored = z.object({
  id: z.string().max(64),
  key: z.string().max(100),
  values: z.record(z.string(), z.union([z.string().max(500), z.number()])).optional(),
});

/** Set-Cookie for a toast the next admin page load shows (after a redirect, or the revalidation that follows an action). */
export async function toastHeaders(toast: ToastMessage): Promise<Headers> {
  return new Headers({
    'set-cookie': await toastCookie().serialize({ id: randomUUID(), ...toast } satisfies FlashToast),
  });
}

/** The pending toast, read once: the returned headers clear the cookie (null when there was none). */
export async function readToast(
  request: Request,
): Promise<{ toast: FlashToast | null; headers: Headers | null }> {
  const header = request.headers.get('cookie');
  if (!header?.includes('__meridian_toast=')) return { toast: null, headers: null };
  const parsed = Stored.safeParse(await toastCookie().parse(header));
  const headers = new Headers({ 'set-cookie': await toastCookie().serialize('', { maxAge: 0 }) });
  return { toast: parsed.success ? parsed.data : null, headers };
}
