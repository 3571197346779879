import { GraphQLError } from 'graphql';
import { ErrorCode, statusOf } from '../errors/error-code';

/**
 * An error raised while authenticating, before any resolver runs: Apollo answers it with
 * `http.status`, and formatError keeps its catalog code and any other extensions (`session`).
 */
export function authError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code, http: { status: statusOf(code) } } });
}
