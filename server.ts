/**
 * Plain Node server for Meridian: boots the database (migrate, seed), then serves the
 * React Router build. `npm start` runs it in production mode. With WEB_CONCURRENCY > 1 on
 * PostgreSQL, this process supervises that many workers, each of which runs this file again and
 * only serves (app/cluster.server.ts).
 */
import express, { type RequestHandler } from 'express';
import type { ServerBuild } from 'react-router';
import { httpServer } from './app/http-app.server.ts';
import type { FastHandler } from './app/edge/fast-lane.server.ts';
import { staticFallback } from './app/edge/static-fallback.server.ts';
import { staticFiles } from './app/edge/static-files.server.ts';
import { attachDatabase, bootstrap, type BootResult } from './app/bootstrap.server.ts';
import { isClusterPrimary, isClusterWorker, superviseWorkers } from './app/cluster.server.ts';
import { startBackgroundWork, startServingWork } from './app/jobs.server.ts';
import { getEnv } from './app/env.server.ts';
import { announceStartup } from './app/startup-announcement.server.ts';
import { DEMO_STOREFRONT_TOKEN } from './app/db/seed/seed.server.ts';

const env = getEnv();
if (isClusterPrimary(env)) process.exit(await superviseWorkers(env));

const production = env.NODE_ENV === 'production';
const worker = isClusterWorker();
const boot: BootResult = worker
  ? { handle: await attachDatabase(env), seeded: null, demoToken: DEMO_STOREFRONT_TOKEN, ownerToken: null }
  : await bootstrap(env);
// A worker's primary runs the background work; a worker still re-prices the markets it saves.
const stopBackgroundWork = worker
  ? startServingWork(boot.handle.db)
  : startBackgroundWork(boot.handle.db, env, env.PUBLIC_STORE_URL ?? `http://localhost:${env.PORT}`);

let build: ServerBuild | (() => Promise<ServerBuild>);
const assets: RequestHandler[] = [];
const fast: FastHandler[] = [];
if (production) {
  // From memory in the fast lane (app/edge/static-files.server.ts); express.static below serves
  // what that leaves (escaped or odd paths), with the same lifetimes.
  fast.push(staticFiles('build/client'));
  // Fingerprinted assets never change; everything else in public/ gets an hour.
  assets.push(staticFallback('build/client', '1h'));
  build = (await import(new URL('./build/server/index.js', import.meta.url).href)) as ServerBuild;
} else {
  const vite = await import('vite').then((v) => v.createServer({ server: { middlewareMode: true } }));
  assets.push(vite.middlewares, express.static('public', { maxAge: '1h' }));
  build = () => vite.ssrLoadModule('virtual:react-router/server-build') as Promise<ServerBuild>;
}

const server = httpServer({
  build,
  mode: env.NODE_ENV,
  trustProxy: env.TRUST_PROXY,
  errorLog: env.SERVER_ERROR_LOG,
  assets,
  fast,
});

server.listen(env.PORT, env.HOST, () => {
  if (!worker) announceStartup(env, boot);
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
