import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { RequestContext } from '../context/request-context';
import type { ReplicaMonitor } from '../database/replica-monitor';

/**
 * Sends the reads of a `query` operation to a healthy replica. The context starts on the
 * primary (authentication ran there) and a mutation never leaves it, so everything a mutation
 * reads, checks or writes sees the primary's latest state (read-your-writes).
 */
export function readRoutingPlugin(replicas: ReplicaMonitor): ApolloServerPlugin<RequestContext> {
  // One listener for every request: it keeps nothing of its own.
  const listener: GraphQLRequestListener<RequestContext> = {
    async didResolveOperation({ operation, contextValue }) {
      if (operation?.operation === 'query') routeQuery(replicas, contextValue);
    },
  };
  return { requestDidStart: async () => listener };
}

/** Sends the reads of a query operation's context to a healthy replica, if there is one (direct reads call it too). */
export function routeQuery(replicas: ReplicaMonitor, ctx: RequestContext): void {
  const replica = replicas.configured ? replicas.pick() : null;
  if (!replica) return;
  // Repositories read this operation from the replica: each read names the request's read side.
  ctx.replica = replica;
  ctx.readSide = 'replica';
}
