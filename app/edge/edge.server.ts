import type { NextFunction, Request, Response } from 'express';
import { bodyLimitFor } from './body-limits.ts';
import { shapeProblem } from './request-shape.ts';

/**
 * The HTTP edge (ADR 0016), first of all middleware: it refuses what no route should see (unknown
 * methods, undecodable or NUL-bearing URLs, JSON posted to a form route, a declared body over the
 * route's limit) before static files, React Router or the Storefront API. The limit is enforced
 * again while the body streams, in request-handler.server.ts.
 */

export const EDGE_MESSAGES = {
  405: 'This method is not allowed here.',
  400: 'The request is malformed (an undecodable URL, or a NUL character).',
  404: 'Not found.',
  413: 'The request body is too large.',
  415: 'This address accepts form submissions only.',
} as const;

export function refuse(
  res: Response,
  status: keyof typeof EDGE_MESSAGES,
  headers: Record<string, string> = {},
) {
  if (res.headersSent) return;
  res.status(status).set({
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(EDGE_MESSAGES[status]);
}

export function edge() {
  return (req: Request, res: Response, next: NextFunction) => {
    const problem = shapeProblem(req.method, req.originalUrl, req.headers['content-type']);
    if (problem) {
      refuse(res, problem.status, problem.status === 405 ? { allow: problem.allow.join(', ') } : {});
      req.resume(); // the body, if any, is discarded unread
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > bodyLimitFor(req.path)) {
      refuse(res, 413, { connection: 'close' });
      req.resume();
      return;
    }
    next();
  };
}
