import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ping } from '../database/health';
import type { Config } from '../config/config';
import type { RequestContext } from '../context/request-context';
import type { ReplicaMonitor } from '../database/replica-monitor';
import { DomainError } from '../errors/domain.error';
import { ERROR_CATALOG, ErrorCode } from '../errors/error-code';
import { CRASH_MESSAGE } from '../errors/format-error';
import { bearerToken } from '../accounts/authenticate';
import { IdempotentRequest, idempotentRequestOf } from '../idempotency/idempotent-request';
import { IN_PROGRESS_RETRY_AFTER_SECONDS, IdempotencyService } from '../idempotency/idempotency.service';
import { decodeGraphQLPost, readBody } from './http-transport';
import { startDeadline } from './request-deadline';
import { RequestEnd } from './request-end';
import type { EndSignal } from '../database/end-signal';
import { lazyLogger } from './logger';
import { GatewayMetrics, operationLabel } from './metrics';
import type { DirectReads } from '../graphql/direct-reads';

export interface HttpDeps {
  config: Pick<Config, 'bodyLimitBytes' | 'requestTimeoutMs'> & { limits: Pick<Config['limits'], 'maxResponseBytes' | 'maxTokens'> };
  apollo: ApolloServer<RequestContext>;
  db: DataSource;
  /** Read replicas, when configured: listed in /health/ready, never a reason to be not ready. */
  replicas?: ReplicaMonitor;
  log: Logger;
  /** `ended` is aborted when the request ends before its answer is sent (the client went away, or its deadline passed). */
  buildContext: (req: IncomingMessage, requestId: string, log: Logger, ended: EndSignal) => Promise<RequestContext>;
  /** Appointment reads answered with the database's JSON text, when on (DIRECT_READS); what it declines goes to Apollo. */
  direct?: DirectReads;
  metrics: GatewayMetrics;
  /** Mutations sent with an Idempotency-Key: claimed, answered once, replayed. */
  idempotency: IdempotencyService;
  /** True once shutdown began: responses then close their connection instead of keeping it alive. */
  draining: () => boolean;
  /** The GraphQL requests in flight, by their end signal: shutdown ends them before it cuts connections. */
  inFlight?: Set<RequestEnd>;
}

/** What the request log line and the metrics record of a GraphQL request. */
interface GraphQLTrace {
  operationName?: string;
  codes: string[];
  /** The answer was the stored one of an earlier request with the same Idempotency-Key. */
  replayed?: boolean;
}

