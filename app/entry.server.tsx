import { createReadableStreamFromReadable } from '@react-router/node';
import { pipeline } from 'node:stream';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import {
  isRouteErrorResponse,
  ServerRouter,
  type EntryContext,
  type HandleDataRequestFunction,
} from 'react-router';
import { coalesceChunks } from '#app/lib/coalesce-chunks.ts';
import { stripNul } from '#app/lib/strip-nul.ts';
import { jsonLdBodiesOf } from '#app/storefront/json-ld-bodies.server.ts';
import { JsonLdBodies } from '#app/storefront/json-ld-slot.tsx';
import { hasLocaleChoice } from '#app/storefront/locale-suggestion.server.ts';
import { LAYOUT_ROUTE_ID } from '#app/storefront/use-layout.ts';

export const streamTimeout = 5_000;

/**
 * Streams HTML as soon as the shell is ready; bots (and SPA-mode requests) wait for
 * all content so crawlers see complete pages.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: unknown,
) {
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const waitForAll = isbot(request.headers.get('user-agent') ?? '') || routerContext.isSpaMode;
    const { pipe, abort } = renderToPipeableStream(
      <JsonLdBodies.Provider value={jsonLdBodiesOf(loadContext)}>
        <ServerRouter context={routerContext} url={request.url} />
      </JsonLdBodies.Provider>,
      {
        [waitForAll ? 'onAllReady' : 'onShellReady']() {
          shellRendered = true;
          // React 18.3 can stream stray NUL bytes (see strip-nul.ts); its many small writes go on
          // to the compressor a turn at a time (coalesce-chunks.ts).
          const body = stripNul();
          const sent = coalesceChunks();
          // pipeline, not pipe: a shopper who leaves destroys both, and React stops rendering.
          pipeline(body, sent, () => {});
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          // A page with the locale suggestion was made for this browser's languages before it chose a
          // store: no shared cache may keep it, and the browser must not reuse it once it has chosen.
          const layout = routerContext.staticHandlerContext.loaderData[LAYOUT_ROUTE_ID] as
            { suggestion?: unknown } | undefined;
          if (layout?.suggestion && !/no-store/.test(responseHeaders.get('Cache-Control') ?? ''))
            responseHeaders.set('Cache-Control', 'private, no-cache');
          if (!responseHeaders.has('Cache-Control')) responseHeaders.set('Cache-Control', 'no-cache');
          responseHeaders.set('X-Content-Type-Options', 'nosniff');
          // A page may be stricter (the returns portal's URLs carry a token): never looser.
          if (!responseHeaders.has('Referrer-Policy'))
            responseHeaders.set('Referrer-Policy', 'strict-origin-when-cross-origin');
          resolve(
            new Response(createReadableStreamFromReadable(sent), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // A client that went away mid-stream is not a server error; others are logged once.
          if (shellRendered && !request.signal.aborted) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}

/** The same for client navigations that reload the storefront chrome (and so may carry the suggestion). */
export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => {
  const routes = new URL(request.url).searchParams.get('_routes');
  const loadsLayout = !routes || routes.split(',').includes(LAYOUT_ROUTE_ID);
  if (
    loadsLayout &&
    request.headers.has('accept-language') &&
    !hasLocaleChoice(request.headers.get('cookie'))
  ) {
    response.headers.set('Cache-Control', 'private, no-cache');
  }
  return response;
};

/** Unexpected loader/action/render errors are logged once here; aborted requests are not errors. */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  // A 4xx the router answers itself (no route, a POST to a route without an action) is the
  // client's mistake, not a fault to investigate.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(error);
}
