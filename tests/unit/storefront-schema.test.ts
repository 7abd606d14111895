import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  validate,
  specifiedRules,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadOfficialSchema } from '#app/storefront-api/schema/official-schema.server.ts';
import { buildServedSchema } from '#app/storefront-api/schema/served-schema.server.ts';
import { SELECTION } from '#app/storefront-api/schema/selection.ts';
import { appOperations } from '#tests/support/app-documents.ts';

const official = loadOfficialSchema();
const served = buildServedSchema();

describe('served Storefront API schema', () => {
  it('serves exactly the selected root fields (the roots were once served whole, resolvers or not)', () => {
    expect(Object.keys(served.getQueryType()!.getFields()).sort()).toEqual(
      Object.keys(SELECTION.QueryRoot!).sort(),
    );
    expect(Object.keys(served.getMutationType()!.getFields()).sort()).toEqual(
      Object.keys(SELECTION.Mutation!).sort(),
    );
    expect(served.getSubscriptionType()).toBeUndefined();
  });

  it('(a) is a strict subset of the official 2026-04 schema', () => {
    const problems: string[] = [];
    for (const type of Object.values(served.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const theirs = official.getType(type.name);
      if (!theirs) {
        problems.push(`type ${type.name} is not official`);
        continue;
      }
      if (theirs.constructor !== type.constructor) problems.push(`${type.name} has a different kind`);
      if (
        (isObjectType(type) || isInterfaceType(type)) &&
        (isObjectType(theirs) || isInterfaceType(theirs))
      ) {
        const officialInterfaces = new Set(theirs.getInterfaces().map((i) => i.name));
        for (const i of type.getInterfaces())
          if (!officialInterfaces.has(i.name))
            problems.push(`${type.name} implements ${i.name} unofficially`);
        for (const field of Object.values(type.getFields())) {
          const off = theirs.getFields()[field.name];
          if (!off) {
            problems.push(`${type.name}.${field.name} is not official`);
            continue;
          }
          if (String(off.type) !== String(field.type))
            problems.push(`${type.name}.${field.name}: ${field.type} vs ${off.type}`);
          for (const arg of field.args) {
            const offArg = off.args.find((a) => a.name === arg.name);
            if (!offArg) problems.push(`${type.name}.${field.name}(${arg.name}) is not official`);
            else if (String(offArg.type) !== String(arg.type))
              problems.push(`${type.name}.${field.name}(${arg.name}): ${arg.type} vs ${offArg.type}`);
          }
        }
      }
      if (isInputObjectType(type) && isInputObjectType(theirs)) {
        for (const field of Object.values(type.getFields())) {
          const off = theirs.getFields()[field.name];
          if (!off) problems.push(`input ${type.name}.${field.name} is not official`);
          else if (String(off.type) !== String(field.type))
            problems.push(`input ${type.name}.${field.name}: ${field.type} vs ${off.type}`);
        }
        // A required official input field must also be required here, or clients could omit it.
        for (const off of Object.values(theirs.getFields())) {
          if (String(off.type).endsWith('!') && !type.getFields()[off.name])
            problems.push(`input ${type.name} drops required ${off.name}`);
        }
      }
      if (isEnumType(type) && isEnumType(theirs)) {
        const values = new Set(theirs.getValues().map((v) => v.name));
        for (const v of type.getValues())
          if (!values.has(v.name)) problems.push(`enum ${type.name}.${v.name} is not official`);
      }
      if (isUnionType(type) && isUnionType(theirs)) {
        const members = new Set(theirs.getTypes().map((t) => t.name));
        for (const m of type.getTypes())
          if (!members.has(m.name)) problems.push(`union ${type.name} member ${m.name} is not official`);
      }
      if (isScalarType(type) && !isScalarType(theirs))
        problems.push(`${type.name} is not a scalar officially`);
    }
    for (const directive of served.getDirectives()) {
      const off = official.getDirective(directive.name);
      if (!off) {
        problems.push(`@${directive.name} is not official`);
        continue;
      }
      for (const arg of directive.args) {
        const offArg = off.args.find((a) => a.name === arg.name);
        if (!offArg || String(offArg.type) !== String(arg.type))
          problems.push(`@${directive.name}(${arg.name}) differs`);
      }
    }
    expect(served.getQueryType()?.name).toBe(official.getQueryType()?.name);
    expect(problems).toEqual([]);
  });

  it('serves everything the foundation issue lists', () => {
    const q = served.getQueryType()!.getFields();
    for (const f of [
      'shop',
      'localization',
      'product',
      'products',
      'collection',
      'collections',
      'search',
      'predictiveSearch',
      'menu',
      'node',
      'nodes',
      'productRecommendations',
    ]) {
      expect(q[f], f).toBeDefined();
    }
    const product = served.getType('Product');
    expect(isObjectType(product) && Object.keys(product.getFields())).toEqual(
      expect.arrayContaining(['seo', 'options', 'priceRange', 'compareAtPriceRange', 'variants', 'images']),
    );
    const variant = served.getType('ProductVariant');
    expect(isObjectType(variant) && Object.keys(variant.getFields())).toEqual(
      expect.arrayContaining([
        'price',
        'compareAtPrice',
        'selectedOptions',
        'availableForSale',
        'quantityAvailable',
        'weight',
        'weightUnit',
      ]),
    );
    expect(
      served
        .getDirective('inContext')
        ?.args.map((a) => a.name)
        .sort(),
    ).toEqual(['country', 'language']);
    expect(getNamedType(served.getType('MoneyV2') as never)).toBeDefined();
  });
});

describe('(b) GraphQL documents in app/', () => {
  const operations = appOperations();

  it('finds the storefront documents', () => {
    expect(operations.length).toBeGreaterThan(5);
  });

  it.each(operations.map((o) => [o.name, o] as const))(
    '%s validates against the official schema and the served subset',
    (_name, op) => {
      expect(validate(official, op.document, specifiedRules).map((e) => e.message)).toEqual([]);
      expect(validate(served, op.document, specifiedRules).map((e) => e.message)).toEqual([]);
    },
  );
});
