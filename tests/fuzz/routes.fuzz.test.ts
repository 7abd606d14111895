import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import type * as Guard from '#app/admin/guard.server.ts';
import { signedIn, type AdminSession } from '#tests/support/admin-requests.ts';
import { startAppServer } from '#tests/support/app-server.ts';
import { PAYMENT_CTX, readyCheckout, variantIdBySku } from '#tests/support/checkout.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { markDelivered } from '#app/modules/orders/delivery.server.ts';
import { fulfilOrder, orderByCart } from '#app/modules/orders/orders.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { portalToken } from '#app/modules/returns/portal-token.server.ts';
import { cachedFingerprint, changedTables } from '#tests/support/db-fingerprint.ts';
import { rawRequest, type RawResponse } from '#tests/support/raw-http.ts';
import { createTestDb } from '#tests/support/test-db.ts';
import { ceiling } from './ceiling.ts';
import { formVocabulary } from './form-vocabulary.ts';
import { hostileString } from './hostile-values.ts';
import { fillPattern, routeInventory, type RouteInfo } from './route-inventory.ts';
import { CEILING_MS, FUZZ_TIMEOUT_MS, RUNS, SEED } from './settings.ts';

/**
 * Every route of the store over real HTTP (issue 12): every method, hostile paths and query
 * strings, and every form action with missing, duplicated and wrongly typed fields. Nothing answers
 * with a 5xx or a dropped connection, no response takes longer than a second, a GET writes
 * nothing, and a refused request (4xx) leaves the database as it was. Routes and form fields are
 * read from the build and the source, so a new route or field is fuzzed without being listed here.
 */

/** Tables a refused or read-only request may still write, and why. */
const BOOKKEEPING = [
  'rate_limits', // failed sign-ins and guesses are counted: that is how they get refused
  'not_found_log', // a 404 is recorded for the redirect suggestions in the SEO admin
] as const;

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND'];

let handle: DbHandle;
let app: Awaited<ReturnType<typeof startAppServer>>;
let routes: RouteInfo[];
let cartToken: string;
/** The returns portal's signed link to a delivered order, so its forms are reached, not 404ed. */
let portal: string;
let newSession: () => Promise<AdminSession>;
let fingerprint: () => Promise<Map<string, string>>;
let owner: AdminSession;
let guard: typeof Guard;
const vocabulary = formVocabulary();
const limit = ceiling();

beforeAll(async () => {
  handle = await createTestDb('seeded');
  app = await startAppServer(handle);
  fingerprint = cachedFingerprint(handle.db);
  routes = routeInventory(app.build);
  // The authenticator the server uses, over this file's database (another file may have made one).
  guard = await app.load<typeof Guard>('/app/admin/guard.server.ts');
  guard.setAdminAuth(undefined);
  let n = 0;
  newSession = () =>
    signedIn(handle.db, guard.adminAuth(), `fuzz-${++n}@shop.test`, 'owner', { password: null });
  owner = await newSession();
  const sweater = await variantIdBySku(handle.db, 'AO-MER-OAT-M');
  cartToken = (
    await readyCheckout(handle.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: sweater, quantity: 1 }],
    })
  ).token;
  const order = await placedOrder(handle.db, sweater);
  await fulfilOrder(
    handle.db,
    order.id,
    { trackingNumber: 'FUZZ1234', trackingCompany: null, staffId: owner.id },
    () => ({
      kind: 'shipping-confirmation',
      to: order.email,
      locale: 'en',
      subject: 's',
      html: 'h',
      text: 't',
    }),
  );
  await markDelivered(handle.db, order.id, { at: new Date(), source: 'staff' });
  portal = portalToken(order.id, new Date());
  // Compile every route once (Vite compiles on first use), so the ceiling measures answers, not builds.
  for (const route of routes) await send('GET', samplePath(route), { session: owner, timed: false });
}, 180_000);

afterAll(async () => {
  // The authenticator lives on globalThis; the next file in this worker must not get this one.
  guard?.setAdminAuth(undefined);
  await app?.close();
  await handle?.close();
});

