import type { IncomingMessage } from 'node:http';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';

/**
 * Reads a request body up to `limit` bytes. Past the limit the request is refused before any
 * of it is parsed (the rest is drained, not buffered).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (err) => {
      if (!failed) reject(err);
    });
  });
}

function tooLarge(limit: number): DomainError {
  return new DomainError(ErrorCode.PayloadTooLarge, `The request body is larger than ${limit} bytes.`);
}

/**
 * Checks and decodes a GraphQL POST body the way the seeds' APIs did: the content type, then
 * JSON, then a query in it. Each failure is its catalog code.
 */
export function decodeGraphQLPost(contentType: string | undefined, raw: string): Record<string, unknown> {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json' && mediaType !== 'application/graphql-response+json') {
    throw new DomainError(ErrorCode.InvalidContentType, `Content-Type must be application/json (got ${mediaType || 'none'}).`);
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new DomainError(ErrorCode.InvalidEncodedParams, 'The request body is not valid JSON.');
  }
  if (Array.isArray(body)) {
    throw new DomainError(ErrorCode.InvalidEncodedParams, 'Batched requests are not supported: send one operation per request.');
  }
  if (body === null || typeof body !== 'object') {
    throw new DomainError(ErrorCode.NoParamsDecoded, 'The request body was decoded, but no query was found in it.');
  }
  const query = (body as Record<string, unknown>).query;
  if (query === undefined || query === null || query === '') {
    throw new DomainError(ErrorCode.NoParamsDecoded, 'The request body was decoded, but no query was found in it.', ['query']);
  }
  if (typeof query !== 'string') {
    throw new DomainError(ErrorCode.InvalidParamType, 'The type of parameter query you provided is not valid for this request.', ['query']);
  }
  return body as Record<string, unknown>;
}
