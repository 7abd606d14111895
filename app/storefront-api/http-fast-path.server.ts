import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { getDb } from '#app/db/client.server.ts';
import { runAsShare } from '#app/db/fair-share.ts';
import { BODY_LIMITS } from '#app/edge/body-limits.ts';
import { EDGE_MESSAGES } from '#app/edge/edge.server.ts';
import type { FastHandler } from '#app/edge/fast-lane.server.ts';
import { shapeProblem } from '#app/edge/request-shape.ts';
import { getEnv } from '#app/env.server.ts';
import { parseAcceptLanguage } from '#app/i18n/accept-language.ts';
import { uiLanguage } from '#app/i18n/config.ts';
import { serverT } from '#app/i18n/server-t.server.ts';
import {
  HTTP_CACHE_POLICY,
  httpResultCache,
  isSharedOperation,
  isStorableReply,
  replySize,
  type StoredReply,
} from './http-result-cache.server.ts';
import { STOREFRONT_API_VERSION } from './schema/official-schema.server.ts';
import { storefrontYoga, tokenScope } from './yoga.server.ts';
import { ownBytes } from '#app/lib/own-bytes.ts';

const gzip = promisify(gzipCallback);

/** The API's path; anything else under /api/ (another version too) takes the long way. */
const API_PATH = new RegExp(`^/api/${STOREFRONT_API_VERSION}/graphql\\.json(?:\\?|$)`);
/** Below this a gzip saves too little to be worth it (compression()'s threshold). */
const GZIP_MIN_BYTES = 1024;

export interface ApiFastPathOptions {
  /** Express's compiled "trust proxy" function (`app.get('trust proxy fn')`). */
  trust?: (address: string, hop: number) => boolean;
  /** Append every 5xx to this file (SERVER_ERROR_LOG), as httpApp does. */
  errorLog?: string;
}

/**
 * The Storefront API in the fast lane (ADR 0027): POST, GET and OPTIONS of
 * /api/2026-04/graphql.json are answered here, before Express, compression and React Router's
 * matching. Requests the edge would refuse (method, URL shape, declared size) and bodies that
 * are not JSON go on to the Express stack unread, so its refusals stay as they are. A hit in the
 * result cache costs a body read, a hash, the cached token check and one write; anything else is
 * Yoga's, exactly as the route answers it.
 */
export function storefrontApiFastPath(options: ApiFastPathOptions = {}): FastHandler {
  return (req, res) => {
    const url = req.url ?? '';
    if (!API_PATH.test(url)) return false;
    const method = req.method ?? '';
    if (method !== 'POST' && method !== 'GET' && method !== 'OPTIONS') return false;
    const headers = req.headers;
    if (shapeProblem(method, url, headers['content-type'], { origin: headers.origin, host: headers.host }))
      return false;
    if (Number(headers['content-length'] ?? 0) > BODY_LIMITS.api) return false;
    // Forms and multipart go to the long way's NUL watch and Yoga's parsers there.
    if (method === 'POST' && !/^application\/json\b/i.test(headers['content-type'] ?? '')) return false;
    return runAsShare(() =>
      serve(req, res, method, options).then(
        () => true,
        (error: unknown) => {
          console.error(error);
          if (!res.headersSent) {
            res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ errors: [{ message: 'Unexpected error.' }] }));
            logServerError(options, 500, method, url);
          } else res.destroy();
          return true;
        },
      ),
    );
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  options: ApiFastPathOptions,
): Promise<void> {
  let body: Buffer | undefined;
  if (method === 'POST') {
    const read = await readLimited(req, BODY_LIMITS.api);
    if (!read) return refuseTooLarge(req, res);
    body = read;
  }
  const origin = requestOrigin(req, options.trust);
  const cache = method === 'OPTIONS' ? null : httpResultCache();
  const scope = cache
    ? await tokenScope(
        getDb(),
        header(req, 'x-shopify-storefront-access-token'),
        header(req, 'shopify-storefront-private-token'),
      )
    : null;
  if (!cache || !scope) return send(req, res, await viaYoga(req, method, origin, body), options);

  // Everything the reply can depend on: the operation (document, name, variables, so @inContext
  // too), the public origin in its URLs, the token's scope, and the headers Yoga's reply varies on.
  const hash = createHash('sha256');
  hash.update(`${scope}\n${origin}\n${header(req, 'accept') ?? ''}\n${header(req, 'origin') ?? ''}\n`);
  hash.update(method === 'GET' ? (req.url ?? '') : body!);
  const key = hash.digest('base64');
  const hit = cache.peek(key);
  if (hit) return send(req, res, hit, options);
  const operation = method === 'GET' ? operationOfQueryString(req.url ?? '') : operationOfBody(body!);
  if (!operation || !isSharedOperation(operation.query, operation.operationName))
    return send(req, res, await viaYoga(req, method, origin, body), options);
  const reply = await cache.getOrLoad(
    key,
    HTTP_CACHE_POLICY,
    () => viaYoga(req, method, origin, body),
    replySize,
    isStorableReply,
  );
  return send(req, res, reply, options);
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The body, or null once it passes `limit` (counted as it streams: chunked bodies and lying lengths alike). */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let seen = 0;
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limit) {
        req.off('data', onData);
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks, seen)));
    req.on('error', reject);
  });
}

