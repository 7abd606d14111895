import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium, never a downloaded browser. */
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const PORT = Number(process.env.E2E_PORT ?? 3210);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000, toHaveScreenshot: { maxDiffPixelRatio: 0.02, animations: 'disabled' } },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  // The SEO checks crawl and audit the storefront as seeded; they run before the journeys that edit
  // SEO fields and handles (admin.spec.ts), so a crawl never sees a handle change half-way.
  projects: [
    {
      name: 'seo',
      testMatch: /seo-[\w-]+\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    {
      name: 'chromium',
      testIgnore: [/seo-[\w-]+\.spec\.ts/, /admin-basics\.spec\.ts/, /returns\.spec\.ts/],
      dependencies: ['seo'],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    // Staff changes (suspend, remove, roles), returns and the owner's session come after admin.spec.ts, which spends the first-run owner link.
    {
      name: 'admin-basics',
      testMatch: /(admin-basics|returns)\.spec\.ts/,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    // Shopify's Hydrogen skeleton from the registry, built unmodified and crawled against this server
    // (scripts/hydrogen-skeleton.ts). It reads the English store as seeded, so it runs beside the SEO checks.
    {
      name: 'hydrogen-skeleton',
      testDir: 'tests/hydrogen-skeleton',
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
  webServer: [
    {
      // Where the store's emails go, over real SMTP; tests read the messages from .data/e2e-mail.
      command: `rm -rf .data/e2e-mail && MAIL_DIR=.data/e2e-mail SMTP_PORT=${SMTP_PORT} node tests/support/smtp-sink.ts`,
      port: SMTP_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // A production build on a throwaway PGlite database, seeded with the demo store.
      command: `rm -rf .data/e2e && PGLITE_DIR=.data/e2e/pglite SERVER_ERROR_LOG=.data/e2e/server-errors.log OWNER_LINK_FILE=.data/e2e/owner-link SMTP_URL=smtp://127.0.0.1:${SMTP_PORT} PORT=${PORT} NODE_ENV=production node server.ts`,
      url: `http://127.0.0.1:${PORT}/robots.txt`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
    },
  ],
});