/** A GraphQL answer ready to send. */
interface Answer {
  status: number;
  body: string;
  headers: Iterable<[string, string]>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** The headers Apollo gives a GraphQL answer of data alone, which a direct read's answer has too. */
const DIRECT_HEADERS: [string, string][] = [['content-type', JSON_TYPE]];

/** A JSON request body (Apollo's CSRF prevention lets these through without a preflight header). */
function isJson(contentType: string | undefined): boolean {
  return typeof contentType === 'string' && /^application\/json\s*(;|$)/i.test(contentType);
}

const PLAIN_JSON_TYPES = new Set(['application/json', 'application/*', '*/*']);

/**
 * True when Apollo would answer `accept` with application/json, as a direct read does: no
 * Accept, or one naming only application/json or wildcards. Apollo negotiates the rest
 * (application/graphql-response+json, a 406 for types it does not serve): those go its way.
 */
function acceptsPlainJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept.split(',').every((range) => {
    const [type, ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    return PLAIN_JSON_TYPES.has(type) && !params.some((p) => /^q=0(\.0*)?$/.test(p));
  });
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The request id: the caller's X-Request-Id when it is sane, a new UUID otherwise. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * What a `database-unavailable` answer tells a client to wait before trying again: long enough
 * for a restarted or failed-over database, short enough that a blip costs a client little.
 */
const RETRY_AFTER_SECONDS = '5';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A GraphQL-shaped error answer for failures outside GraphQL execution (transport, routing). */
function errorAnswer(requestId: string, code: ErrorCode, message: string, params?: string[]): Answer {
  const status = ERROR_CATALOG[code].status;
  const extensions: Record<string, unknown> = { code, status, requestId };
  if (params?.length) extensions.params = params;
  const headers: [string, string][] = [['content-type', JSON_TYPE]];
  // A retry that may succeed: say when (RFC 9110, 10.2.3).
  if (code === ErrorCode.DatabaseUnavailable) headers.push(['retry-after', RETRY_AFTER_SECONDS]);
  return { status, body: JSON.stringify({ errors: [{ message, extensions }] }), headers };
}

/** Past this many characters an answer is sent as a Buffer (below it, a string costs less than the Buffer). */
const BUFFERED_BODY_CHARS = 4096;

function sendAnswer(res: ServerResponse, method: string, answer: Answer): void {
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  // A long answer goes out as one Buffer, encoded once outside the JavaScript heap: node:http
  // prepends the headers to a string body, copying a page of text once more on the heap.
  const body = answer.body.length > BUFFERED_BODY_CHARS ? Buffer.from(answer.body) : answer.body;
  res.setHeader('content-length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.statusCode = answer.status;
  res.end(method === 'HEAD' ? undefined : body);
}

function sendError(res: ServerResponse, requestId: string, code: ErrorCode, message: string, params?: string[]): void {
  // A retry that may succeed: say when (RFC 9110, 10.2.3).
  if (code === ErrorCode.IdempotencyInProgress) res.setHeader('retry-after', String(IN_PROGRESS_RETRY_AFTER_SECONDS));
  sendAnswer(res, 'POST', errorAnswer(requestId, code, message, params));
}

/**
 * Adds the request id to every error of a GraphQL response and, when the operation never ran
 * (no `data`: transport, auth, parse, validation), makes the HTTP status the first error's. A
 * database that did not answer makes it 503 even beside data: the answer is not whole, and the
 * client is to try again (see RETRY_AFTER_SECONDS). The longest `retryAfterSeconds` of its
 * errors (lock-timeout) becomes the Retry-After header.
 */
function finishGraphQLBody(
  body: string,
  status: number,
  requestId: string,
  trace: GraphQLTrace,
): { body: string; status: number; retryAfterSeconds?: number } {
  // Apollo writes `errors` first when there are any (orderExecutionResultFields): no need to
  // scan a whole page of data for them.
  if (!body.startsWith('{"errors"')) return { body, status };
  let parsed: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
  try {
    parsed = JSON.parse(body);
  } catch {
    return { body, status };
  }
  if (!Array.isArray(parsed.errors)) return { body, status };
  for (const e of parsed.errors) {
    e.extensions = { ...e.extensions, requestId };
    if (typeof e.extensions.code === 'string') trace.codes.push(e.extensions.code);
  }
  const first = parsed.errors[0]?.extensions?.status;
  let newStatus = !('data' in parsed) && typeof first === 'number' ? first : status;
  if (parsed.errors.some((e) => e.extensions?.code === ErrorCode.DatabaseUnavailable)) {
    newStatus = ERROR_CATALOG[ErrorCode.DatabaseUnavailable].status;
  }
  const waits = parsed.errors.map((e) => e.extensions?.retryAfterSeconds).filter((v): v is number => typeof v === 'number');
  return { body: JSON.stringify(parsed), status: newStatus, retryAfterSeconds: waits.length ? Math.max(...waits) : undefined };
}

/**
 * The size of `text` in UTF-8 when it is over `limit` bytes, else null. Checked on the length
 * first: a UTF-8 character takes one to three bytes per UTF-16 unit, so only a text in between
 * needs counting.
 */
function byteLengthOver(text: string, limit: number): number | null {
  if (text.length * 3 <= limit) return null;
  const bytes = Buffer.byteLength(text);
  return bytes > limit ? bytes : null;
}

/** Apollo answers a few request-level faults (CSRF, bad GET) in plain text: give them the catalog's shape. */
function catalogForApolloText(status: number, text: string): { code: ErrorCode; message: string } {
  if (status === 400) return { code: ErrorCode.InvalidQuery, message: text.trim() || 'Bad request' };
  if (status === 405) return { code: ErrorCode.RouteNonExistent, message: text.trim() || 'Method not allowed' };
  return { code: ErrorCode.ApplicationCrash, message: CRASH_MESSAGE };
}

const NAMED_OPERATION = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/;

/** The operation's name for logs and metrics: the one the client named, else the document's first. */
function operationNameOf(params: Record<string, unknown>): string | undefined {
  if (typeof params.operationName === 'string' && params.operationName) return params.operationName;
  return typeof params.query === 'string' ? NAMED_OPERATION.exec(params.query)?.[1] : undefined;
}

/** Runs one GraphQL request through Apollo; its answer as it is to be sent (bounded, catalog-shaped). */
async function runGraphQL(
  deps: HttpDeps,
  request: HTTPGraphQLRequest,
  requestId: string,
  trace: GraphQLTrace,
  context: () => Promise<RequestContext>,
  /** Bounds the execution (the request deadline): rejects when it passes first. */
  bound: <T>(work: Promise<T>) => Promise<T> = (work) => work,
): Promise<Answer> {
  const response = await bound(deps.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context }));
  const limit = deps.config.limits.maxResponseBytes;
  let text = '';
  let cut = false;
  if (response.body.kind === 'complete') {
    text = response.body.string;
  } else {
    for await (const chunk of response.body.asyncIterator) {
      text += chunk;
      // Reading on would only hold more of an answer that is not going to be sent.
      if ((cut = text.length > limit)) break;
    }
  }
  const bytes = byteLengthOver(text, limit);
  if (bytes !== null) {
    trace.codes.push(ErrorCode.ResponseTooLarge);
    return errorAnswer(
      requestId,
      ErrorCode.ResponseTooLarge,
      `The answer is ${cut ? 'at least ' : ''}${bytes} bytes; the limit is ${limit}. Ask for fewer rows or fields.`,
    );
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json') && !contentType.includes('html') && (response.status ?? 200) >= 400) {
    const { code, message } = catalogForApolloText(response.status ?? 500, text);
    trace.codes.push(code);
    return errorAnswer(requestId, code, message);
  }
  const finished = contentType.includes('json')
    ? finishGraphQLBody(text, response.status ?? 200, requestId, trace)
    : { body: text, status: response.status ?? 200 };
  const headers: [string, string][] = [...response.headers];
  if ('retryAfterSeconds' in finished && finished.retryAfterSeconds !== undefined) {
    headers.push(['retry-after', String(finished.retryAfterSeconds)]);
  } else if (finished.status === ERROR_CATALOG[ErrorCode.DatabaseUnavailable].status) {
    headers.push(['retry-after', RETRY_AFTER_SECONDS]);
  }
  return { status: finished.status, body: finished.body, headers };
}

/** The request as Apollo takes it; made only for Apollo (a direct read does not need its header map). */
function apolloRequest(req: IncomingMessage, method: string, url: URL | null, body: unknown): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return { method, headers, search: url?.search ?? '', body };
}

