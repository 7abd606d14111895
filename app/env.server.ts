import { z } from 'zod';

/** Every environment variable Meridian reads, validated once at start (documented in .env.example). */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** postgres://… uses PostgreSQL; unset uses embedded PGlite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  PGLITE_DIR: z.string().default('.data/pglite'),
  /** PGlite's shared_buffers: pages kept in its WebAssembly memory, which never shrinks (RSS against re-reads). */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^[1-9]\d*(kB|MB|GB)$/, 'must be a size like 32MB')
    .default('32MB'),
  /** Public origin used in absolute URLs (canonical, sitemap, images). Defaults to the request origin. */
  PUBLIC_STORE_URL: z.url().optional(),
  /** Signs admin session cookies; required with DATABASE_URL in production (see session-secret.server.ts). */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Email of the owner account created on an empty store. */
  OWNER_EMAIL: z.email().default('owner@example.com'),
  /** If set, the first-run owner sign-in link is also written to this file (mode 0600), for automation. */
  OWNER_LINK_FILE: z.string().optional(),
  /** If set, every response with a 5xx status is also appended to this file (the e2e suite fails on any). */
  SERVER_ERROR_LOG: z.string().optional(),
  /** Express "trust proxy" setting (e.g. 1, or loopback) when running behind a load balancer. */
  TRUST_PROXY: z.string().optional(),
  /** ECB-format eurofxref XML to import exchange rates from on a schedule (e.g. the ECB's daily feed). */
  FX_RATES_URL: z.url().optional(),
  /** How often the scheduled import runs. */
  FX_RATES_INTERVAL_MINUTES: z.coerce.number().int().min(5).default(360),
  /** Stripe secret key (sk_…): selects the Stripe payment provider; unset uses the test provider. */
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_/, 'must be a Stripe secret key')
    .optional(),
  /** Stripe publishable key (pk_…) for the Payment Element in the browser. */
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(test|live)_/, 'must be a Stripe publishable key')
    .optional(),
  /** Signing secret of the /webhooks/stripe endpoint (whsec_…). */
  STRIPE_WEBHOOK_SECRET: z.string().min(10).optional(),
  /** Signing secret of /webhooks/tracking, where the carrier-tracking service reports deliveries. */
  TRACKING_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** Tests only: send Stripe API calls to this base URL (a Stripe-protocol test server). */
  STRIPE_API_BASE: z.url().optional(),
  /** SMTP server for outgoing email (smtp://user:pass@host:587); unset keeps emails in the admin's dev mailbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** US sales tax by ZIP from a published rate table (Avalara's "Tax rates by ZIP code" CSV); unset: state base rates. */
  TAX_RATE_TABLE: z.string().optional(),
  /** Sender address for outgoing email. */
  MAIL_FROM: z.string().default('Aurora & Oak <orders@example.com>'),
  /** Entries in the shared Storefront API result cache. */
  STOREFRONT_CACHE_MAX_ENTRIES: z.coerce.number().int().min(0).default(5000),
  /** `off` disables the Storefront API result cache on both the HTTP API and the in-process client (benchmarks of engine cost). */
  STOREFRONT_RESULT_CACHE: z.enum(['on', 'off']).default('on'),
  /** Bytes the Storefront API result cache may hold. */
  STOREFRONT_CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(32 * 1024 * 1024),
  /** `off` disables the anonymous page cache (docs/decisions/0027-page-cache-and-event-bus.md). */
  PAGE_CACHE: z.enum(['on', 'off']).default('on'),
  /** Bytes the page cache may hold (bodies, compressed variants included). */
  PAGE_CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(32 * 1024 * 1024),
  /** HTTP worker processes; more than one needs DATABASE_URL (PGlite is single-process). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function getEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  if (source === process.env) cached = parsed.data;
  return parsed.data;
}
