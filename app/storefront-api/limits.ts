import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
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
/**
 * What a field that lists products from the database costs on top of its selection. A listing
 * (filters, sort, a page of products) measured about 20 ms of database work on PGlite against
 * microseconds for a field of an already loaded product (tests/bench/expensive-query.ts), and 30
 * aliased listings at "cost 9,900" took 640 ms while other shapes of that cost took 40-130 ms. At
 * 1,000 a query holds at most nine listings.
 */
export const LISTING_COST = 1_000;
const LISTINGS = new Set([
  'products',
  'search',
  'predictiveSearch',
  'productRecommendations',
  // A sitemap page is a count and a keyset page of its own. Article pages are not: an indexed read
  // of a shop's few articles costs what any nested field does.
  'sitemap',
]);
export const MAX_QUERY_BYTES = 50_000;
/** Lexer tokens per document (graphql-js `maxTokens`, GraphQL Armor's max-tokens on the HTTP path). */
export const MAX_TOKENS = 5_000;
/** Brackets open at once in the raw text: checked before the parser, which recurses per level. */
export const MAX_NESTING = 64;
/** Aliases per operation (GraphQL Armor): each alias of a root field is another database lookup. */
export const MAX_ALIASES = 30;
export const MAX_DIRECTIVES = 20;
/** `__schema` per operation, and `__type`: introspection stays open, as Shopify's does, but not in bulk. */
export const MAX_INTROSPECTION = { __schema: 1, __type: 10 } as const;
/** A serialized result larger than this is replaced by an error. */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** GraphQL Armor's options, shared by the HTTP plugins and the in-process rules. */
export const ARMOR = {
  maxAliases: { n: MAX_ALIASES },
  maxDirectives: { n: MAX_DIRECTIVES },
  maxTokens: { n: MAX_TOKENS },
} as const;

/**
 * Refuses text nested deeper than MAX_NESTING brackets before anything recurses over it: a
 * selection 6,000 levels deep otherwise overflows the parser's stack (a 500, not the depth error).
 * Strings, block strings and comments are skipped.
 */
export function nestingError(source: string): GraphQLError | null {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        const end = source.indexOf('"""', i + 3);
        if (end < 0) return null; // unterminated: the parser reports it
        i = end + 2;
      } else {
        for (i++; i < source.length && source[i] !== '"' && source[i] !== '\n'; i++)
          if (source[i] === '\\') i++;
      }
    } else if (c === '{' || c === '(' || c === '[') {
      if (++depth > MAX_NESTING)
        return new GraphQLError(`Query is nested more than ${MAX_NESTING} levels deep`, {
          extensions: { code: 'MAX_DEPTH_EXCEEDED' },
        });
    } else if (c === '}' || c === ')' || c === ']') depth--;
  }
  return null;
}

/** At most MAX_INTROSPECTION of each introspection root per operation, fragments expanded. */
export function introspectionLimitRule() {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const counts = { __schema: 0, __type: 0 };
        const walk = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>) => {
          for (const sel of set?.selections ?? []) {
            if (sel.kind === Kind.FIELD) {
              const name = sel.name.value;
              if (name === '__schema' || name === '__type') counts[name]++;
              else walk(sel.selectionSet, seen);
            } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet, seen);
            else if (!seen.has(sel.name.value))
              walk(fragments.get(sel.name.value)?.selectionSet, new Set([...seen, sel.name.value]));
          }
        };
        walk(node.selectionSet, new Set());
        for (const name of ['__schema', '__type'] as const)
          if (counts[name] > MAX_INTROSPECTION[name])
            context.reportError(
              new GraphQLError(
                `Operation selects ${name} ${counts[name]} times; at most ${MAX_INTROSPECTION[name]} allowed`,
                { nodes: [node], extensions: { code: 'MAX_INTROSPECTION_EXCEEDED' } },
              ),
            );
      },
    };
  };
}

const UNSTORABLE_MESSAGE = 'String values must be well-formed text without the NUL character (U+0000)';

/** NUL or a lone surrogate: PostgreSQL text cannot hold either, so no resolver should see one. */
const unstorable = (value: string) => value.includes('\0') || !value.isWellFormed();

/** An unstorable string literal in the document. */
export function unstorableStringRule() {
  return (context: ValidationContext): ASTVisitor => ({
    StringValue(node) {
      if (unstorable(node.value))
        context.reportError(
          new GraphQLError(UNSTORABLE_MESSAGE, { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }),
        );
    },
  });
}

/** The same for the operation's variables, at any depth (checked before execution). */
export function unstorableInVariables(variables: unknown): GraphQLError | null {
  const stack: unknown[] = [variables];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (unstorable(value))
        return new GraphQLError(UNSTORABLE_MESSAGE, { extensions: { code: 'BAD_USER_INPUT' } });
    } else if (value && typeof value === 'object') stack.push(...Object.values(value));
  }
  return null;
}

/** Every validation rule that bounds an operation's size: the HTTP endpoint and the in-process client share them. */
export function limitRules() {
  return [
    depthLimitRule(),
    introspectionLimitRule(),
    unstorableStringRule(),
    maxAliasesRule(ARMOR.maxAliases),
    maxDirectivesRule(ARMOR.maxDirectives),
  ];
}

/** Parses with the nesting check first and GraphQL Armor's token limit (throws a GraphQLError). */
export function parseLimited(source: string): DocumentNode {
  const tooDeep = nestingError(source);
  if (tooDeep) throw tooDeep;
  return new MaxTokensParserWLexer(source, ARMOR.maxTokens).parseDocument();
}

/** The result, or an error in its place when its JSON would exceed MAX_RESPONSE_BYTES. */
export function boundedResult<R extends { data?: unknown; errors?: readonly unknown[] }>(
  result: R,
): R | { errors: GraphQLError[] } {
  if (JSON.stringify(result).length <= MAX_RESPONSE_BYTES) return result;
  return {
    errors: [
      new GraphQLError(`Response would exceed ${MAX_RESPONSE_BYTES} bytes; ask for fewer fields or items`, {
        extensions: { code: 'MAX_RESPONSE_SIZE_EXCEEDED' },
      }),
    ],
  };
}

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
 * connection multiplies its children by first/last, as Shopify's cost model does; a product
 * listing adds LISTING_COST for the database work behind it.
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
  // `parent`: the field whose selection this is (predictiveSearch's `products` is its result, not a listing).
  const costOf = (set: SelectionSetNode | undefined, depth: number, parent?: string): number => {
    if (!set || depth > MAX_DEPTH * 2) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        const listing = LISTINGS.has(name) && parent !== 'predictiveSearch' ? LISTING_COST : 0;
        total += sel.selectionSet
          ? 1 + listing + multiplier(sel) * costOf(sel.selectionSet, depth + 1, name)
          : 0;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(sel.selectionSet, depth + 1, parent);
      } else {
        total += costOf(fragments.get(sel.name.value)?.selectionSet, depth + 1, parent);
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
