import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { validateArgs } from './validate-args';

/**
 * The executable schema of these resolver instances (no DI framework: type-graphql asks for
 * each resolver class and is handed the instance the composition root built).
 */
export async function buildGatewaySchema(resolvers: readonly object[]): Promise<GraphQLSchema> {
  const byClass = new Map<unknown, object>(resolvers.map((r) => [r.constructor, r]));
  type ResolverClass = new (...args: never[]) => object;
  const classes = [...byClass.keys()] as [ResolverClass, ...ResolverClass[]];
  return buildSchema({ resolvers: classes, container: { get: (cls) => byClass.get(cls) }, validateFn: validateArgs });
}

/** The SDL committed as schema.graphql: sorted, so it only changes when the API does. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
