import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

/** Storefront API version Meridian serves; the official schema ships in @shopify/hydrogen. */
export const STOREFRONT_API_VERSION = '2026-04';

let official: GraphQLSchema | undefined;

export function officialSchemaPath(): string {
  return createRequire(import.meta.url).resolve('@shopify/hydrogen/storefront.schema.json');
}

/** The official 2026-04 Storefront API schema, built from Hydrogen's introspection JSON. */
export function loadOfficialSchema(): GraphQLSchema {
  if (!official) {
    const json = JSON.parse(readFileSync(officialSchemaPath(), 'utf8')) as
      IntrospectionQuery | { data: IntrospectionQuery };
    official = buildClientSchema('data' in json ? json.data : json, { assumeValid: true });
  }
  return official;
}
