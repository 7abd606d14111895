import { createYoga, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Db } from '#app/db/client.server.ts';
import { verifyStorefrontToken } from '#app/modules/shop/storefront-tokens.server.ts';
import { createStorefrontContext, type StorefrontContext } from './context.server.ts';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import {
  ARMOR,
  boundedResult,
  costError,
  limitRules,
  MAX_COST,
  MAX_QUERY_BYTES,
  nestingError,
  unstorableInVariables,
  operationCost,
} from './limits.ts';
import { getStorefrontSchema } from './schema.server.ts';
import { STOREFRONT_API_VERSION } from './schema/official-schema.server.ts';

interface ServerContext {
  db: Db;
  origin: string;
}

const limitsPlugin: Plugin = {
  onParse({ params }) {
    // Before any parser recursion (GraphQL Armor's token limit, next, runs inside the parse).
    const tooDeep = nestingError(typeof params.source === 'string' ? params.source : params.source.body);
    if (tooDeep) throw tooDeep;
  },
  onValidate({ addValidationRule }) {
    for (const rule of limitRules()) addValidationRule(rule);
  },
  onExecute({ args, setResultAndStopExecution }) {
    const nul = unstorableInVariables(args.variableValues);
    if (nul) {
      setResultAndStopExecution({ errors: [nul] });
      return;
    }
    const cost = operationCost(
      args.document,
      args.variableValues as Record<string, unknown> | undefined,
      args.operationName,
    );
    if (cost > MAX_COST) {
      setResultAndStopExecution({ errors: [costError(cost)] });
      return;
    }
    return {
      onExecuteDone({ result, setResult }) {
        if (!(Symbol.asyncIterator in result)) setResult(boundedResult(result));
      },
    };
  },
};

/** Token checks are cached briefly so a hot API does not hit the token table on every request. */
const tokenCache = new LRUCache<string, boolean>({ max: 1000, ttl: 30_000 });

/** What a request's token entitles it to: 'public' or 'private' access, or null (no valid token). */
export type TokenScope = 'public' | 'private';

export async function tokenScope(
  db: Db,
  publicToken: string | null | undefined,
  privateToken: string | null | undefined,
): Promise<TokenScope | null> {
  const [token, kind] = privateToken
    ? [privateToken, 'private' as const]
    : [publicToken ?? '', 'public' as const];
  if (!token) return null;
  const key = `${kind}:${token}`;
  let ok = tokenCache.get(key);
  if (ok === undefined) {
    ok = await verifyStorefrontToken(db, token, kind);
    tokenCache.set(key, ok);
  }
  return ok ? kind : null;
}

async function authorized(db: Db, request: Request): Promise<boolean> {
  const scope = await tokenScope(
    db,
    request.headers.get('x-shopify-storefront-access-token'),
    request.headers.get('shopify-storefront-private-token'),
  );
  return scope !== null;
}

const unauthorizedBody = JSON.stringify({
  errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
});

let yoga: ReturnType<typeof createYoga<ServerContext, StorefrontContext>> | undefined;

/** The HTTP Storefront API (POST /api/2026-04/graphql.json), speaking Shopify's protocol. */
export function storefrontYoga() {
  yoga ??= createYoga<ServerContext, StorefrontContext>({
    schema: getStorefrontSchema(),
    graphqlEndpoint: '/api/:version/graphql.json',
    graphiql: false,
    landingPage: false,
    // Mask unexpected errors; GraphQLErrors raised on purpose (bad input) pass through.
    maskedErrors: true,
    logging: 'warn',
    parserAndValidationCache: true,
    cors: {
      origin: '*',
      methods: ['POST', 'GET', 'OPTIONS'],
      allowedHeaders: [
        'content-type',
        'x-shopify-storefront-access-token',
        'shopify-storefront-private-token',
        'x-sdk-variant',
        'x-sdk-variant-source',
        'x-sdk-version',
        'accept',
      ],
    },
    context: ({ db, origin }) => createStorefrontContext(db, origin),
    plugins: [
      limitsPlugin,
      maxTokensPlugin(ARMOR.maxTokens),
      {
        async onRequest({ request, serverContext, endResponse, fetchAPI }) {
          if (request.method === 'OPTIONS') return;
          const version = /\/api\/([^/]+)\/graphql\.json$/.exec(new URL(request.url).pathname)?.[1];
          if (version !== STOREFRONT_API_VERSION) {
            const message = `Unsupported API version ${String(version).slice(0, 20)}; this server speaks ${STOREFRONT_API_VERSION}`;
            endResponse(
              new fetchAPI.Response(JSON.stringify({ errors: [{ message }] }), {
                status: 404,
                headers: { 'content-type': 'application/json' },
              }),
            );
            return;
          }
          const length = Number(request.headers.get('content-length') ?? 0);
          if (length > MAX_QUERY_BYTES * 2) {
            endResponse(
              new fetchAPI.Response(JSON.stringify({ errors: [{ message: 'Request body is too large' }] }), {
                status: 413,
                headers: { 'content-type': 'application/json' },
              }),
            );
            return;
          }
          if (!(await authorized((serverContext as unknown as ServerContext).db, request))) {
            endResponse(
              new fetchAPI.Response(unauthorizedBody, {
                status: 401,
                headers: { 'content-type': 'application/json' },
              }),
            );
          }
        },
      },
    ],
  });
  return yoga;
}
