import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  buildClientSchema,
  coerceInputValue,
  execute,
  parse,
  validate,
  type GraphQLInputType,
  type IntrospectionQuery,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { cartDeliveryOptionsDiscountsGenerateRun } from '../../extensions/promotions-discount/src/cart_delivery_options_discounts_generate_run.ts';
import { cartLinesDiscountsGenerateRun } from '../../extensions/promotions-discount/src/cart_lines_discounts_generate_run.ts';

/**
 * The Shopify discount Function, offline: its input queries and every fixture's input and output
 * validate against Shopify's official discount Function schema for 2026-04 (read from
 * @shopify/dev-mcp's dist/data, never copied), and the Function turns each input into its output
 * with the same engine the standalone store runs.
 */

// The package exports no path to its data (import-only exports): read it where npm installs it.
const dataDir = path.resolve('node_modules/@shopify/dev-mcp/dist/data');
const introspection = JSON.parse(
  gunzipSync(readFileSync(path.join(dataDir, 'functions_discount_2026-04.json.gz'))).toString('utf8'),
) as { data?: IntrospectionQuery } & IntrospectionQuery;
const schema = buildClientSchema(introspection.data ?? introspection);

const EXT = 'extensions/promotions-discount';
const TARGETS = {
  'cart.lines.discounts.generate.run': {
    query: readFileSync(`${EXT}/src/cart_lines_discounts_generate_run.graphql`, 'utf8'),
    result: 'CartLinesDiscountsGenerateRunResult',
    run: (input: never) => cartLinesDiscountsGenerateRun(input),
  },
  'cart.delivery-options.discounts.generate.run': {
    query: readFileSync(`${EXT}/src/cart_delivery_options_discounts_generate_run.graphql`, 'utf8'),
    result: 'CartDeliveryOptionsDiscountsGenerateRunResult',
    run: (input: never) => cartDeliveryOptionsDiscountsGenerateRun(input),
  },
} as const;

interface Fixture {
  payload: { export: string; target: keyof typeof TARGETS; input: Record<string, unknown>; output: unknown };
}
const fixtures = readdirSync(`${EXT}/tests/fixtures`).map((file) => ({
  file,
  fixture: JSON.parse(readFileSync(`${EXT}/tests/fixtures/${file}`, 'utf8')) as Fixture,
}));

describe('promotions discount Function', () => {
  it.each(Object.entries(TARGETS))(
    'the %s input query is valid against the official schema',
    (_target, t) => {
      expect(validate(schema, parse(t.query)).map((e) => e.message)).toEqual([]);
    },
  );

  it('the extension declares both targets with their input queries and exports', () => {
    const toml = readFileSync(`${EXT}/shopify.extension.toml`, 'utf8');
    expect(toml).toContain('api_version = "2026-04"');
    for (const f of fixtures) expect(toml).toContain(`export = "${f.fixture.payload.export}"`);
    for (const target of Object.keys(TARGETS)) expect(toml).toContain(`target = "${target}"`);
  });

  it.each(fixtures.map((f) => [f.file, f.fixture] as const))(
    '%s: input and output fit the schema; the Function gives the output',
    (_file, { payload }) => {
      const target = TARGETS[payload.target];
      // The input is exactly what the input query would return: executing the query over it gives it back.
      const result = execute({
        schema,
        document: parse(target.query),
        rootValue: payload.input,
        typeResolver: (value) => (value as { __typename: string }).__typename,
      }) as { data?: unknown; errors?: unknown[] };
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual(payload.input);
      // The output coerces to the target's result type.
      const errors: string[] = [];
      coerceInputValue(payload.output, schema.getType(target.result) as GraphQLInputType, (p, _v, e) =>
        errors.push(`${p.join('.')}: ${e.message}`),
      );
      expect(errors).toEqual([]);
      expect(target.run(payload.input as never)).toEqual(payload.output);
    },
  );
});
