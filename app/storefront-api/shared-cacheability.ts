import {
  getNamedType,
  isAbstractType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Types whose values belong to one buyer: a result that reaches any of them (or could, through
 * an interface such as Node) is never shared between requests.
 */
const PER_BUYER_TYPES = new Set([
  'Cart',
  'BaseCartLine',
  'CartLine',
  'ComponentizableCartLine',
  'CartBuyerIdentity',
  'CartCost',
  'CartLineCost',
  'AppliedGiftCard',
  'Customer',
  'CustomerAccessToken',
  'MailingAddress',
  'Order',
]);
/** Arguments that name a buyer's own object. */
const PER_BUYER_ARGS = new Set(['cartId', 'customerAccessToken', 'buyer']);

function reachesBuyer(schema: GraphQLSchema, type: GraphQLNamedType): boolean {
  if (PER_BUYER_TYPES.has(type.name)) return true;
  return isAbstractType(type) && schema.getPossibleTypes(type).some((t) => PER_BUYER_TYPES.has(t.name));
}

/**
 * Whether one operation of a parsed document may be answered from a shared cache: a query (never a
 * mutation or subscription) whose selection, fragments expanded, never reaches a per-buyer type or
 * argument, and whose @inContext asks for no buyer. Unknown fields answer false (validation will
 * refuse them anyway). Pure: callers cache the answer per document text.
 */
export function isSharedQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
    else return false;
  }
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation || operation.operation !== 'query') return false;
  for (const directive of operation.directives ?? [])
    if (directive.arguments?.some((a) => PER_BUYER_ARGS.has(a.name.value))) return false;
  const root = schema.getQueryType();
  if (!root) return false;

  const walk = (set: SelectionSetNode, parent: GraphQLNamedType, seen: ReadonlySet<string>): boolean => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (name === '__typename') continue;
        if (name === '__schema' || name === '__type') continue; // introspection: the same for everyone
        if (!('getFields' in parent)) return false;
        const field = parent.getFields()[name];
        if (!field) return false;
        if (sel.arguments?.some((a) => PER_BUYER_ARGS.has(a.name.value))) return false;
        const type = getNamedType(field.type);
        if (reachesBuyer(schema, type)) return false;
        if (sel.selectionSet && !walk(sel.selectionSet, type, seen)) return false;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (!type || reachesBuyer(schema, type) || !walk(sel.selectionSet, type, seen)) return false;
      } else {
        const name = sel.name.value;
        if (seen.has(name)) continue;
        const fragment = fragments.get(name);
        if (!fragment) return false;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (!type || reachesBuyer(schema, type)) return false;
        if (!walk(fragment.selectionSet, type, new Set([...seen, name]))) return false;
      }
    }
    return true;
  };
  return walk(operation.selectionSet, root, new Set());
}
