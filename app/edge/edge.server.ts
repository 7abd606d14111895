import type { NextFunction, Request, Response } from 'express';
import { bodyLimitFor } from './body-limits.ts';
import { uiLanguage } from '#app/i18n/config.ts';
import { serverT } from '#app/i18n/server-t.server.ts';
import { parseAcceptLanguage } from '#app/i18n/accept-language.ts';
import { shapeProblem } from './request-shape.ts';

const firstHeader = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The HTTP edge (ADR 0016), first of all middleware: it refuses what no route should see (unknown
 * methods, undecodable or NUL-bearing URLs, JSON posted to a form route, a declared body over the
 * route's limit, a form posted from another site) before static files, React Router or the
 * Storefront API, in the client's language. The limit is enforced again while the body streams,
 * in request-handler.server.ts.
 */

/** Each refusal's message, in the errors namespace (a short text reply: no page asked for these). */
export const EDGE_MESSAGES = {
  400: 'edge.malformed',
  403: 'edge.crossSite',
  404: 'edge.notFound',
  405: 'edge.methodNotAllowed',
  413: 'edge.tooLarge',
  415: 'edge.notAForm',
} as const;

/** The client's preferred UI language, from Accept-Language. */
function replyLanguage(req: Request): string {
  return uiLanguage(parseAcceptLanguage(req.headers['accept-language'] ?? null)[0]?.language ?? 'en');
}

export function refuse(
  req: Request,
  res: Response,
  status: keyof typeof EDGE_MESSAGES,
  headers: Record<string, string> = {},
) {
  if (res.headersSent) return;
  const language = replyLanguage(req);
  res.status(status).set({
    'content-type': 'text/plain; charset=utf-8',
    'content-language': language,
    'cache-control': 'no-store',
    vary: 'Accept-Language',
    ...headers,
  });
  res.end(serverT(language)(`errors:${EDGE_MESSAGES[status]}`));
}

export function edge() {
  return (req: Request, res: Response, next: NextFunction) => {
    const problem = shapeProblem(req.method, req.originalUrl, req.headers['content-type'], {
      origin: req.headers.origin,
      host: firstHeader(req.headers['x-forwarded-host']) ?? req.headers.host,
    });
    if (problem) {
      refuse(req, res, problem.status, problem.status === 405 ? { allow: problem.allow.join(', ') } : {});
      req.resume(); // the body, if any, is discarded unread
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > bodyLimitFor(req.path)) {
      refuse(req, res, 413, { connection: 'close' });
      req.resume();
      return;
    }
    next();
  };
}
