/**
 * Shopify's Hydrogen skeleton template, taken from the registry as a new user gets it, installed and
 * built for the crawl in tests/hydrogen-skeleton (issue 16). Nothing of it lives in the repository:
 * it is unpacked, installed and built under ~/.cache/meridian-hydrogen-skeleton/<version>-<key>,
 * where <key> hashes every input that decides its content, so the next run reuses it.
 *
 * "Unmodified" means the template's code: the one edit is its `@shopify/hydrogen` pin, set to the
 * version Meridian installs, so the crawl tests the Hydrogen Meridian promises to serve.
 *
 *   node scripts/hydrogen-skeleton.ts   # prepare (or reuse) and print where it is
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The latest `@shopify/create-hydrogen`; its skeleton is Hydrogen 2026.4 (see the research note). */
export const CREATE_HYDROGEN_VERSION = '5.0.39';
const STARTER = 'package/dist/assets/hydrogen/starter';
const ROOT = path.resolve(import.meta.dirname, '..');
/** Entries unused this long are removed when another is prepared (each is about 600 MB). */
const STALE_MS = 7 * 24 * 3600_000;

export interface Skeleton {
  dir: string;
  createHydrogen: string;
  hydrogen: string;
  /** True when the cache already held this build. */
  reused: boolean;
  ms: number;
}

/** The `@shopify/hydrogen` version Meridian has installed (its package.json is not an export). */
export function meridianHydrogenVersion(): string {
  const manifest = path.join(ROOT, 'node_modules/@shopify/hydrogen/package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Where built skeletons are kept: HYDROGEN_SKELETON_CACHE, else the user's cache folder. Inside the
 * repository only under .data/, which git, ESLint, Prettier and tsc all skip, so no part of the
 * template can be committed, linted or type-checked as Meridian's.
 */
export function cacheRoot(): string {
  const base = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
  const root = path.resolve(
    process.env.HYDROGEN_SKELETON_CACHE ?? path.join(base, 'meridian-hydrogen-skeleton'),
  );
  const inRepo = path.relative(ROOT, root);
  if (!inRepo.startsWith('..') && !path.isAbsolute(inRepo) && !inRepo.startsWith(`.data${path.sep}`))
    throw new Error(`Keep the Hydrogen skeleton outside the repository or under .data/, not in ${root}`);
  return root;
}

/**
 * Environment for the skeleton's npm and Shopify CLI: this Node first on PATH (the skeleton wants
 * 22 or 24), and the CLI kept off the network: `CI` skips its upgrade check and notifications
 * fetch, and analytics are off. The parent npm script's package variables are dropped.
 */
export function skeletonEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!/^(npm_package_|npm_lifecycle_|INIT_CWD$)/.test(name)) env[name] = value;
  return {
    ...env,
    PATH: [path.dirname(process.execPath), env.PATH].filter(Boolean).join(path.delimiter),
    CI: '1',
    SHOPIFY_CLI_NO_ANALYTICS: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

/** Runs a command to completion; on failure the error carries its last output lines. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  log: (line: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: skeletonEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        log(line);
        tail.push(line);
        if (tail.length > 40) tail.shift();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`${command} ${args.join(' ')} exited with ${code} in ${cwd}:\n${tail.join('\n')}`),
          ),
    );
  });
}

function cacheKey(hydrogen: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        createHydrogen: CREATE_HYDROGEN_VERSION,
        hydrogen,
        node: process.versions.node.split('.')[0],
        platform: process.platform,
        arch: process.arch,
        // Changing how the skeleton is prepared changes the key, so a stale build is never reused.
        recipe: createHash('sha256')
          .update(readFileSync(fileURLToPath(import.meta.url)))
          .digest('hex'),
      }),
    )
    .digest('hex')
    .slice(0, 12);
}

/** Removes unfinished work and builds nobody used for a week, keeping `keep`. */
function prune(root: string, keep: string) {
  for (const name of readdirSync(root)) {
    const entry = path.join(root, name);
    if (entry === keep) continue;
    if (Date.now() - statSync(entry).mtimeMs > (name.startsWith('.tmp-') ? 3600_000 : STALE_MS))
      rmSync(entry, { recursive: true, force: true });
  }
}

/**
 * The skeleton, installed and built: from the cache when it holds this build, otherwise fetched
 * with `npm pack`, installed with `npm install` (the template ships no lockfile; peer ranges are
 * honoured, never forced) and built with its own `npm run build`. Work happens in a temporary
 * folder renamed into place when complete, so an interrupted or concurrent run never leaves a
 * half-built entry behind.
 */
export async function prepareSkeleton(log: (line: string) => void = () => {}): Promise<Skeleton> {
  const started = Date.now();
  const hydrogen = meridianHydrogenVersion();
  const root = cacheRoot();
  const dir = path.join(root, `${CREATE_HYDROGEN_VERSION}-${cacheKey(hydrogen)}`);
  const done = (reused: boolean): Skeleton => {
    const now = new Date();
    utimesSync(dir, now, now);
    return { dir, createHydrogen: CREATE_HYDROGEN_VERSION, hydrogen, reused, ms: Date.now() - started };
  };
  if (existsSync(path.join(dir, 'dist/server/index.js'))) return done(true);

  mkdirSync(root, { recursive: true });
  prune(root, dir);
  const work = mkdtempSync(path.join(root, '.tmp-'));
  try {
    log(`Fetching @shopify/create-hydrogen@${CREATE_HYDROGEN_VERSION} from the registry`);
    await run('npm', ['pack', `@shopify/create-hydrogen@${CREATE_HYDROGEN_VERSION}`, '--silent'], work, log);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack left no tarball in ${work}`);
    await run('tar', ['-xzf', tarball, STARTER], work, log);
    const app = path.join(work, STARTER);

    const manifestPath = path.join(app, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      dependencies: Record<string, string>;
    };
    log(
      `Aligning @shopify/hydrogen ${manifest.dependencies['@shopify/hydrogen']} → ${hydrogen} (Meridian's)`,
    );
    manifest.dependencies['@shopify/hydrogen'] = hydrogen;
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

    log('Installing the skeleton (npm install)');
    await run('npm', ['install', '--no-audit', '--no-fund'], app, log);
    log('Building the skeleton (its own npm run build)');
    await run('npm', ['run', 'build'], app, log);
    if (!existsSync(path.join(app, 'dist/server/index.js')))
      throw new Error('The skeleton build wrote no worker');

    try {
      renameSync(app, dir);
    } catch (error) {
      // Another run finished the same build first; use theirs.
      if (!existsSync(path.join(dir, 'dist/server/index.js'))) throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return done(false);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const skeleton = await prepareSkeleton((line) => console.log(line));
  console.log(
    `Hydrogen skeleton (create-hydrogen ${skeleton.createHydrogen}, @shopify/hydrogen ${skeleton.hydrogen}) ` +
      `${skeleton.reused ? 'reused' : 'built'} in ${(skeleton.ms / 1000).toFixed(1)} s: ${skeleton.dir}`,
  );
}
