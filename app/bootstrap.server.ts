import { openDb, setDbHandle, type DbHandle } from './db/client.server.ts';
import { migrate } from './db/migrate.server.ts';
import { DEMO_STOREFRONT_TOKEN, isSeeded, seedDemoStore } from './db/seed/seed.server.ts';
import type { Env } from './env.server.ts';
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
  const handle = openDb({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  setDbHandle(handle);
  await migrate(handle);
  // New rule versions shipped with a release (a law that changes on a date) join existing stores too.
  await installRuleLibrary(handle.db);
  if (env.TAX_RATE_TABLE) setTaxProvider(await rateTableProviderFromFile(env.TAX_RATE_TABLE));
  const seeded = options.seed && !(await isSeeded(handle.db)) ? await seedDemoStore(handle.db) : null;
  // No fixed default password: the first owner gets a one-time link instead.
  const ownerToken = await ensureOwner(handle.db, env.OWNER_EMAIL);
  // A new demo store gets a few weeks of orders and returns, placed by the owner's hand.
  const owner = seeded ? await findStaffByEmail(handle.db, env.OWNER_EMAIL) : null;
  if (owner) await seedOrderHistory(handle.db, owner.id);
  return { handle, seeded, demoToken: DEMO_STOREFRONT_TOKEN, ownerToken };
}
