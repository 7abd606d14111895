import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../support/free-port.ts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '#app/db/client.server.ts';
import { jobs } from '#app/db/schema/index.ts';
import { DEMO_STOREFRONT_TOKEN } from '#app/db/seed/seed.server.ts';
import { REPRICE_JOB } from '#app/modules/pricing/reprice-job.server.ts';
import { passwordSessionAuth, sessionCookie } from '#app/modules/staff/auth.server.ts';
import { signedIn, type AdminSession } from '../support/admin-requests.ts';
import { databaseUrl, onServer, randomDbName } from '../support/template-db.ts';

/**
 * Two `node server.ts` processes on one PostgreSQL database, as two machines behind a load
 * balancer would run (ADR 0027): they start together (one migrates and seeds, the other waits for
 * it), a price imported through one is what the other serves within a second (its caches hear the
 * change over LISTEN/NOTIFY), and a job enqueued through one runs exactly once.
 */
const SECRET = 'two-processes-test-secret-0123456789abcdef';
const SKU = 'AO-MER-OAT-M';
const base = process.env.TEST_DATABASE_URL;

interface Proc {
  origin: string;
  child: ChildProcess;
  log: () => string;
}

function startServer(url: string, port: number): Proc {
  const child = spawn(process.execPath, ['server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SESSION_SECRET: SECRET,
      WEB_CONCURRENCY: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return { origin: `http://127.0.0.1:${port}`, child, log: () => out };
}

async function waitUntilUp(proc: Proc, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (proc.child.exitCode !== null) throw new Error(`server exited:\n${proc.log()}`);
    const ok = await fetch(`${proc.origin}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not come up in ${timeoutMs} ms:\n${proc.log()}`);
}

async function jpPrice(proc: Proc): Promise<number | null> {
  const res = await fetch(`${proc.origin}/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-shopify-storefront-access-token': DEMO_STOREFRONT_TOKEN,
    },
    body: JSON.stringify({
      query: `query Sweater @inContext(country: JP) { product(handle: "merino-crew-sweater") { variants(first: 50) { nodes { sku price { amount currencyCode } } } } }`,
    }),
  });
  const json = (await res.json()) as {
    data?: {
      product: { variants: { nodes: { sku: string; price: { amount: string; currencyCode: string } }[] } };
    };
  };
  const node = json.data?.product.variants.nodes.find((n) => n.sku === SKU);
  if (!node) throw new Error(`no ${SKU} in ${JSON.stringify(json).slice(0, 300)}`);
  expect(node.price.currencyCode).toBe('JPY');
  return Number(node.price.amount);
}

function adminPost(proc: Proc, session: AdminSession, fields: Record<string, string | Blob>) {
  const body = new FormData();
  body.set('csrf', session.csrf);
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return fetch(`${proc.origin}/app/pricing`, {
    method: 'POST',
    headers: { cookie: session.cookie, origin: proc.origin },
    body,
    redirect: 'manual',
  });
}

describe.skipIf(process.env.MERIDIAN_TEST_DB !== 'postgres' || !base)(
  'two server processes on one PostgreSQL',
  () => {
    const name = randomDbName('meridian_two');
    let a: Proc;
    let b: Proc;
    let handle: DbHandle;
    let session: AdminSession;

    beforeAll(async () => {
      await onServer(base!, `create database ${name}`);
      const url = databaseUrl(base!, name);
      // Started at the same moment: the start-up lock makes one migrate and seed while the other waits.
      a = startServer(url, await freePort());
      b = startServer(url, await freePort());
      await Promise.all([waitUntilUp(a, 240_000), waitUntilUp(b, 240_000)]);
      handle = openDb({ databaseUrl: url, max: 2 });
      session = await signedIn(
        handle.db,
        passwordSessionAuth(handle.db, sessionCookie(SECRET, false)),
        'pricing@example.com',
        'owner',
        {
          password: null,
        },
      );
    }, 300_000);

    afterAll(async () => {
      for (const p of [a, b]) p?.child.kill('SIGTERM');
      await Promise.all(
        [a, b].map((p) =>
          p && p.child.exitCode === null ? new Promise((r) => p.child.once('exit', r)) : null,
        ),
      );
      await handle?.close();
      await onServer(base!, `drop database if exists ${name} with (force)`);
    }, 60_000);

    it('both came up on one seeded store', () => {
      const seededBy = [a, b].filter((p) => /seeded \d+ demo products/.test(p.log()));
      expect(seededBy, `${a.log()}\n---\n${b.log()}`).toHaveLength(1);
    });

    it('serves from the second process, within a second, a price imported through the first', async () => {
      const before = await jpPrice(b);
      expect(await jpPrice(b)).toBe(before); // now in b's caches, if it caches
      const next = before! + 1111;
      const res = await adminPost(a, session, {
        intent: 'import',
        file: new Blob([`market,sku,price,compare_at_price\njp,${SKU},${next},\n`], { type: 'text/csv' }),
      });
      expect(res.status, await res.clone().text()).toBeLessThan(400);
      const saved = Date.now();
      expect(await jpPrice(a)).toBe(next);
      let seen: number | null = null;
      while (Date.now() - saved < 1000 && seen !== next) {
        seen = await jpPrice(b);
        if (seen !== next) await new Promise((r) => setTimeout(r, 25));
      }
      expect(seen, `b still served ${seen} a second after a's import`).toBe(next);
    }, 60_000);

    it('runs a job enqueued through one process exactly once', async () => {
      const res = await adminPost(a, session, { intent: 'reprice' });
      expect(res.status).toBeLessThan(400);
      const until = Date.now() + 120_000;
      let row: typeof jobs.$inferSelect | undefined;
      while (Date.now() < until) {
        [row] = await handle.db
          .select()
          .from(jobs)
          .where(and(eq(jobs.kind, REPRICE_JOB)));
        if (row && (row.status === 'succeeded' || row.status === 'failed')) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(row?.status).toBe('succeeded');
      // Both processes run a job runner; SKIP LOCKED lets only one claim it, once.
      expect(row?.attempts).toBe(1);
      expect(await handle.db.select().from(jobs).where(eq(jobs.kind, REPRICE_JOB))).toHaveLength(1);
    }, 150_000);
  },
);
