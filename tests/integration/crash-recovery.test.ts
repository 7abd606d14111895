import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '#app/db/client.server.ts';
import { orders, testPayments } from '#app/db/schema/index.ts';
import { migrate } from '#app/db/migrate.server.ts';
import { reconcilePayments } from '#app/modules/checkout/pay.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'meridian-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The child runs on its own PGlite directory, so the PostgreSQL pass would only repeat it.
describe.skipIf(process.env.MERIDIAN_TEST_DB === 'postgres')(
  'a process killed between payment and order',
  () => {
    it('leaves a paid payment that the start-up reconciliation turns into exactly one order', async () => {
      // The child runs a real checkout and SIGKILLs itself right after the payment is confirmed.
      const child = spawn(
        process.execPath,
        ['tests/support/crash-after-payment.ts', path.join(dir, 'pglite')],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
      });
      const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, sig) => resolve(sig)),
      );
      expect(signal).toBe('SIGKILL');
      const token = out.trim();
      expect(token).toMatch(/^c1-/);

      const handle = openDb({ pgliteDir: path.join(dir, 'pglite') });
      try {
        await migrate(handle);
        expect(await handle.db.select().from(orders).where(eq(orders.cartId, token))).toEqual([]);
        const [payment] = await handle.db.select().from(testPayments);
        expect(payment!.status).toBe('requires_capture');
        const provider = createTestProvider(handle.db);
        expect(await reconcilePayments(handle.db, provider, { orderUrl: () => 'https://shop.test' })).toBe(1);
        expect(await handle.db.select().from(orders).where(eq(orders.cartId, token))).toHaveLength(1);
        expect((await handle.db.select().from(testPayments))[0]!.status).toBe('succeeded');
        // Running it again (the next restart) changes nothing.
        expect(await reconcilePayments(handle.db, provider, { orderUrl: () => 'https://shop.test' })).toBe(0);
      } finally {
        await handle.close();
      }
    }, 180_000);
  },
);
