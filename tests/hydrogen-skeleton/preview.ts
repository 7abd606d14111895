/**
 * Serves the built Hydrogen skeleton with its own `shopify hydrogen preview` (MiniOxygen, offline)
 * against a running Meridian, and keeps everything it prints as the server log the crawl checks.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from '../support/free-port.ts';
import os from 'node:os';
import path from 'node:path';
import { skeletonEnv } from '../../scripts/hydrogen-skeleton.ts';

export interface Preview {
  origin: string;
  /** Everything the preview server printed so far. */
  log(): string;
  stop(): Promise<void>;
}

export async function startPreview(options: {
  dir: string;
  /** Meridian's origin with its scheme, as a user sets PUBLIC_STORE_DOMAIN. */
  storeDomain: string;
  token: string;
  /** A copy of the log is appended here. */
  logFile: string;
}): Promise<Preview> {
  // The .env lives outside the cached skeleton, which other runs share.
  const envDir = mkdtempSync(path.join(os.tmpdir(), 'meridian-skeleton-env-'));
  const envFile = path.join(envDir, '.env');
  writeFileSync(
    envFile,
    [
      `PUBLIC_STORE_DOMAIN=${options.storeDomain}`,
      `PUBLIC_STOREFRONT_API_TOKEN=${options.token}`,
      `PUBLIC_CHECKOUT_DOMAIN=${new URL(options.storeDomain).host}`,
      `SESSION_SECRET=${randomBytes(24).toString('hex')}`,
      '',
    ].join('\n'),
  );
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  writeFileSync(options.logFile, '');

  const port = await freePort();
  const cli = path.join(options.dir, 'node_modules/@shopify/cli/bin/run.js');
  // Its own process group, so stopping it also stops the workerd child it starts.
  const child = spawn(
    process.execPath,
    [cli, 'hydrogen', 'preview', '--port', String(port), '--env-file', envFile],
    { cwd: options.dir, env: skeletonEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const collect = (chunk: Buffer) => {
    log += chunk.toString();
    appendFileSync(options.logFile, chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let running = true;
  // If the test process ends without stop(), the server must not outlive it.
  const orphaned = () => running && child.pid && process.kill(-child.pid, 'SIGKILL');
  process.once('exit', orphaned);
  void exited.then(() => {
    running = false;
    process.off('exit', orphaned);
  });

  const stop = async () => {
    if (running && child.pid) {
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => running && child.pid && process.kill(-child.pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(envDir, { recursive: true, force: true });
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (!running) {
      await stop();
      throw new Error(`shopify hydrogen preview exited before serving:\n${log}`);
    }
    // robots.txt asks nothing of the Storefront API: the server is up once it answers.
    const up = await fetch(`${origin}/robots.txt`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`shopify hydrogen preview did not answer within 2 minutes:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { origin, log: () => log, stop };
}
