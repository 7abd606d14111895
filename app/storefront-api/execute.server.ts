import {
  execute,
  GraphQLError,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Db } from '#app/db/client.server.ts';
import { createStorefrontContext } from './context.server.ts';
import {
  costError,
  limitRules,
  MAX_COST,
  MAX_QUERY_BYTES,
  unstorableInVariables,
  operationCost,
  parseLimited,
} from './limits.ts';
import { getStorefrontSchema } from './schema.server.ts';

export const validationRules = [...specifiedRules, ...limitRules()];

/** Parsed and validated documents by query text: storefront queries are a small fixed set. */
const documents = new LRUCache<string, { document: DocumentNode } | { errors: readonly GraphQLError[] }>({
  max: 1000,
});

function prepare(query: string): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
  const hit = documents.get(query);
  if (hit) return hit;
  let prepared: { document: DocumentNode } | { errors: readonly GraphQLError[] };
  try {
    const document = parseLimited(query);
    const errors = validate(getStorefrontSchema(), document, validationRules);
    prepared = errors.length ? { errors } : { document };
  } catch (e) {
    prepared = { errors: [e instanceof GraphQLError ? e : new GraphQLError('Could not parse query')] };
  }
  documents.set(query, prepared);
  return prepared;
}

export interface ExecuteInput {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** Runs a Storefront API operation in this process: same schema, rules and limits as the HTTP endpoint. */
export async function executeStorefront(
  db: Db,
  origin: string,
  input: ExecuteInput,
): Promise<ExecutionResult> {
  if (input.query.length > MAX_QUERY_BYTES) return { errors: [new GraphQLError('Query is too large')] };
  const prepared = prepare(input.query);
  if ('errors' in prepared) return { errors: prepared.errors };
  const nul = unstorableInVariables(input.variables);
  if (nul) return { errors: [nul] };
  const cost = operationCost(prepared.document, input.variables, input.operationName);
  if (cost > MAX_COST) return { errors: [costError(cost)] };
  // No response-size bound here: in process, only the storefront's own queries run, and
  // serializing every result once more would tax each page render.
  return execute({
    schema: getStorefrontSchema(),
    document: prepared.document,
    variableValues: input.variables ?? undefined,
    operationName: input.operationName ?? undefined,
    contextValue: createStorefrontContext(db, origin),
  }) as Promise<ExecutionResult>;
}
