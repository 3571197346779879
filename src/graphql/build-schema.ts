import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { validateArgs } from './validate-args';

const QUERY_DESCRIPTION =
  'Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot ' +
  'be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied ' +
  'when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist.';

const MUTATION_DESCRIPTION =
  'Writes, with the same authentication as the reads. Employees may call every one; liaisons only update the appointments of ' +
  'their customers; clients write nothing (permission-denied). A refused write changes nothing.';

const SUBSCRIPTION_DESCRIPTION =
  'Live events, over WebSocket on /graphql (the graphql-ws protocol; not over HTTP). The token and application go in ' +
  'connection_init ({ "Authorization": "Bearer <token>", "X-Application": "<slug>" }); every event passes the same row rules as ' +
  'the queries. A socket is closed with 4000 + the catalog status and the catalog code as its reason when its token stops being ' +
  'accepted (4401 invalid-token, session-expired) or its client reads too slowly (4503 slow-consumer).';

/**
 * type-graphql asks for a PubSub whenever the schema has subscriptions; ours name their own
 * `subscribe` (src/live/: a change hub, not topics), so this one is never used.
 */
const NO_PUB_SUB: PubSub = {
  publish: () => {
    throw new Error('subscriptions here are fed by the change hub, not by topics');
  },
  subscribe: () => {
    throw new Error('subscriptions here are fed by the change hub, not by topics');
  },
};

/**
 * The executable schema of these resolver instances (no DI framework: type-graphql asks for
 * each resolver class and is handed the instance the composition root built).
 */
export async function buildGatewaySchema(resolvers: readonly object[]): Promise<GraphQLSchema> {
  const byClass = new Map<unknown, object>(resolvers.map((r) => [r.constructor, r]));
  type ResolverClass = new (...args: never[]) => object;
  const classes = [...byClass.keys()] as [ResolverClass, ...ResolverClass[]];
  const schema = await buildSchema({
    resolvers: classes,
    container: { get: (cls) => byClass.get(cls) },
    validateFn: validateArgs,
    pubSub: NO_PUB_SUB,
  });
  // type-graphql takes no description for the root types; Sandbox and codegen show these.
  schema.getQueryType()!.description = QUERY_DESCRIPTION;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = MUTATION_DESCRIPTION;
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = SUBSCRIPTION_DESCRIPTION;
  return schema;
}

/** The SDL committed as schema.graphql: sorted, so it only changes when the API does. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