/** The edge's 413, in the client's language; the connection closes so the rest is never read. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  const language = uiLanguage(
    parseAcceptLanguage(header(req, 'accept-language') ?? null)[0]?.language ?? 'en',
  );
  res.writeHead(413, {
    'content-type': 'text/plain; charset=utf-8',
    'content-language': language,
    'cache-control': 'no-store',
    vary: 'Accept-Language',
    connection: 'close',
  });
  res.end(serverT(language)(`errors:${EDGE_MESSAGES[413]}`));
}

/**
 * The public origin for URLs in results, as the Express route computes it: PUBLIC_STORE_URL, else
 * the request's protocol, host and port (X-Forwarded-* when the hop is trusted).
 */
function requestOrigin(req: IncomingMessage, trust: ApiFastPathOptions['trust']): string {
  const configured = getEnv().PUBLIC_STORE_URL;
  if (configured) return configured.replace(/\/$/, '');
  const trusted = !!trust && trust(req.socket.remoteAddress ?? '', 0);
  const forwardedProto = trusted ? header(req, 'x-forwarded-proto')?.split(',')[0]?.trim() : undefined;
  const protocol = forwardedProto || ('encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http');
  const forwardedHost = header(req, 'x-forwarded-host');
  const host = (trusted && forwardedHost ? forwardedHost.split(',')[0]!.trim() : header(req, 'host')) ?? '';
  const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  const port = (value: string | undefined) => Number.parseInt(value?.split(':')[1] ?? '', 10);
  const p = Number.isSafeInteger(port(forwardedHost)) ? port(forwardedHost) : port(header(req, 'host'));
  return new URL(`${protocol}://${hostname}${Number.isSafeInteger(p) ? `:${p}` : ''}`).origin;
}

interface Operation {
  query: unknown;
  operationName: unknown;
}

function operationOfBody(body: Buffer): Operation | null {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const { query, operationName } = parsed as Record<string, unknown>;
    return { query, operationName };
  } catch {
    return null;
  }
}

function operationOfQueryString(url: string): Operation | null {
  const q = url.indexOf('?');
  if (q < 0) return null;
  const params = new URLSearchParams(url.slice(q + 1));
  return { query: params.get('query'), operationName: params.get('operationName') };
}

/** Yoga's answer to the request, read whole. */
async function viaYoga(
  req: IncomingMessage,
  method: string,
  origin: string,
  body: Buffer | undefined,
): Promise<StoredReply> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const request = new Request(`${origin}${req.url ?? ''}`, {
    method,
    headers,
    body: body ? new Uint8Array(body) : undefined,
  });
  const response = await storefrontYoga().fetch(request, { db: getDb(), origin });
  const replyHeaders: [string, string][] = [];
  response.headers.forEach((value, name) => {
    // Lower case, so the length and Vary written in send() replace Yoga's instead of doubling them.
    const lower = name.toLowerCase();
    if (lower !== 'content-length') replyHeaders.push([lower, value]);
  });
  return {
    status: response.status,
    headers: replyHeaders,
    body: ownBytes(new Uint8Array(await response.arrayBuffer())),
  };
}

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/i.test(header(req, 'accept-encoding') ?? '');

async function send(
  req: IncomingMessage,
  res: ServerResponse,
  reply: StoredReply,
  options: ApiFastPathOptions,
): Promise<void> {
  const compressible = reply.body.length >= GZIP_MIN_BYTES;
  let payload = reply.body;
  if (compressible && acceptsGzip(req)) {
    // Kept on the reply: a cached one is compressed once for every client after.
    reply.gzip ??= ownBytes(await gzip(reply.body));
    payload = reply.gzip;
  }
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of reply.headers) out[name] = value;
  if (compressible) {
    out.vary = out.vary ? `${out.vary}, Accept-Encoding` : 'Accept-Encoding';
    if (payload !== reply.body) out['content-encoding'] = 'gzip';
  }
  out['content-length'] = String(payload.length);
  res.writeHead(reply.status, out);
  res.end(payload);
  if (reply.status >= 500) logServerError(options, reply.status, req.method ?? '', req.url ?? '');
}

function logServerError(options: ApiFastPathOptions, status: number, method: string, url: string): void {
  if (options.errorLog)
    appendFileSync(options.errorLog, `${new Date().toISOString()} ${status} ${method} ${url}\n`);
}
