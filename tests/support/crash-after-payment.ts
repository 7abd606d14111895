/**
 * Child process for the crash test: drives a real checkout on a PGlite directory, pays, and
 * is SIGKILLed by itself right after the payment is confirmed, before the order is written.
 * Usage: node tests/support/crash-after-payment.ts <pglite-dir>
 */
import { openDb, setDbHandle } from '../../app/db/client.server.ts';
import { migrate } from '../../app/db/migrate.server.ts';
import { seedDemoStore } from '../../app/db/seed/seed.server.ts';
import { payForCheckout } from '../../app/modules/checkout/pay.server.ts';
import { createTestProvider } from '../../app/modules/payments/test-provider.server.ts';
import { readyCheckout, variantIdBySku } from './checkout.ts';

const handle = openDb({ pgliteDir: process.argv[2]! });
setDbHandle(handle);
await migrate(handle);
await seedDemoStore(handle.db);
const { token } = await readyCheckout(handle.db, {
  country: 'US',
  language: 'en',
  lines: [{ variantId: await variantIdBySku(handle.db, 'AO-MER-OAT-M'), quantity: 1 }],
});
process.stdout.write(`${token}\n`);
await payForCheckout(handle.db, createTestProvider(handle.db), token, {
  returnUrl: 'https://shop.test/return',
  orderUrl: () => 'https://shop.test/thank-you',
  // PGlite has committed the payment's rows; die before the order transaction starts.
  afterConfirm: () => {
    process.kill(process.pid, 'SIGKILL');
    return new Promise(() => {});
  },
});
