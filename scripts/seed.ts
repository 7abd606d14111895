/**
 * npm run seed: migrate and seed the demo store. `-- --reset` empties the store first.
 * `npm start` seeds an empty database on its own; this is for re-seeding.
 */
import { sql } from 'drizzle-orm';
import { bootstrap } from '../app/bootstrap.server.ts';
import { isSeeded, seedDemoStore } from '../app/db/seed/seed.server.ts';
import { getEnv } from '../app/env.server.ts';

const reset = process.argv.includes('--reset');
const { handle } = await bootstrap(getEnv(), { seed: false });
try {
  if (reset) {
    await handle.db.execute(
      sql`truncate shop, storefront_tokens, markets, market_countries, exchange_rate_snapshots, tax_rates, price_adjustments, price_list_entries, variant_prices, price_history, products, collections, menus, pages, translations restart identity cascade`,
    );
  }
  if (await isSeeded(handle.db)) {
    console.log(
      'The store already has data; run `npm run seed -- --reset` to replace it with the demo store.',
    );
  } else {
    const started = performance.now();
    const result = await seedDemoStore(handle.db);
    console.log(
      `Seeded ${result.products} products and ${result.collections} collections in ${Math.round(performance.now() - started)} ms.`,
    );
  }
} finally {
  await handle.close();
}
