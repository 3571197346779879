import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from './domain.error';
import { ERROR_CATALOG, ErrorCode, isErrorCode } from './error-code';
import { fromValidationErrors } from './validation-errors';

export const CRASH_MESSAGE = 'Internal server error. Please try again later.';

// Apollo's prefix for errors thrown while building the context (authentication); `session`
// is what client-required carries so that a client can register.
const CONTEXT_FAILED = /^Context creation failed: /;

interface Mapped {
  code: ErrorCode;
  message: string;
  params?: string[];
  extra?: Record<string, unknown>;
}

// GraphQL's own messages for what the catalog calls a missing parameter or a wrong type.
const MISSING_ARGUMENT = /^Field "[^"]+" argument "([^"]+)" of type "[^"]+" is required, but it was not provided\.$/;
const MISSING_VARIABLE = /^Variable "\$([^"]+)" of required type "[^"]+" was not provided\.$/;
// In a literal GraphQL names the field with its input type (CreateAppointmentInput.title): drop the type.
const MISSING_INPUT_FIELD = /Field "(?:\w+\.)?([^"]+)" of required type "[^"]+" was not provided\.$/;
const BAD_VARIABLE = /^Variable "\$([^"]+)" got invalid value/;
const BAD_LITERAL = /^(?:Int|Float|String|Boolean|ID|[A-Za-z]+) cannot represent|^Expected value of type|^Enum "[^"]+" cannot represent|^Value "[^"]*" does not exist in "/;
const BAD_ARGUMENT_NAME = /^Argument "([^"]+)"/;
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

/** The catalog's reading of an error GraphQL itself raised (parse, validation, variable coercion). */
function fromGraphQLMessage(message: string, apolloCode: unknown): Mapped {
  if (TOO_MANY_TOKENS.test(message)) return { code: ErrorCode.QueryTooComplex, message };
  let m = MISSING_ARGUMENT.exec(message) ?? MISSING_VARIABLE.exec(message);
  if (m) return { code: ErrorCode.MissingParam, message: `${m[1]} parameter is missing`, params: [m[1]] };
  m = MISSING_INPUT_FIELD.exec(message);
  if (m) return { code: ErrorCode.MissingParam, message: `${m[1]} parameter is missing`, params: [m[1]] };
  m = BAD_VARIABLE.exec(message);
  if (m) return { code: ErrorCode.InvalidParamType, message, params: [m[1]] };
  if (BAD_LITERAL.test(message)) {
    const arg = BAD_ARGUMENT_NAME.exec(message);
    return { code: ErrorCode.InvalidParamType, message, params: arg ? [arg[1]] : undefined };
  }
  if (apolloCode === 'BAD_USER_INPUT') return { code: ErrorCode.InvalidParamType, message };
  return { code: ErrorCode.InvalidQuery, message };
}

/**
 * Given an error Apollo is about to send, produce the client's view of it: a catalog code,
 * its HTTP status and the parameters at fault. Anything unexpected becomes `application-crash`
 * with a generic message; the real error is logged (with the request id) by the error plugin.
 * This function should not throw.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  let mapped: Mapped;
  if (original instanceof DomainError) {
    mapped = { code: original.code, message: original.message, params: original.params, extra: original.extra };
  } else if (original instanceof ArgumentValidationError) {
    mapped = fromValidationErrors(original.extensions.validationErrors as never);
  } else if (isErrorCode(formatted.extensions?.catalogCode ?? formatted.extensions?.code)) {
    // Raised with a catalog code already (the limits, transport and auth layers do this).
    const code = (formatted.extensions?.catalogCode ?? formatted.extensions?.code) as ErrorCode;
    mapped = {
      code, message: formatted.message.replace(CONTEXT_FAILED, ''), params: formatted.extensions?.params as string[] | undefined,
      extra: formatted.extensions?.session ? { session: formatted.extensions.session } : undefined,
    };
  } else if (Object.hasOwn(PERSISTED_QUERY_REFUSALS, formatted.message) && !formatted.path) {
    mapped = PERSISTED_QUERY_REFUSALS[formatted.message];
  } else if (isGraphQLRequestError(formatted)) {
    mapped = fromGraphQLMessage(formatted.message, formatted.extensions?.code);
  } else {
    mapped = { code: ErrorCode.ApplicationCrash, message: CRASH_MESSAGE };
  }
  const extensions: Record<string, unknown> = { code: mapped.code, status: ERROR_CATALOG[mapped.code].status };
  if (mapped.params?.length) extensions.params = mapped.params;
  if (mapped.extra) Object.assign(extensions, mapped.extra);
  return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions };
}

const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND',
]);

/** True for errors GraphQL or Apollo raised about the request itself, never from inside a resolver. */
function isGraphQLRequestError(formatted: GraphQLFormattedError): boolean {
  return REQUEST_ERROR_CODES.has(String(formatted.extensions?.code)) && !formatted.path;
}
