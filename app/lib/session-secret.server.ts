import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '#app/env.server.ts';

/**
 * SESSION_SECRET signs admin session cookies. On PostgreSQL (several app processes)
 * it must be set. On the embedded database a random one is generated once and kept
 * next to the data, so `npm start` works on a fresh machine and restarts keep sessions.
 */
export function resolveSessionSecret(env: Env): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  if (env.DATABASE_URL && env.NODE_ENV === 'production') {
    throw new Error('SESSION_SECRET must be set (32+ characters) when DATABASE_URL is used in production');
  }
  const file = path.join(path.dirname(path.resolve(env.PGLITE_DIR)), 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
