import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { getStorefrontSchema } from '#app/storefront-api/schema.server.ts';
import { useSeededApi } from '#tests/support/seeded-api.ts';
import { postStorefront } from '#tests/support/storefront-post.ts';

/**
 * Every field of every type the Storefront API serves, reached from the query root on the demo
 * store and selected with its required arguments: none may fail with an internal error. A field
 * kept in the served schema without a resolver (Product.collections was one) fails here, found
 * without anyone having thought to query it.
 */
const env = useSeededApi();
const schema = getStorefrontSchema();

/** Argument values by name (then by root field, where one name means different things). */
function argValue(field: string, arg: GraphQLArgument, ids: Record<string, string>): string | null {
  const name = arg.name;
  if (name === 'first' || name === 'limit') return '2';
  if (name === 'handle')
    return JSON.stringify(
      { product: 'merino-crew-sweater', collection: 'knitwear', page: 'about', menu: 'main-menu' }[field] ??
        'x',
    );
  if (name === 'query') return '"mer"';
  if (name === 'id') return JSON.stringify(field === 'cart' ? ids.cart : ids.product);
  if (name === 'ids') return JSON.stringify([ids.product, ids.collection]);
  if (name === 'productId') return JSON.stringify(ids.product);
  if (!isNonNullType(arg.type)) return null;
  return sample(arg.type);
}

/** A value of an input type, with only its required fields. */
function sample(type: GraphQLInputType): string {
  const t = getNullableType(type);
  if (isListType(t)) return '[]';
  if (isEnumType(t)) return t.getValues()[0]!.name;
  if (isInputObjectType(t))
    return `{ ${Object.values(t.getFields())
      .filter((f) => isNonNullType(f.type))
      .map((f) => `${f.name}: ${sample(f.type)}`)
      .join(', ')} }`;
  const scalar = getNamedType(t).name;
  return scalar === 'Int' || scalar === 'Float' ? '1' : scalar === 'Boolean' ? 'false' : '"x"';
}

function call(field: GraphQLField<unknown, unknown>, ids: Record<string, string>): string {
  const args = field.args
    .map((a) => [a.name, argValue(field.name, a, ids)] as const)
    .filter(([, v]) => v !== null)
    .map(([n, v]) => `${n}: ${v}`);
  return args.length ? `${field.name}(${args.join(', ')})` : field.name;
}

/** Every field of a type, each object-typed one as `{ __typename }`. */
function allFields(type: GraphQLObjectType, ids: Record<string, string>): string {
  return Object.values(type.getFields())
    .map((f) => (isLeafType(getNamedType(f.type)) ? call(f, ids) : `${call(f, ids)} { __typename }`))
    .join(' ');
}

/** Each object type with the first selection path that reaches it from the root, breadth first. */
function typePaths(ids: Record<string, string>): Map<string, (inner: string) => string> {
  const paths = new Map<string, (inner: string) => string>();
  const queue: [GraphQLNamedType, (inner: string) => string][] = [[schema.getQueryType()!, (inner) => inner]];
  while (queue.length) {
    const [type, wrap] = queue.shift()!;
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = schema.getPossibleTypes(type);
      for (const t of possible) queue.push([t, (inner) => wrap(`... on ${t.name} { ${inner} }`)]);
      continue;
    }
    if (!isObjectType(type) || paths.has(type.name)) continue;
    paths.set(type.name, wrap);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (!isLeafType(named)) queue.push([named, (inner) => wrap(`${call(field, ids)} { ${inner} }`)]);
    }
  }
  return paths;
}

describe('the served schema, walked', () => {
  it('resolves every field of every type reachable from the query root without an internal error', async () => {
    const created = await postStorefront(
      env.api.origin,
      `mutation { cartCreate(input: { lines: [{ merchandiseId: "gid://shopify/ProductVariant/1", quantity: 1 }], note: "n", attributes: [{ key: "k", value: "v" }] }) { cart { id } } }`,
    );
    const cart = (created.data?.cartCreate as { cart: { id: string } }).cart.id;
    const ids = { cart, product: 'gid://shopify/Product/1', collection: 'gid://shopify/Collection/1' };
    const paths = typePaths(ids);
    expect(paths.size).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const [name, wrap] of paths) {
      const type = schema.getType(name) as GraphQLObjectType;
      const query = `{ ${wrap(allFields(type, ids))} }`;
      const reply = await postStorefront(env.api.origin, query);
      if (reply.status >= 500) failures.push(`${name}: HTTP ${reply.status}`);
      for (const e of reply.errors)
        if (e.extensions?.code === 'INTERNAL_SERVER_ERROR' || /^Unexpected error/.test(e.message))
          failures.push(`${name}: ${e.message} at ${e.path?.join('.')}`);
    }
    expect(failures).toEqual([]);
  });
});
