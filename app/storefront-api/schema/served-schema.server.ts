import { MapperKind, mapSchema, pruneSchema } from '@graphql-tools/utils';
import {
  GraphQLDirective,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLUnionType,
  isSpecifiedScalarType,
  type GraphQLFieldConfig,
  type GraphQLFieldConfigArgumentMap,
} from 'graphql';
import { loadOfficialSchema } from './official-schema.server.ts';
import { DIRECTIVES, INTERFACES, SELECTION, type FieldSelection } from './selection.ts';

function pickArgs(
  args: GraphQLFieldConfigArgumentMap | undefined,
  keep: readonly string[],
): GraphQLFieldConfigArgumentMap {
  const out: GraphQLFieldConfigArgumentMap = {};
  for (const name of keep) {
    const arg = args?.[name];
    if (!arg) throw new Error(`Selection names argument ${name} that the official schema lacks`);
    out[name] = arg;
  }
  return out;
}

function pickFields<T extends object>(
  typeName: string,
  fields: Record<string, T>,
  keep: FieldSelection,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [name, args] of Object.entries(keep)) {
    const field = fields[name];
    if (!field) throw new Error(`Selection names ${typeName}.${name}, which the official schema lacks`);
    out[name] =
      'args' in field && field.args !== undefined
        ? { ...field, args: pickArgs(field.args as GraphQLFieldConfigArgumentMap, args) }
        : field;
  }
  return out;
}

/**
 * Derives the schema Meridian serves from the official one by selection only:
 * every type, field, argument and enum value comes from the official schema.
 */
export function buildServedSchema(): GraphQLSchema {
  const official = loadOfficialSchema();
  // Objects and interfaces are picked alike: the selected fields, and the interfaces kept.
  const picked = <C extends ReturnType<GraphQLObjectType['toConfig'] | GraphQLInterfaceType['toConfig']>>(
    config: C,
    keep: FieldSelection,
  ): C => ({
    ...config,
    fields: pickFields(
      config.name,
      config.fields as Record<string, GraphQLFieldConfig<unknown, unknown>>,
      keep,
    ),
    interfaces: config.interfaces.filter((i) => INTERFACES[config.name]?.includes(i.name)),
  });
  const pickObject = (type: GraphQLObjectType) => {
    const keep = SELECTION[type.name];
    return keep ? new GraphQLObjectType(picked(type.toConfig(), keep)) : null;
  };
  const mapped = mapSchema(official, {
    [MapperKind.OBJECT_TYPE]: pickObject,
    [MapperKind.INTERFACE_TYPE]: (type) => {
      const keep = SELECTION[type.name];
      return keep ? new GraphQLInterfaceType(picked(type.toConfig(), keep)) : null;
    },
    [MapperKind.UNION_TYPE]: (type) => {
      const keep = SELECTION[type.name];
      if (!keep) return null;
      const config = type.toConfig();
      return new GraphQLUnionType({ ...config, types: config.types.filter((t) => t.name in keep) });
    },
    [MapperKind.INPUT_OBJECT_TYPE]: (type) => {
      const keep = SELECTION[type.name];
      if (!keep) return null;
      const config = type.toConfig();
      return new GraphQLInputObjectType({ ...config, fields: pickFields(type.name, config.fields, keep) });
    },
    // The roots are picked like any other type (they were once kept whole, which served every
    // official query and mutation, resolved or not); subscriptions are not served.
    [MapperKind.ROOT_OBJECT]: (type) =>
      type.name === 'QueryRoot' || type.name === 'Mutation' ? pickObject(type) : null,
    [MapperKind.DIRECTIVE]: (directive) => {
      const keep = DIRECTIVES[directive.name];
      if (!keep) return null;
      const config = directive.toConfig();
      return new GraphQLDirective({ ...config, args: pickArgs(config.args, keep) });
    },
  });
  const pruned = pruneSchema(mapped, { skipPruning: (t) => isSpecifiedScalarType(t) });
  return new GraphQLSchema({ ...pruned.toConfig(), subscription: undefined });
}
