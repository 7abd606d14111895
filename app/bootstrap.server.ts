import { openDb, setDbHandle, type DbHandle } from './db/client.server.ts';
import { migrate } from './db/migrate.server.ts';
import { DEMO_STOREFRONT_TOKEN, isSeeded, seedDemoStore } from './db/seed/seed.server.ts';
import type { Env } from './env.server.ts';
import { connectEventTransport } from './lib/events.server.ts';
import { installRuleLibrary } from './modules/checkout/import-rules.server.ts';
import { rateTableProviderFromFile, setTaxProvider } from './modules/checkout/rate-table.server.ts';
import { ensureOwner, findStaffByEmail } from './modules/staff/staff.server.ts';
import { seedOrderHistory } from './db/seed/order-history.server.ts';

export interface BootResult {
  handle: DbHandle;
  seeded: { products: number; collections: number } | null;
  demoToken: string;
  /** One-time sign-in token for the owner created on an empty store, if one was created now. */
  ownerToken: string | null;
}

/** Opens the database, applies migrations and seeds an empty store; shared by server.ts and the seed script. */
export async function bootstrap(env: Env, options: { seed: boolean } = { seed: true }): Promise<BootResult> {
  const handle = await attachDatabase(env);
  // Servers started together on one PostgreSQL take turns: the first migrates and seeds, the rest find it done.
  return handle.exclusively(() => prepareStore(handle, env, options));
}

async function prepareStore(handle: DbHandle, env: Env, options: { seed: boolean }): Promise<BootResult> {
  await migrate(handle);
  // New rule versions shipped with a release (a law that changes on a date) join existing stores too.
  await installRuleLibrary(handle.db);
  const seeded = options.seed && !(await isSeeded(handle.db)) ? await seedDemoStore(handle.db) : null;
  // No fixed default password: the first owner gets a one-time link instead.
  const ownerToken = await ensureOwner(handle.db, env.OWNER_EMAIL);
  // A new demo store gets a few weeks of orders and returns, placed by the owner's hand.
  const owner = seeded ? await findStaffByEmail(handle.db, env.OWNER_EMAIL) : null;
  if (owner) await seedOrderHistory(handle.db, owner.id);
  return { handle, seeded, demoToken: DEMO_STOREFRONT_TOKEN, ownerToken };
}

/**
 * What every process that serves the store needs, and no more: the database handle, the domain
 * events of the other processes on it (PostgreSQL; ADR 0027) and the tax rate table. A cluster
 * worker calls only this; its primary has run bootstrap() (migrations, seed) before forking it.
 */
export async function attachDatabase(env: Env): Promise<DbHandle> {
  const opened = openDb({
    databaseUrl: env.DATABASE_URL,
    pgliteDir: env.PGLITE_DIR,
    pgliteSharedBuffers: env.PGLITE_SHARED_BUFFERS,
  });
  const disconnect = opened.eventTransport ? await connectEventTransport(opened.eventTransport()) : null;
  const handle: DbHandle = disconnect
    ? {
        ...opened,
        async close() {
          await disconnect();
          await opened.close();
        },
      }
    : opened;
  setDbHandle(handle);
  if (env.TAX_RATE_TABLE) setTaxProvider(await rateTableProviderFromFile(env.TAX_RATE_TABLE));
  return handle;
}
