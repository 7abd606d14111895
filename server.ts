/**
 * Plain Node server for Meridian: boots the database (migrate, seed), then serves the
 * React Router build with Express. `npm start` runs it in production mode.
 */
import { writeFileSync } from 'node:fs';
import express, { type RequestHandler } from 'express';
import type { ServerBuild } from 'react-router';
import { httpApp } from './app/http-app.server.ts';
import { bootstrap } from './app/bootstrap.server.ts';
import { startBackgroundWork } from './app/jobs.server.ts';
import { getEnv } from './app/env.server.ts';

const env = getEnv();
const production = env.NODE_ENV === 'production';
const boot = await bootstrap(env);
const stopBackgroundWork = startBackgroundWork(
  boot.handle.db,
  env,
  env.PUBLIC_STORE_URL ?? `http://localhost:${env.PORT}`,
);

let build: () => Promise<ServerBuild>;
const assets: RequestHandler[] = [];
if (production) {
  // Fingerprinted assets never change; everything else in public/ gets an hour.
  assets.push(express.static('build/client/assets', { immutable: true, maxAge: '1y' }));
  assets.push(express.static('build/client', { maxAge: '1h' }));
  const serverBuild = await import(new URL('./build/server/index.js', import.meta.url).href);
  build = async () => serverBuild;
} else {
  const vite = await import('vite').then((v) => v.createServer({ server: { middlewareMode: true } }));
  assets.push(vite.middlewares, express.static('public', { maxAge: '1h' }));
  build = () => vite.ssrLoadModule('virtual:react-router/server-build') as Promise<ServerBuild>;
}

const app = httpApp({
  build,
  mode: env.NODE_ENV,
  trustProxy: env.TRUST_PROXY,
  errorLog: env.SERVER_ERROR_LOG,
  assets,
});

const server = app.listen(env.PORT, env.HOST, () => {
  const url = `http://localhost:${env.PORT}`;
  const lines = [
    `Meridian storefront: ${url}`,
    `Database: ${boot.handle.kind === 'pglite' ? `PGlite (${env.PGLITE_DIR})` : 'PostgreSQL'}${boot.seeded ? ` - seeded ${boot.seeded.products} demo products` : ''}`,
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
});

// Idle keep-alive connections outlive a load balancer's (60 s is common) and the clients' pools:
// Node's 5 s default closes sockets a client may be reusing at that moment (ECONNRESET).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

const shutdown = () => {
  server.close(() => {
    void stopBackgroundWork()
      .then(() => boot.handle.close())
      .finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
