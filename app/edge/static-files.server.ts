import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chooseEncoding, etagMatches, type Encoding } from '#app/page-cache/core/page-rules.ts';
import { strongEtag } from '#app/page-cache/page-store.server.ts';
import type { FastHandler } from './fast-lane.server.ts';

/**
 * The production build's client files (build/client), held in memory and answered in the fast
 * lane (ADR 0027): fingerprinted assets/ for a year (immutable), the rest for an hour, each with a
 * strong ETag and gzip and brotli variants made once at start for text types. Only exact, plain
 * paths are answered; anything else (a query, `%`-escapes, `..`, double slashes, other methods)
 * falls through to Express, so the edge's refusals and express.static still apply.
 */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
  '.html',
  '.ico',
]);
/** What a fast-lane path may look like: one slash between plain segments, no dot-only segment. */
const PLAIN_PATH = /^(?:\/(?!\.{1,2}(?:\/|$))[\w.()@~+-]+)+$/;

const brotliAsync = promisify(brotliCompress);
const brotliAt = (quality: number, size: number) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: size },
});

interface Representation {
  body: Buffer;
  etag: string;
  headers: string[];
}
type StaticFile = Partial<Record<Encoding, Representation>> & { identity: Representation };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** Reads `root` now and answers its files from memory; files of unknown type are left to Express. */
export function staticFiles(root: string): FastHandler {
  const files = new Map<string, StaticFile>();
  const upgrades: (() => Promise<void>)[] = [];
  for (const file of filesUnder(root)) {
    const ext = extname(file).toLowerCase();
    const type = TYPES[ext];
    if (!type) continue;
    const path = `/${relative(root, file).split(sep).join('/')}`;
    if (!PLAIN_PATH.test(path)) continue;
    const cacheControl = path.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=3600';
    const represent = (body: Buffer, encoding: Encoding): Representation => {
      const etag = strongEtag(body, encoding === 'identity' ? '' : `-${encoding}`);
      const headers = ['content-type', type, 'cache-control', cacheControl, 'etag', etag];
      if (COMPRESSIBLE.has(ext)) headers.push('vary', 'Accept-Encoding');
      if (encoding !== 'identity') headers.push('content-encoding', encoding);
      headers.push('content-length', String(body.length));
      return { body, etag, headers };
    };
    const body = readFileSync(file);
    const entry: StaticFile = { identity: represent(body, 'identity') };
    if (COMPRESSIBLE.has(ext) && body.length > 256) {
      const gz = gzipSync(body, { level: 9 });
      // A variant that does not shrink the file is not worth a Content-Encoding.
      if (gz.length < body.length) entry.gzip = represent(gz, 'gzip');
      const br = brotliCompressSync(body, brotliAt(5, body.length));
      if (br.length < body.length) entry.br = represent(br, 'br');
      // Fingerprinted files live a year in browsers: worth brotli's best, which takes seconds for
      // the whole build, so it replaces the quick variant in the background, one file at a time.
      if (entry.br && path.startsWith('/assets/'))
        upgrades.push(async () => {
          const best = await brotliAsync(body, brotliAt(11, body.length));
          if (best.length < entry.br!.body.length) entry.br = represent(best, 'br');
        });
    }
    files.set(path, entry);
  }
  void upgrades.reduce((done, next) => done.then(next), Promise.resolve()).catch(() => undefined);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const file = files.get(req.url ?? '');
    if (!file) return false;
    const chosen = file[chooseEncoding(req.headers['accept-encoding'])] ?? file.identity;
    if (etagMatches(req.headers['if-none-match'], chosen.etag)) {
      res.writeHead(304, chosen.headers.slice(0, -2)); // all but Content-Length
      res.end();
      return true;
    }
    res.writeHead(200, chosen.headers);
    res.end(req.method === 'HEAD' ? undefined : chosen.body);
    return true;
  };
}
