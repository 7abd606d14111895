import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  valueFromASTUntyped,
} from 'graphql';

export const MAX_DEPTH = 15;
export const MAX_COST = 10_000;
export const MAX_QUERY_BYTES = 50_000;

/** Rejects operations nested deeper than MAX_DEPTH fields (fragments expanded). */
export function depthLimitRule(maxDepth = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let max = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD)
          max = Math.max(max, sel.name.value.startsWith('__') ? 0 : 1 + depthOf(sel.selectionSet, seen));
        else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(sel.selectionSet, seen));
        else if (!seen.has(sel.name.value)) {
          const frag = fragments.get(sel.name.value);
          max = Math.max(max, depthOf(frag?.selectionSet, new Set([...seen, sel.name.value])));
        }
      }
      return max;
    };
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth)
          context.reportError(
            new GraphQLError(`Query has depth ${depth}, which exceeds the maximum depth of ${maxDepth}`, {
              nodes: [node],
              extensions: { code: 'MAX_DEPTH_EXCEEDED' },
            }),
          );
      },
    };
  };
}

/**
 * Estimated cost with the operation's variables: every object field costs 1 and a
 * connection multiplies its children by first/last, as Shopify's cost model does.
 */
export function operationCost(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName))
      operation ??= def;
  }
  if (!operation) return 0;
  const vars = variables ?? {};
  const multiplier = (field: FieldNode): number => {
    for (const arg of field.arguments ?? []) {
      if (arg.name.value !== 'first' && arg.name.value !== 'last' && arg.name.value !== 'limit') continue;
      const v = valueFromASTUntyped(arg.value, vars);
      if (typeof v === 'number' && v > 0) return v;
    }
    return 1;
  };
  const costOf = (set: SelectionSetNode | undefined, depth: number): number => {
    if (!set || depth > MAX_DEPTH * 2) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        total += sel.selectionSet ? 1 + multiplier(sel) * costOf(sel.selectionSet, depth + 1) : 0;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(sel.selectionSet, depth + 1);
      } else {
        total += costOf(fragments.get(sel.name.value)?.selectionSet, depth + 1);
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, 0);
}

export function costError(cost: number): GraphQLError {
  return new GraphQLError(`Query cost ${cost} exceeds the maximum of ${MAX_COST}`, {
    extensions: { code: 'MAX_COST_EXCEEDED', cost, maxCost: MAX_COST },
  });
}