/** A path a shopper or a member of staff would use for the route, with real handles and ids. */
function samplePath(route: RouteInfo, locale?: string): string {
  const p = route.pattern;
  return fillPattern(p, (param) => {
    if (param === 'locale') return locale;
    if (param === 'handle')
      return p.includes('products') ? 'merino-crew-sweater' : p.includes('pages') ? 'about' : 'knitwear';
    if (param === 'token')
      return p.startsWith('app') ? 'not-a-real-token' : p.includes('returns') ? portal : cartToken;
    if (param === 'type') return 'product';
    if (param === 'version') return '2026-04';
    if (param === 'file') return 'en-us.xml';
    if (param === '*') return 'no-such-page';
    return '1';
  });
}

interface SendOptions {
  session?: AdminSession;
  body?: string | Uint8Array;
  contentType?: string;
  origin?: string;
  timed?: boolean;
}

async function send(method: string, path: string, options: SendOptions = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { origin: options.origin ?? app.origin };
  if (options.session) headers.cookie = options.session.cookie;
  if (options.contentType) headers['content-type'] = options.contentType;
  const body = options.body ?? (method === 'GET' || method === 'HEAD' ? undefined : '');
  const go = () => rawRequest(app.origin, method, path, { headers, body });
  return options.timed === false ? go() : limit.time(`${method} ${path}`, go);
}

/** No 5xx, no dropped connection, no stack trace or framework error page in the body. */
function expectSound(response: RawResponse, label: string) {
  expect(response.status, label).toBeGreaterThan(0);
  expect(response.status, `${label}\n${response.body.slice(0, 500)}`).toBeLessThan(500);
  expect(response.body, label).not.toMatch(/Unexpected Server Error|\n\s+at .+:\d+:\d+\)?\n/);
}

async function expectUnchanged(before: Map<string, string>, label: string) {
  expect(changedTables(before, await fingerprint(), BOOKKEEPING), label).toEqual([]);
}

const allows = (route: RouteInfo, method: string) =>
  method === 'GET' ||
  method === 'HEAD' ||
  method === 'POST' ||
  (method === 'OPTIONS' && route.pattern.startsWith('api/'));

describe('every route', () => {
  it('answers every method without a 5xx; the ones it does not take get 405 and change nothing', async () => {
    for (const route of routes) {
      const path = samplePath(route);
      // GET, HEAD and the methods refused at the edge write nothing: one check for all of them.
      const before = await fingerprint();
      for (const method of METHODS.filter((m) => m !== 'POST')) {
        const response = await send(method, path, { session: owner });
        expectSound(response, `${method} ${path}`);
        if (!allows(route, method)) {
          expect(response.status, `${method} ${path}`).toBe(405);
          expect(response.headers.allow, `${method} ${path}`).toMatch(/GET, HEAD, POST/);
        }
      }
      await expectUnchanged(before, `every method but POST to ${path}`);
      // An empty form from signed-in staff with the CSRF token, so it reaches the action; its own
      // session, since the post may be a sign-out.
      const form = !route.pattern.startsWith('api/');
      const session = form ? await newSession() : owner;
      const beforePost = await fingerprint();
      const response = await send('POST', path, {
        session,
        ...(form && {
          contentType: 'application/x-www-form-urlencoded',
          body: new URLSearchParams({ csrf: session.csrf }).toString(),
        }),
      });
      expectSound(response, `POST ${path}`);
      if (!route.action) expect(response.status, `POST ${path}`).toBe(405);
      if (response.status >= 400) await expectUnchanged(beforePost, `POST ${path}`);
    }
  });
});

/** A path segment as it arrives on the wire: percent-encoded hostile text, or bytes no encoder makes. */
const segment = fc.oneof(
  { weight: 3, arbitrary: hostileString.map((s) => encodeURIComponent(s.toWellFormed()).slice(0, 6000)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '%00',
      'a%00b',
      '%ED%A0%80',
      '%FF%FE',
      '%C0%AE%C0%AE',
      '%',
      '%zz',
      '%E0%A4%A',
      '..',
      '%2e%2e',
      '%2F..%2F',
      '.',
      '~',
      ';x=1',
      '%20',
      '\\..\\',
      '2147483648',
      '99999999999999999999',
      '-1',
      '1.5',
      '1e300',
      'x'.repeat(5000),
    ),
  },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,30}$/) },
);
const queryKey = fc.oneof(
  fc.constantFrom(
    'q',
    'after',
    'before',
    'sort',
    'direction',
    'page',
    'next',
    'filter.p.vendor',
    'filter.v.price.gte',
    'filter.v.availability',
    'price_min',
    'price_max',
    'country',
    'language',
    'type',
    'status',
    'cursor',
    'key',
    '_data',
    'index',
  ),
  fc.constantFrom(...vocabulary.fields),
  segment,
);
const query = fc
  .array(fc.tuple(queryKey, segment), { maxLength: 6 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));
