import { hash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { getOperationAST, OperationTypeNode, parse } from 'graphql';
import { DomainError } from '../errors/domain.error';
import { canonicalJson } from './canonical-json';

/*
 * Which requests are recorded under an Idempotency-Key: a POST whose operation is a mutation.
 * Anything else carrying the header (a query, a document that does not parse) is simply
 * answered; GraphQL refuses mutations over GET anyway.
 */

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

// Printable ASCII, as in the IETF draft's examples and Stripe's keys (UUIDs, random strings).
const VALID_KEY = /^[\x20-\x7e]{1,255}$/;

/** A mutation sent with an Idempotency-Key: the key and the hash that tells its request from another. */
export interface IdempotentRequest {
  key: string;
  /** SHA-256 (hex) of the canonical JSON of the operation text, its name, variables and X-Application. */
  requestHash: string;
}

const sha256 = (text: string) => hash('sha256', text, 'hex');

/** The key's hash: what is stored and compared (see IdempotencyKey). */
export const keyHash = sha256;

/** The Idempotency-Key header's value, or null without one; invalid-param naming the header for a malformed one. */
export function idempotencyKeyOf(headers: IncomingHttpHeaders): string | null {
  const raw = headers['idempotency-key'];
  if (raw === undefined) return null;
  if (typeof raw !== 'string' || !VALID_KEY.test(raw)) {
    throw DomainError.invalidParam(IDEMPOTENCY_HEADER, `${IDEMPOTENCY_HEADER} must be 1 to 255 printable ASCII characters.`);
  }
  return raw;
}

/**
 * The hash of what the request asks for. The application is part of it: one session token acts
 * in another role in another application, so the same document there is another request.
 */
export function requestHash(body: { query?: unknown; operationName?: unknown; variables?: unknown }, application: unknown): string {
  return sha256(
    canonicalJson({
      query: body.query,
      operationName: body.operationName ?? null,
      variables: body.variables ?? null,
      application: application ?? null,
    }),
  );
}

/**
 * The request to record under its Idempotency-Key, or null when there is nothing to record
 * (no header, not a POST, not a mutation). Throws invalid-param for a malformed key, whatever
 * the operation. `maxTokens` bounds the parse as Apollo's own does.
 */
export function idempotentRequestOf(
  method: string,
  headers: IncomingHttpHeaders,
  body: unknown,
  maxTokens: number,
): IdempotentRequest | null {
  const key = idempotencyKeyOf(headers);
  if (key === null || method !== 'POST' || !body || typeof body !== 'object') return null;
  const params = body as { query?: unknown; operationName?: unknown; variables?: unknown };
  if (typeof params.query !== 'string') return null;
  let operation;
  try {
    operation = getOperationAST(
      parse(params.query, { maxTokens, noLocation: true }),
      typeof params.operationName === 'string' ? params.operationName : undefined,
    );
  } catch {
    // Apollo answers the syntax error; nothing runs, so nothing needs recording.
    return null;
  }
  if (operation?.operation !== OperationTypeNode.MUTATION) return null;
  return { key, requestHash: requestHash(params, headers['x-application']) };
}