async function handleGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  path: string,
  deps: HttpDeps,
  trace: GraphQLTrace,
): Promise<void> {
  const raw = req.url ?? '/';
  // Parsed only when there is a query string (GET): a POST's URL is the path alone.
  const url = raw.includes('?') ? new URL(raw, 'http://gateway') : null;
  const method = (req.method ?? 'GET').toUpperCase();
  let body: unknown;
  if (method === 'POST') {
    body = decodeGraphQLPost(req.headers['content-type'], await readBody(req, deps.config.bodyLimitBytes));
  } else if (method !== 'GET' && method !== 'HEAD') {
    throw new DomainError(ErrorCode.RouteNonExistent, `${method} ${url?.pathname ?? path} is not served: use GET or POST.`);
  }
  trace.operationName = operationNameOf(
    method === 'POST' ? (body as Record<string, unknown>) : url ? Object.fromEntries(url.searchParams) : {},
  );
  // The request's logger, made when something logs (most requests log only their request line).
  const log = lazyLogger(() => deps.log.child({ requestId }));
  const idempotent = idempotentRequestOf(method, req.headers, body, deps.config.limits.maxTokens);
  if (idempotent) return handleIdempotent(req, res, requestId, deps, trace, log, apolloRequest(req, method, url, body), idempotent);
  // A request whose client goes away before the answer is sent must not commit a write after it;
  // shutdown past its grace ends these first, so their transactions roll back before connections are cut.
  const ended = new RequestEnd();
  deps.inFlight?.add(ended);
  res.once('close', () => {
    deps.inFlight?.delete(ended);
    if (!res.writableFinished) ended.abort(new Error('the client closed the connection before the answer'));
  });
  // Nor one whose deadline passed: its client has been told database-unavailable.
  const deadline = startDeadline(deps.config.requestTimeoutMs, ended);
  // Built once: a request direct reads decline is authenticated once, not again by Apollo.
  let context: Promise<RequestContext> | undefined;
  const contextOnce = () => (context ??= deps.buildContext(req, requestId, log, deadline.signal));
  const direct =
    deps.direct && method === 'POST' && isJson(req.headers['content-type']) && acceptsPlainJson(req.headers.accept) ? deps.direct : null;
  // One race for both paths: the deadline's timer ends with the first race that settles.
  const answer = await deadline.race(
    (async (): Promise<Answer> => {
      const text = direct ? await direct.answer(body, contextOnce) : null;
      if (text !== null) return { status: 200, body: text, headers: DIRECT_HEADERS };
      return runGraphQL(deps, apolloRequest(req, method, url, body), requestId, trace, contextOnce);
    })(),
  );
  sendAnswer(res, method, answer);
}

/**
 * A mutation sent with an Idempotency-Key. Authenticated first (the key is the token's, and
 * nothing is recorded for a request that is refused at the door), then claimed: the first
 * request runs and its answer is stored before it is sent; a retry gets that answer again.
 * The first runs to its end even when its client goes away, unlike other requests: its answer
 * is what the client's retry will be given.
 */
