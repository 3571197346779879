import { GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnavailable } from '../database/unavailable';
import { DomainError } from './domain.error';
import { ERROR_CATALOG, ErrorCode, isErrorCode } from './error-code';
import { fromValidationErrors } from './validation-errors';

export const CRASH_MESSAGE = 'Internal server error. Please try again later.';

/** What a client is told when the database did not answer: never the driver's text or the host. */
export const UNAVAILABLE_MESSAGE = 'The database is not answering. Please try again later.';

// Apollo's prefix for errors thrown while building the context (authentication); `session`
// is what client-required carries so that a client can register.
const CONTEXT_FAILED = /^Context creation failed: /;

interface Mapped {
  code: ErrorCode;
  message: string;
  params?: string[];
  extra?: Record<string, unknown>;
}

// graphql-js raises its token limit as a plain syntax error: nothing but the message tells them apart.
// graphql-js 16 words it "more that N tokens".
const TOO_MANY_TOKENS = /Document contains more tha[nt] \d+ tokens/;

// Apollo refuses a malformed persisted-query extension with a bare GraphQLError: no code, only
// these fixed messages. Without this table they would pass for crashes.
const PERSISTED_QUERY_REFUSALS: Record<string, Mapped> = {
  'provided sha does not match query': {
    code: ErrorCode.InvalidParam,
    message: 'extensions.persistedQuery.sha256Hash does not match the SHA-256 hash of the query.',
    params: ['extensions.persistedQuery.sha256Hash'],
  },
  'Unsupported persisted query version': {
    code: ErrorCode.InvalidParam,
    message: 'extensions.persistedQuery.version must be 1.',
    params: ['extensions.persistedQuery.version'],
  },
};

/**
 * The catalog's reading of an error GraphQL itself raised about the request (parse, validation,
 * variable coercion) that carries no catalog code, by its kind. Missing parameters and the
 * literal and unknown-name faults of validation arrive with their code already (see
 * catalog-validation.rule.ts and required-variables.plugin.ts); a variable graphql-js refuses
 * is then of the wrong type, and names itself by its definition node.
 */
function fromGraphQLRequestError(formatted: GraphQLFormattedError, error: unknown): Mapped {
  const { message } = formatted;
  const apolloCode = formatted.extensions?.code;
  if (apolloCode === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.test(message)) return { code: ErrorCode.QueryTooComplex, message };
  if (apolloCode === 'BAD_USER_INPUT') {
    const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
    const params = node?.kind === Kind.VARIABLE_DEFINITION ? [node.variable.name.value] : undefined;
    return { code: ErrorCode.InvalidParamType, message, params };
  }
  return { code: ErrorCode.InvalidQuery, message };
}

/**
 * Given an error Apollo is about to send, produce the client's view of it: a catalog code,
 * its HTTP status and the parameters at fault. A database that did not answer is
 * `database-unavailable`. Anything unexpected becomes `application-crash`
 * with a generic message; the real error is logged (with the request id) by the error plugin.
 * This function should not throw.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  let original = unwrapResolverError(error);
  // A DomainError thrown while the context was built (the request's deadline) arrives wrapped by Apollo.
  if (original instanceof GraphQLError && original.originalError instanceof DomainError) original = original.originalError;
  let mapped: Mapped;
  if (original instanceof DomainError) {
    mapped = { code: original.code, message: original.message, params: original.params, extra: original.extra };
  } else if (original instanceof ArgumentValidationError) {
    mapped = fromValidationErrors(original.extensions.validationErrors as never);
  } else if (isErrorCode(formatted.extensions?.catalogCode ?? formatted.extensions?.code)) {
    // Raised with a catalog code already (the limits, transport and auth layers do this).
    const code = (formatted.extensions?.catalogCode ?? formatted.extensions?.code) as ErrorCode;
    mapped = {
      code,
      message: formatted.message.replace(CONTEXT_FAILED, ''),
      params: formatted.extensions?.params as string[] | undefined,
      extra: formatted.extensions?.session ? { session: formatted.extensions.session } : undefined,
    };
  } else if (Object.hasOwn(PERSISTED_QUERY_REFUSALS, formatted.message) && !formatted.path) {
    mapped = PERSISTED_QUERY_REFUSALS[formatted.message];
  } else if (isGraphQLRequestError(formatted)) {
    mapped = fromGraphQLRequestError(formatted, error);
  } else if (isDatabaseUnavailable(error)) {
    mapped = { code: ErrorCode.DatabaseUnavailable, message: UNAVAILABLE_MESSAGE };
  } else {
    mapped = { code: ErrorCode.ApplicationCrash, message: CRASH_MESSAGE };
  }
  const extensions: Record<string, unknown> = { code: mapped.code, status: ERROR_CATALOG[mapped.code].status };
  if (mapped.params?.length) extensions.params = mapped.params;
  if (mapped.extra) Object.assign(extensions, mapped.extra);
  return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions };
}

const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** True for errors GraphQL or Apollo raised about the request itself, never from inside a resolver. */
function isGraphQLRequestError(formatted: GraphQLFormattedError): boolean {
  return REQUEST_ERROR_CODES.has(String(formatted.extensions?.code)) && !formatted.path;
}
