import { appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import compression from 'compression';
import { constants as zlibConstants } from 'node:zlib';
import express, { type RequestHandler } from 'express';
import { RouterContextProvider, type ServerBuild } from 'react-router';
import { runAsShare } from './db/fair-share.ts';
import { edge } from './edge/edge.server.ts';
import { withFastLane, type FastHandler } from './edge/fast-lane.server.ts';
import { createRequestHandler } from './edge/request-handler.server.ts';
import { clientAddressContext } from './lib/client-address.ts';
import { pageCacheFromEnv, type PageCache } from './page-cache/page-cache.server.ts';
import { storefrontApiFastPath } from './storefront-api/http-fast-path.server.ts';

/**
 * The Express stack in front of the React Router build, in order: the 5xx log, the edge (ADR 0016),
 * compression, the caller's static files (or Vite's dev middleware), then the app. server.ts and
 * the route fuzz suite (tests/fuzz/) mount this same stack.
 */
export interface HttpAppOptions {
  /**
   * The build itself in production. A function (Vite's, in development) makes React Router set up
   * its route tables again on every request, which cost a few percent of each one.
   */
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  /** Express "trust proxy" (TRUST_PROXY). */
  trustProxy?: string;
  /** Append every 5xx to this file (SERVER_ERROR_LOG). */
  errorLog?: string;
  /** Served after the edge and before the app: static files, Vite's middleware. */
  assets?: RequestHandler[];
  /** The page cache (ADR 0027): its capture runs just before the app. httpServer makes one from env. */
  pageCache?: PageCache | null;
}

export function httpApp(options: HttpAppOptions) {
  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer, TRUST_PROXY names the hops to trust so req.ip is the shopper's address.
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  // A 5xx is a bug: with an error log set (the e2e suite), each one is written down.
  const errorLog = options.errorLog;
  if (errorLog)
    app.use((req, res, next) => {
      res.on('finish', () => {
        if (res.statusCode >= 500)
          appendFileSync(
            errorLog,
            `${new Date().toISOString()} ${res.statusCode} ${req.method} ${req.originalUrl}\n`,
          );
      });
      next();
    });
  // Each request's database queries take turns with other requests' (app/db/fair-share.ts).
  app.use((_req, _res, next) => runAsShare(next));
  // Before anything reads a request: methods, URL shape, body type and size (app/edge/).
  app.use(edge());
  // Brotli's default 4 MB window makes each response's encoder allocate megabytes: with 32 pages
  // streaming at once that halved page throughput (docs/research/issue-17-page-profile.md). A 256 KB
  // window holds any page whole, so pages compress exactly as well.
  app.use(compression({ brotli: { params: { [zlibConstants.BROTLI_PARAM_LGWIN]: 18 } } }));
  for (const handler of options.assets ?? []) app.use(handler);
  if (options.pageCache) app.use(options.pageCache.capture);
  app.all(
    /.*/,
    createRequestHandler({
      build: options.build,
      mode: options.mode,
      getLoadContext: (req) => {
        const context = new RouterContextProvider();
        context.set(clientAddressContext, req.ip ?? req.socket.remoteAddress ?? 'unknown');
        return context;
      },
    }),
  );
  return app;
}

/**
 * The HTTP server: the fast lane (app/edge/fast-lane.server.ts) in front of httpApp's stack.
 * server.ts listens on it; tests that want the whole production path do too.
 */
export function httpServer(options: HttpAppOptions & { fast?: FastHandler[] }): Server {
  const fast: FastHandler[] = [...(options.fast ?? [])];
  const pageCache = options.pageCache === undefined ? pageCacheFromEnv() : options.pageCache;
  const app = httpApp({ ...options, pageCache });
  // The Storefront API before Express (app/storefront-api/http-fast-path.server.ts).
  fast.push(storefrontApiFastPath({ trust: app.get('trust proxy fn'), errorLog: options.errorLog }));
  // Anonymous pages already rendered (app/page-cache/).
  if (pageCache) fast.push(pageCache.serve);
  return createServer(withFastLane(fast, app));
}
