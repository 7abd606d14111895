import { readdirSync } from 'node:fs';
import express, { type RequestHandler } from 'express';

/**
 * express.static for what the fast lane's in-memory files leave (escaped or odd paths), asked only
 * for URLs whose first segment names something at the top of `root`. Every other URL (a page, a
 * cart post) would otherwise cost a failed file-system lookup per static root on its way to the
 * app. Fingerprinted files under `assets/` are served for a year; the rest with `maxAge`.
 */
export function staticFallback(root: string, maxAge: string): RequestHandler {
  const topLevel = new Set(readdirSync(root));
  const assets = express.static(`${root}/assets`, { immutable: true, maxAge: '1y' });
  const rest = express.static(root, { maxAge });
  return (req, res, next) => {
    const first = req.path.split('/', 2)[1] ?? '';
    let name: string;
    try {
      name = decodeURIComponent(first);
    } catch {
      return next(); // a malformed escape names no file; the app answers it
    }
    if (!topLevel.has(name)) return next();
    if (name !== 'assets') return rest(req, res, next);
    // Mounted as Express mounts a path: the handler sees the URL below /assets.
    const url = req.url;
    req.url = url.slice('/assets'.length) || '/';
    return assets(req, res, (error?: unknown) => {
      req.url = url;
      if (error) return next(error);
      return rest(req, res, next);
    });
  };
}