const localePrefix = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('de-de', 'ja-jp', 'ar-ae', 'en-gb', 'xx-yy', 'DE-DE', 'de'),
  segment,
);

describe('hostile paths and query strings', () => {
  it(
    'never get a 5xx, and a GET writes nothing',
    async () => {
      const getRoutes = routes.filter((r) => r.loader && !r.pattern.startsWith('api/'));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...getRoutes),
          fc.dictionary(fc.constantFrom('handle', 'token', 'id', 'type', 'file', '*', 'version'), segment),
          localePrefix,
          fc.array(segment, { maxLength: 2 }),
          query,
          fc.constantFrom('GET', 'GET', 'HEAD'),
          fc.boolean(),
          async (route, params, locale, extra, search, method, staff) => {
            const base = fillPattern(route.pattern, (p) => (p === 'locale' ? locale : params[p]));
            const path = [base, ...extra].join('/').replace(/^\/\//, '/') + search;
            const before = await fingerprint();
            const response = await send(method, path, staff ? { session: owner } : {});
            expectSound(response, `${method} ${path}`);
            await expectUnchanged(before, `${method} ${path}`);
          },
        ),
        { numRuns: RUNS * 8, seed: SEED },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

/** A field's value: hostile text, or a plausible value of the wrong kind for the field. */
const value = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '0',
      '1',
      '-1',
      '2147483648',
      '1e300',
      'NaN',
      '12.345',
      'true',
      'on',
      '2026-12-05',
      '2026-02-30T25:61',
      'shopper@example.com',
      'US',
      'ZZ',
      'de-de',
      'EUR',
      '[]',
      '{}',
      '{"action":"LinesAdd","inputs":{"lines":[{"merchandiseId":"x","quantity":1e300}]}}',
      '{"action":"LinesAdd","inputs":{"lines":"x"}}',
      'null',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...vocabulary.intents) },
);
const field = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...vocabulary.fields) },
  { weight: 1, arbitrary: hostileString.map((s) => s.slice(0, 100)) },
);

type Csrf = 'valid' | 'missing' | 'duplicated' | 'wrong';
interface FormCase {
  csrf: Csrf;
  intent: string | null;
  fields: [string, string][];
  encoding: 'urlencoded' | 'multipart' | 'raw-bytes' | 'bad-multipart' | 'json';
  origin: 'same' | 'foreign' | 'null' | 'garbage';
}

const formCase: fc.Arbitrary<FormCase> = fc.record({
  csrf: fc.constantFrom<Csrf>('valid', 'valid', 'valid', 'missing', 'duplicated', 'wrong'),
  intent: fc.option(fc.oneof(fc.constantFrom(...vocabulary.intents), hostileString), { nil: null }),
  fields: fc.array(fc.tuple(field, value), { maxLength: 12 }),
  encoding: fc.constantFrom(
    ...([
      'urlencoded',
      'urlencoded',
      'multipart',
      'multipart',
      'raw-bytes',
      'bad-multipart',
      'json',
    ] as const),
  ),
  origin: fc.constantFrom(
    ...(['same', 'same', 'same', 'same', 'same', 'same', 'foreign', 'null', 'garbage'] as const),
  ),
});

