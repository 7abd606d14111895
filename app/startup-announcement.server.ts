import { writeFileSync } from 'node:fs';
import type { BootResult } from './bootstrap.server.ts';
import type { Env } from './env.server.ts';

/** What `npm start` prints once the store answers (and the owner's one-time link, if one was made). */
export function announceStartup(env: Env, boot: BootResult, workers = 1): void {
  const url = `http://localhost:${env.PORT}`;
  const lines = [
    `Meridian storefront: ${url}`,
    `Database: ${boot.handle.kind === 'pglite' ? `PGlite (${env.PGLITE_DIR})` : 'PostgreSQL'}${boot.seeded ? ` - seeded ${boot.seeded.products} demo products` : ''}`,
    ...(workers > 1 ? [`HTTP workers: ${workers} (WEB_CONCURRENCY)`] : []),
    `Storefront API: POST ${url}/api/2026-04/graphql.json`,
    `  X-Shopify-Storefront-Access-Token: ${boot.demoToken}`,
    `Admin: ${url}/app`,
    ...(boot.ownerToken
      ? [
          `  One-time sign-in link for ${env.OWNER_EMAIL} (works once, 24 h): ${url}/app/login/link/${boot.ownerToken}`,
        ]
      : []),
  ];
  console.log(lines.join('\n'));
  if (boot.ownerToken && env.OWNER_LINK_FILE)
    writeFileSync(env.OWNER_LINK_FILE, `${url}/app/login/link/${boot.ownerToken}\n`, { mode: 0o600 });
}
