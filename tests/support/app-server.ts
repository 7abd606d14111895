import { createServer, type Server } from 'node:http';
import type { ServerBuild } from 'react-router';
import { createServer as createVite } from 'vite';
import type { DbHandle } from '#app/db/client.server.ts';
import type { httpApp, httpServer } from '#app/http-app.server.ts';
import type { createPageCache, PageCache } from '#app/page-cache/page-cache.server.ts';
import { onLoopback } from './loopback.ts';

/**
 * The whole store (edge, pages, forms, admin, Storefront API) on a real HTTP port over a test
 * database: server.ts's stack in development mode, compiled by Vite as `npm run dev` does. The app
 * is loaded through Vite's module graph, not the test's, so the database handle is set there.
 * With `pageCacheBytes`, the whole of server.ts's front (httpServer: fast lane, page cache) with a
 * page cache of that size.
 */
export async function startAppServer(
  handle: DbHandle,
  options: { pageCacheBytes?: number } = {},
): Promise<{
  origin: string;
  build: ServerBuild;
  /** The page cache, when one was asked for. */
  pageCache: PageCache | null;
  /** A module of the app as the server runs it (Vite's graph, not the test's). */
  load: <T>(id: string) => Promise<T>;
  close(): Promise<void>;
}> {
  const vite = await createVite({
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    logLevel: 'error',
  });
  const load = <T>(id: string) => vite.ssrLoadModule(id) as Promise<T>;
  const { setDbHandle } = await load<typeof import('#app/db/client.server.ts')>('/app/db/client.server.ts');
  setDbHandle(handle);
  const http = await load<{ httpApp: typeof httpApp; httpServer: typeof httpServer }>(
    '/app/http-app.server.ts',
  );
  const build = () => load<ServerBuild>('virtual:react-router/server-build');
  const stack = { build, mode: 'development', assets: [vite.middlewares] };
  let pageCache: PageCache | null = null;
  let server: Server;
  if (options.pageCacheBytes === undefined) server = createServer(http.httpApp(stack));
  else {
    const pages = await load<{ createPageCache: typeof createPageCache }>(
      '/app/page-cache/page-cache.server.ts',
    );
    pageCache = pages.createPageCache({ maxBytes: options.pageCacheBytes });
    server = http.httpServer({ ...stack, pageCache });
  }
  const listening = await onLoopback(server);
  return {
    build: await build(),
    load,
    pageCache,
    origin: listening.origin,
    async close() {
      pageCache?.close();
      await listening.close();
      await vite.close();
    },
  };
}