/** The body and content type a browser (or something pretending to be one) would send. */
async function encode(
  c: FormCase,
  csrf: string,
): Promise<{ body: string | Uint8Array; contentType: string }> {
  const entries: [string, string][] = [];
  if (c.csrf === 'valid' || c.csrf === 'duplicated') entries.push(['csrf', csrf]);
  if (c.csrf === 'duplicated') entries.push(['csrf', 'x']);
  if (c.csrf === 'wrong') entries.push(['csrf', 'x'.repeat(csrf.length)]);
  if (c.intent !== null) entries.push(['intent', c.intent]);
  entries.push(...c.fields);
  if (c.encoding === 'json')
    return { body: JSON.stringify(Object.fromEntries(entries)), contentType: 'application/json' };
  if (c.encoding === 'bad-multipart') {
    // A boundary that never comes, then one that is never closed.
    const body = entries.map(([k, v]) => `--x\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}`);
    return { body: body.join('\r\n'), contentType: 'multipart/form-data; boundary=y' };
  }
  if (c.encoding === 'multipart') {
    const form = new FormData();
    for (const [k, v] of entries) form.append(k, v);
    // A file where a text field is expected (and text where a file is).
    form.append('file', new Blob([entries.map(([k, v]) => `${k},${v}`).join('\n')]), 'upload.csv');
    const request = new Request('http://x/', { method: 'POST', body: form });
    return {
      body: new Uint8Array(await request.arrayBuffer()),
      contentType: request.headers.get('content-type')!,
    };
  }
  const text = new URLSearchParams(entries.map(([k, v]) => [k, v.toWellFormed()])).toString();
  // Bytes no browser's encoder produces: invalid UTF-8 and truncated escapes.
  const raw = c.encoding === 'raw-bytes' ? `${text}&name=%FF%ED%A0%80&q=%E0%A4%A&%=x` : text;
  return { body: raw, contentType: 'application/x-www-form-urlencoded' };
}

describe('every form action', () => {
  it(
    'never gets a 5xx from missing, duplicated or wrongly typed fields; a refused post changes nothing',
    async () => {
      const actions = routes.filter((r) => r.action && !r.pattern.startsWith('api/'));
      expect(actions.length).toBeGreaterThan(20);
      for (const route of actions) {
        // A session per route: a fuzzed sign-out or staff change ends only that route's session.
        const session = await newSession();
        const path = samplePath(route);
        await fc.assert(
          fc.asyncProperty(formCase, async (c) => {
            const { body, contentType } = await encode(c, session.csrf);
            const before = await fingerprint();
            const response = await send('POST', path, {
              session,
              body,
              contentType,
              origin: {
                same: app.origin,
                foreign: 'https://evil.example',
                null: 'null',
                garbage: 'http://[::1',
              }[c.origin],
            });
            const label = `POST ${path} ${JSON.stringify(c).slice(0, 400)}`;
            expectSound(response, label);
            if (response.status >= 400) await expectUnchanged(before, label);
            if (c.origin !== 'same' || c.encoding === 'json')
              expect(response.status, label).toBeGreaterThanOrEqual(400);
          }),
          { numRuns: RUNS, seed: SEED },
        );
      }
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('NUL in a form field', () => {
  it(
    'is refused with a 4xx in every field of every form, each intent, urlencoded or multipart',
    async () => {
      const actions = routes.filter((r) => r.action && !r.pattern.startsWith('api/'));
      for (const route of actions) {
        const session = await newSession();
        const path = samplePath(route);
        for (const intent of [null, ...vocabulary.intents]) {
          const entries: [string, string][] = [['csrf', session.csrf]];
          if (intent) entries.push(['intent', intent]);
          for (const name of vocabulary.fields)
            if (name !== 'csrf' && name !== 'intent') entries.push([name, 'US\0']);
          for (const encoding of intent ? (['multipart'] as const) : (['multipart', 'urlencoded'] as const)) {
            const { body, contentType } = await encode(
              { csrf: 'missing', intent: null, fields: entries, encoding, origin: 'same' },
              session.csrf,
            );
            const before = await fingerprint();
            const response = await send('POST', path, { session, body, contentType });
            const label = `POST ${path} intent=${intent} ${encoding}`;
            expectSound(response, label);
            expect(response.status, label).toBeGreaterThanOrEqual(400);
            await expectUnchanged(before, label);
          }
        }
      }
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('the ceiling', () => {
  it(`no response took longer than ${CEILING_MS} ms (one that did is sent again alone)`, async () => {
    expect(await limit.stillSlow()).toEqual([]);
  });
});

/** A paid order for the portal's forms (the cart above stays open for checkout's). */
async function placedOrder(db: DbHandle['db'], variantId: number) {
  const { token } = await readyCheckout(db, {
    country: 'US',
    language: 'en',
    lines: [{ variantId, quantity: 1 }],
  });
  await payForCheckout(db, createTestProvider(db), token, PAYMENT_CTX);
  return (await orderByCart(db, token))!;
}
