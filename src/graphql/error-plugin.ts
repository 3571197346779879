import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { DomainError } from '../errors/domain.error';
import { isErrorCode } from '../errors/error-code';

/** True when an error is a crash: nothing the client did, so it is logged in full. */
export function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || original instanceof ArgumentValidationError) return false;
  if (original instanceof GraphQLError) {
    if (isErrorCode(original.extensions?.catalogCode ?? original.extensions?.code)) return false;
    // Parse and validation errors are the client's; a GraphQLError from a resolver wraps a cause.
    return original.path !== undefined || original.extensions?.code === 'INTERNAL_SERVER_ERROR';
  }
  return true;
}

const errorLogger: GraphQLRequestListener<RequestContext> = {
  async didEncounterErrors({ contextValue, errors, operationName }) {
    for (const error of errors) {
      if (!isUnexpected(error)) continue;
      const cause = unwrapResolverError(error);
      contextValue.log.error({ err: cause, operationName, path: error.path }, 'unexpected error');
    }
  },
};

/**
 * Logs every unexpected error with the request id it is answered under, so the generic
 * `application-crash` a client sees can be traced to its cause. One listener serves every request.
 */
export const errorLoggingPlugin: ApolloServerPlugin<RequestContext> = { requestDidStart: async () => errorLogger };
