import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { setAdminAuth } from '#app/admin/guard.server.ts';
import { STAFF_ROLES, type StaffRole } from '#app/modules/staff/core/role-names.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { createStaff } from '#app/modules/staff/staff.server.ts';
import { ACCESS, ROUTE_AREAS } from '#tests/support/access-matrix.ts';
import { installTestAdminAuth } from '#tests/support/admin-requests.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/** Every authenticated admin route: app.tsx and app.*.tsx (app_.* are the public sign-in routes). */
const ROUTE_FILES = readdirSync('app/routes').filter((f) => /^app(\.|$)/.test(f.replace(/\.tsx?$/, '')));

let db: DbHandle;
const cookies = new Map<StaffRole, string>();
const csrf = new Map<StaffRole, string>();

beforeAll(async () => {
  db = await createTestDb();
  const auth = installTestAdminAuth(db.db);
  for (const role of STAFF_ROLES) {
    const staff = await createStaff(db.db, { email: `${role}@shop.test`, name: role, role });
    const cookie = (await auth.signIn(staff.id)).split(';')[0]!;
    cookies.set(role, cookie);
    csrf.set(
      role,
      (await auth.authenticate(new Request('http://shop.test/app', { headers: { cookie } })))!.csrfToken,
    );
  }
});
afterAll(async () => {
  setAdminAuth(undefined);
  await db?.close();
});

/** Status of whatever a loader or action threw or returned (Response or data()). */
async function statusOf(run: () => unknown): Promise<number> {
  try {
    const result = await run();
    return result instanceof Response
      ? result.status
      : ((result as { init?: { status?: number } })?.init?.status ?? 200);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    const init = (thrown as { init?: { status?: number } })?.init;
    if (init?.status) return init.status;
    throw thrown;
  }
}

describe('admin routes enforce roles server-side', () => {
  it('finds the admin routes', () => {
    expect(ROUTE_FILES).toEqual(expect.arrayContaining(['app.tsx', 'app._index.tsx', 'app.staff.tsx']));
  });

  it('every admin route is in the hand-written route → area table (tests/support/access-matrix.ts)', () => {
    expect([...ROUTE_FILES].sort()).toEqual(Object.keys(ROUTE_AREAS).sort());
  });

  for (const file of ROUTE_FILES) {
    describe(file, () => {
      it('declares its area and answers 403 to every role without access, in loader and action', async () => {
        const mod = (await import(/* @vite-ignore */ path.resolve('app/routes', file))) as {
          handle?: { area?: AdminArea };
          loader?: (args: unknown) => unknown;
          action?: (args: unknown) => unknown;
        };
        expect(mod.handle?.area, `${file} must export handle.area`).toBe(ROUTE_AREAS[file]);
        const area = mod.handle!.area!;
        for (const role of STAFF_ROLES) {
          // Expectations from the hand-written matrix, never from canAccess (the code under test).
          const allowed = ACCESS[area][role] === 'yes';
          const reads = ACCESS[area][role] !== 'no';
          const get = new Request('http://shop.test/app/x', { headers: { cookie: cookies.get(role)! } });
          if (mod.loader) {
            const status = await statusOf(() => mod.loader!({ request: get, params: {}, context: {} }));
            if (reads) expect(status, `${role} GET ${file}`).not.toBe(403);
            else expect(status, `${role} GET ${file}`).toBe(403);
          }
          if (mod.action && !allowed) {
            const body = new FormData();
            body.set('csrf', csrf.get(role)!);
            const post = new Request('http://shop.test/app/x', {
              method: 'POST',
              headers: { cookie: cookies.get(role)! },
              body,
            });
            expect(
              await statusOf(() => mod.action!({ request: post, params: {}, context: {} })),
              `${role} POST ${file}`,
            ).toBe(403);
          }
        }
      });

      it('redirects signed-out visitors to sign-in', async () => {
        const mod = (await import(/* @vite-ignore */ path.resolve('app/routes', file))) as {
          loader?: (args: unknown) => unknown;
        };
        if (!mod.loader) return;
        const status = await statusOf(() =>
          mod.loader!({ request: new Request('http://shop.test/app/x'), params: {}, context: {} }),
        );
        expect(status).toBe(302);
      });
    });
  }

  it('refuses mutations without the CSRF token or from another origin', async () => {
    const mod = (await import(/* @vite-ignore */ path.resolve('app/routes/app.staff.tsx'))) as {
      action: (args: unknown) => unknown;
    };
    const form = () => {
      const f = new FormData();
      f.set('name', 'X');
      f.set('email', 'x@shop.test');
      f.set('role', 'support');
      return f;
    };
    const noToken = new Request('http://shop.test/app/staff', {
      method: 'POST',
      headers: { cookie: cookies.get('owner')! },
      body: form(),
    });
    expect(await statusOf(() => mod.action({ request: noToken, params: {}, context: {} }))).toBe(403);
    const withToken = form();
    withToken.set('csrf', csrf.get('owner')!);
    const crossSite = new Request('http://shop.test/app/staff', {
      method: 'POST',
      headers: { cookie: cookies.get('owner')!, origin: 'https://evil.test', host: 'shop.test' },
      body: withToken,
    });
    expect(await statusOf(() => mod.action({ request: crossSite, params: {}, context: {} }))).toBe(403);
  });
});
