import { Transform } from 'node:stream';
import { createReadableStreamFromReadable, writeReadableStreamToWritable } from '@react-router/node';
import type { NextFunction, Request, Response } from 'express';
import {
  createRequestHandler as createRouterHandler,
  type RouterContextProvider,
  type ServerBuild,
} from 'react-router';
import { bodyLimitFor } from './body-limits.ts';
import { refuse } from './edge.server.ts';
import { nulWatcher } from './request-shape.ts';

/**
 * React Router's Express adapter, with one difference: the body reaches the app through a counter
 * that fails the stream once the route's limit is passed (chunked bodies carry no Content-Length,
 * and one can lie), or once a urlencoded form shows a NUL (400). The app never sees part of a body: its read fails, the request is aborted (so
 * nothing is logged), and the client gets a 413. @react-router/express reads `req` directly, so
 * the limit cannot be put in front of it.
 */
export function createRequestHandler(options: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  getLoadContext: (req: Request) => RouterContextProvider;
}) {
  const handle = createRouterHandler(options.build, options.mode);
  return async (req: Request, res: Response, next: NextFunction) => {
    const controller = new AbortController();
    let finished = false;
    res.on('finish', () => (finished = true));
    res.on('close', () => finished || controller.abort());
    let refused: 413 | 400 | null = null;
    const init: RequestInit & { duplex?: 'half' } = {
      method: req.method,
      headers: headersOf(req),
      signal: controller.signal,
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const limit = bodyLimitFor(req.path);
      // A form field with NUL (raw or %00) would reach PostgreSQL, which cannot store it.
      const hasNul = /^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')
        ? nulWatcher()
        : null;
      let seen = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          seen += chunk.length;
          if (seen > limit) refused = 413;
          else if (hasNul?.(chunk)) refused = 400;
          if (!refused) return callback(null, chunk);
          controller.abort();
          callback(new Error(refused === 413 ? 'request body over its limit' : 'NUL in a form field'));
        },
      });
      req.pipe(counter);
      init.body = createReadableStreamFromReadable(counter);
      init.duplex = 'half';
    }
    try {
      const response = await handle(new globalThis.Request(urlOf(req), init), options.getLoadContext(req));
      if (refused) return refuse(req, res, refused, { connection: 'close' });
      await send(res, response);
    } catch (error) {
      if (refused) return refuse(req, res, refused, { connection: 'close' });
      next(error);
    }
  };
}

function headersOf(req: Request): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value !== undefined) headers.set(key, value);
  }
  return headers;
}

/** As @react-router/express builds it: the trusted host and port, and the URL as sent. */
function urlOf(req: Request): string {
  const port = (host: string | undefined) => Number.parseInt(host?.split(':')[1] ?? '', 10);
  const forwarded = port(req.get('x-forwarded-host'));
  const direct = port(req.get('host'));
  const p = Number.isSafeInteger(forwarded) ? forwarded : Number.isSafeInteger(direct) ? direct : null;
  return `${req.protocol}://${req.hostname}${p ? `:${p}` : ''}${req.originalUrl}`;
}

async function send(res: Response, response: globalThis.Response): Promise<void> {
  if (res.destroyed || res.writableEnded) {
    await response.body?.cancel();
    return;
  }
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (/text\/event-stream/i.test(response.headers.get('content-type') ?? '')) res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  try {
    await writeReadableStreamToWritable(response.body, res);
  } catch (error) {
    if (!res.destroyed && !res.writableEnded) throw error;
  }
}
