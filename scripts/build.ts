/**
 * `npm run build`: the demo catalog's images, then `react-router build`, with the build's output
 * passed through. One known line is dropped: React Router 7.16's own config loader (vite-node)
 * still passes Vite 8 the deprecated `envFile: false`, which no project setting reaches; it is
 * React Router's to fix, and a newcomer should not read it as their problem.
 *
 *   node scripts/build.ts            # build
 *   node scripts/build.ts --strict   # also fail on any other warning (tests run this)
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import path from 'node:path';

const UPSTREAM_NOISE = ['The `envFile` option is deprecated, please use `envDir: false` instead.'];
const WARNING = /warn|deprecat|externalized for browser compatibility/i;
const strict = process.argv.includes('--strict');

/** Runs a command, echoing its lines except the upstream noise; resolves to [exit code, warnings]. */
function run(command: string, args: string[]): Promise<[number, string[]]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    const warnings: string[] = [];
    const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) =>
      createInterface({ input: stream }).on('line', (line) => {
        // Colour codes would defeat the matching below.
        // eslint-disable-next-line no-control-regex -- matches ANSI escape sequences on purpose
        const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
        if (UPSTREAM_NOISE.some((noise) => plain.includes(noise))) return;
        if (WARNING.test(plain)) warnings.push(plain.trim());
        out.write(`${line}\n`);
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('error', reject);
    child.on('close', (code) => resolve([code ?? 1, warnings]));
  });
}

const steps: Array<[string, string[]]> = [
  [process.execPath, ['scripts/generate-images.ts']],
  // The CLI by path on this Node, so the build works outside `npm run` too (no .bin on PATH).
  [
    process.execPath,
    [
      path.join(
        path.dirname(createRequire(import.meta.url).resolve('@react-router/dev/package.json')),
        'bin.js',
      ),
      'build',
    ],
  ],
];
const found: string[] = [];
for (const [command, args] of steps) {
  const [code, warnings] = await run(command, args);
  if (code !== 0) process.exit(code);
  found.push(...warnings);
}
if (strict && found.length > 0) {
  console.error(
    `The build printed ${found.length} warning line(s); fix them (a newcomer sees them on \`npm start\`):\n${found.map((w) => `  ${w}`).join('\n')}`,
  );
  process.exit(1);
}