async function handleIdempotent(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  deps: HttpDeps,
  trace: GraphQLTrace,
  log: Logger,
  request: HTTPGraphQLRequest,
  idempotent: IdempotentRequest,
): Promise<void> {
  const context = deps.buildContext(req, requestId, log, new RequestEnd());
  const authenticated = await context.then(
    () => true,
    () => false,
  );
  const token = bearerToken(req.headers);
  if (!authenticated || !token) {
    // Apollo answers the authentication failure; nothing ran, nothing is recorded.
    sendAnswer(res, 'POST', await runGraphQL(deps, request, requestId, trace, () => context));
    return;
  }
  const claim = await deps.idempotency.claim({ db: deps.db }, token, idempotent);
  if (claim.kind === 'replay') {
    trace.replayed = true;
    res.setHeader('idempotent-replayed', 'true');
    sendAnswer(res, 'POST', { status: claim.status, body: claim.body, headers: [['content-type', JSON_TYPE]] });
    return;
  }
  let answer: Answer;
  try {
    answer = await runGraphQL(deps, request, requestId, trace, () => context);
  } catch (err) {
    // Whatever ran stands: the crash is the answer a retry gets, never a second run.
    log.error({ err }, 'unexpected error in the HTTP layer');
    trace.codes.push(ErrorCode.ApplicationCrash);
    answer = errorAnswer(requestId, ErrorCode.ApplicationCrash, CRASH_MESSAGE);
  }
  try {
    await deps.idempotency.complete({ db: deps.db }, claim.id, answer.status, answer.body);
  } catch (err) {
    log.error({ err }, 'the answer of an idempotent request could not be stored: its key stays pending until it expires');
  }
  sendAnswer(res, 'POST', answer);
}

/** 200 when the database answers within PING_TIMEOUT_MS, 503 otherwise; replicas as last checked. */
async function handleReady(res: ServerResponse, deps: HttpDeps): Promise<void> {
  const replicas = deps.replicas?.configured ? { replicas: deps.replicas.health() } : {};
  try {
    await ping(deps.db);
    sendJson(res, 200, { status: 'ready', database: 'up', ...replicas });
  } catch (err) {
    deps.log.warn({ err }, 'readiness check failed');
    sendJson(res, 503, { status: 'not-ready', database: 'down', ...replicas });
  }
}

const APPLICATION = /^[a-z0-9_-]{1,30}$/;

/** The request log line: one per request, never a token or a body. */
function logRequest(
  deps: HttpDeps,
  lines: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  started: bigint,
  trace: GraphQLTrace | null,
): void {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const application = req.headers['x-application'];
  const line: Record<string, unknown> = {
    requestId,
    method: req.method,
    path: (req.url ?? '/').split('?')[0],
    status: res.statusCode,
    durationMs: Math.round(seconds * 1e4) / 10,
  };
  if (typeof application === 'string' && APPLICATION.test(application)) line.application = application;
  if (trace) {
    const operation = operationLabel(trace.operationName);
    line.operation = operation;
    if (trace.codes.length) line.errorCodes = [...new Set(trace.codes)];
    if (trace.replayed) line.idempotentReplay = true;
    deps.metrics.observe({ operation, codes: trace.codes, seconds });
  }
  lines.info(line, 'request');
}

/** The gateway's HTTP front: routing, request ids, transport errors; GraphQL itself is Apollo's. */
export function createHttpServer(deps: HttpDeps): http.Server {
  // The request line holds no token (its fields are fixed above): written without the redaction
  // pass, which would copy every line to look for one.
  const lines = deps.log.child({}, { redact: [] });
  return http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    if (deps.draining()) res.setHeader('connection', 'close');
    const path = (req.url ?? '/').split('?')[0];
    const trace: GraphQLTrace | null = path === '/graphql' || path === '/graphql/' ? { codes: [] } : null;
    res.once('finish', () => logRequest(deps, lines, req, res, requestId, started, trace));
    const work = (async () => {
      if (trace) return handleGraphQL(req, res, requestId, path, deps, trace);
      if (path === '/health/live') return sendJson(res, 200, { status: 'live' });
      if (path === '/health/ready') return handleReady(res, deps);
      if (path === '/metrics') {
        const { contentType, body } = await deps.metrics.render();
        res.writeHead(200, { 'content-type': contentType });
        res.end(body);
        return;
      }
      req.resume();
      throw new DomainError(ErrorCode.RouteNonExistent, `The route ${path} does not exist.`);
    })();
    work.catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof DomainError) {
        trace?.codes.push(err.code);
        sendError(res, requestId, err.code, err.message, err.params);
        return;
      }
      deps.log.error({ err, requestId }, 'unexpected error in the HTTP layer');
      trace?.codes.push(ErrorCode.ApplicationCrash);
      sendError(res, requestId, ErrorCode.ApplicationCrash, CRASH_MESSAGE);
    });
  });
}
