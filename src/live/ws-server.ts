import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, Server } from 'node:http';
import {
  createSourceEventStream,
  DocumentNode,
  execute,
  ExecutionArgs,
  ExecutionResult,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { WebSocket, WebSocketServer } from 'ws';
import { authenticate, bearerToken } from '../accounts/authenticate';
import { hashToken } from '../accounts/token-hash';
import type { Config } from '../config/config';
import type { Actor } from '../context/actor';
import { ERROR_CATALOG, ErrorCode, isErrorCode } from '../errors/error-code';
import { formatError } from '../errors/format-error';
import { catalogValidationRule } from '../graphql/catalog-validation.rule';
import { isUnexpected } from '../graphql/error-plugin';
import { subscriptionsOnlyRule } from '../graphql/known-operation-type.rule';
import { costEstimator, depthAndAliasRule, tooCostly } from '../graphql/query-limits';
import type { GatewayMetrics } from '../http/metrics';
import { type ChangeHub, visibilityKey } from './change-hub';
import type { LiveContext, LiveSubscriptions } from './live.types';

/*
 * Subscriptions over the graphql-ws protocol on the HTTP server's /graphql (Apollo Server's
 * documented way: graphql-ws's useServer on a ws WebSocketServer). What this adds to graphql-ws:
 *
 * - authentication in connection_init, with the token and application HTTP takes (the
 *   `Authorization` and `X-Application` keys of its payload), checked again every
 *   SUBSCRIPTION_AUTH_CHECK_MS and, cheaply, before each event: a refused, expired or revoked
 *   token closes the socket with 4000 + the catalog status and the catalog code as the reason;
 * - the HTTP limits (tokens, depth, aliases, cost) on every document, subscriptions only, and
 *   at most MAX_SUBSCRIPTIONS_PER_CONNECTION / MAX_SUBSCRIPTIONS_PER_TOKEN of them;
 * - events are executed as soon as they come and written to the socket without waiting for the
 *   client: a client that reads slower than its events come is closed (slow-consumer) once the
 *   socket holds more than SUBSCRIPTION_BUFFER_BYTES unsent, and nobody else waits for it.
 */

/**
 * How many subscription documents are kept parsed and validated; past it the cache starts again
 * (as direct reads' plans do). Only texts up to MAX_CHECKED_TEXT characters are kept, so that
 * clients sending large distinct documents cannot make the cache hold much memory (a document's
 * syntax tree is several times its text); a longer one is checked on every subscribe.
 */
const MAX_CHECKED_DOCUMENTS = 500;
const MAX_CHECKED_TEXT = 8192;

/** How long a closed socket gets to finish its closing handshake before it is cut. */
const CLOSE_GRACE_MS = 1000;

/** The close code of a catalog error: 4000 + its HTTP status (4401 unauthenticated, 4403 forbidden, as graphql-ws does). */
export function closeCodeOf(code: ErrorCode): number {
  return 4000 + ERROR_CATALOG[code].status;
}

const AUTH_CODES = new Set<ErrorCode>([
  ErrorCode.InvalidToken,
  ErrorCode.SessionExpired,
  ErrorCode.ClientRequired,
  ErrorCode.PermissionDenied,
]);

export interface LiveServerDeps {
  server: Server;
  schema: GraphQLSchema;
  config: Pick<Config, 'limits' | 'subscriptions' | 'nodeEnv'>;
  db: DataSource;
  log: Logger;
  clock: () => Date;
  hub: ChangeHub;
  subscriptions: LiveSubscriptions;
  metrics: GatewayMetrics;
}

interface Connection {
  id: string;
  socket: WebSocket;
  headers: IncomingHttpHeaders;
  actor: Actor;
  tokenKey: string;
  /** Ids of the subscriptions counted against the limits. */
  active: Set<string>;
  timer: NodeJS.Timeout;
  closed: boolean;
}

interface SocketContext extends LiveContext {
  connection: Connection;
  subscriptionId: string;
  /** Subscriptions with the same key get the same answer for an event: the operation, its variables, how the actor sees rows. */
  sharingKey: string;
}

/** A subscription document parsed and validated: the document, or why it cannot run. */
type Checked = { document: DocumentNode; errors?: undefined } | { document?: undefined; errors: readonly GraphQLError[] };

/** An event's answer for one sharing key: executed once, serialized once. */
interface SharedAnswer {
  result: ExecutionResult;
  /** The payload's JSON; null when it has errors (those carry each connection's request id). */
  json: string | null;
}

export interface LiveServer {
  /** Closes every socket (1001, shutting-down) and stops accepting; resolves when they are gone. Idempotent. */
  dispose(): Promise<void>;
}

/** The headers a connection_init payload carries: its own keys, or those of its `headers` object, any case. */
function headersOf(params: Readonly<Record<string, unknown>> | undefined): IncomingHttpHeaders {
  const found: Record<string, string> = {};
  const take = (source: unknown) => {
    if (source === null || typeof source !== 'object') return;
    for (const [key, value] of Object.entries(source)) if (typeof value === 'string') found[key.toLowerCase()] = value;
  };
  take(params?.headers);
  take(params);
  const headers: IncomingHttpHeaders = {};
  if (found.authorization !== undefined) headers.authorization = found.authorization;
  if (found['x-application'] !== undefined) headers['x-application'] = found['x-application'];
  return headers;
}

/** The catalog's view of an error (formatError's). */
function formatted(error: unknown): GraphQLFormattedError {
  const json = error instanceof GraphQLError ? error.toJSON() : { message: error instanceof Error ? error.message : String(error) };
  return formatError(json, error);
}

function codeOf(error: unknown): ErrorCode {
  const code = formatted(error).extensions?.code;
  return isErrorCode(code) ? code : ErrorCode.ApplicationCrash;
}

function refusal(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, catalogCode: code } });
}

/** Serves graphql-ws on `deps.server`'s /graphql. */
export function startLiveServer(deps: LiveServerDeps): LiveServer {
  const { config, log, metrics, schema } = deps;
  const limits = config.subscriptions;
  const estimate = costEstimator(schema);
  const rules = [...specifiedRules, catalogValidationRule, subscriptionsOnlyRule, depthAndAliasRule(config.limits)];
  const connections = new Map<WebSocket, Connection>();
  const perToken = new Map<string, number>();

  /**
   * A document's parse and validation, once per text: they depend on the text alone (the rules
   * are the server's), and a client opens its subscriptions with the same document and other
   * variables. Validation took 160 µs of a subscribe's ~210; the bench's 10,000 subscriptions
   * at once kept the event loop busy for turns of 500-860 ms without this.
   */
  const checked = new Map<string, Checked>();
  const checkedDocument = (query: string): Checked => {
    let found = checked.get(query);
    if (found === undefined) {
      try {
        const document = parse(query, { maxTokens: config.limits.maxTokens });
        const invalid = validate(schema, document, rules);
        found = invalid.length ? { errors: invalid } : { document };
      } catch (err) {
        // graphql-js raises a syntax error (and its token limit) without a code; marked as
        // Apollo marks it over HTTP, formatError answers the same invalid-query or query-too-complex.
        const e = err as GraphQLError;
        const marked = new GraphQLError(e.message, {
          source: e.source,
          positions: e.positions,
          originalError: e,
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        });
        found = { errors: [marked] };
      }
      if (query.length > MAX_CHECKED_TEXT) return found;
      if (checked.size >= MAX_CHECKED_DOCUMENTS) checked.clear();
      checked.set(query, found);
    }
    return found;
  };

  const release = (conn: Connection, id: string) => {
    if (!conn.active.delete(id)) return;
    const left = (perToken.get(conn.tokenKey) ?? 1) - 1;
    if (left > 0) perToken.set(conn.tokenKey, left);
    else perToken.delete(conn.tokenKey);
    metrics.subscriptionEnded();
  };

  const closeWith = (socket: WebSocket, code: ErrorCode | 'shutting-down', conn?: Connection) => {
    if (conn) {
      if (conn.closed) return;
      conn.closed = true;
    }
    const number = code === 'shutting-down' ? 1001 : closeCodeOf(code);
    metrics.socketClosed(code);
    socket.close(number, code);
    // A client that does not read will not answer the close either.
    setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref();
  };

  const close = (conn: Connection, code: ErrorCode) => {
    if (!conn.closed) log.info({ connection: conn.id, code }, 'subscription socket closed by the gateway');
    closeWith(conn.socket, code, conn);
  };

  /** Asks the token again: revoked, expired or changed closes the socket; a database that does not answer keeps it. */
  const recheck = async (conn: Connection) => {
    try {
      const actor = await authenticate({ db: deps.db }, conn.headers, deps.clock());
      const sameView = actor.role === conn.actor.role && JSON.stringify(actor.customerIds) === JSON.stringify(conn.actor.customerIds);
      if (!sameView) return close(conn, ErrorCode.PermissionDenied);
      conn.actor.session = actor.session;
    } catch (err) {
      const code = codeOf(err);
      if (AUTH_CODES.has(code)) close(conn, code);
      else log.warn({ err, connection: conn.id }, 'the token of a subscription socket could not be checked again');
    }
  };

  const expired = (conn: Connection) => {
    const at = conn.actor.session?.expiresAt;
    return at != null && at.getTime() <= deps.clock().getTime();
  };

  const formatResult = (conn: Connection, result: ExecutionResult) => {
    if (!result.errors) return result;
    for (const error of result.errors) {
      if (isUnexpected(error)) log.error({ err: error.originalError ?? error, connection: conn.id, path: error.path }, 'unexpected error');
    }
    return {
      ...result,
      errors: result.errors.map((e) => ({ ...formatted(e), extensions: { ...formatted(e).extensions, requestId: conn.id } })),
    };
  };

  const write = (conn: Connection, message: string) => {
    if (conn.closed || conn.socket.readyState !== WebSocket.OPEN) return;
    conn.socket.send(message);
    if (conn.socket.bufferedAmount > limits.bufferBytes) close(conn, ErrorCode.SlowConsumer);
  };
  const send = (conn: Connection, id: string, payload: unknown) =>
    write(conn, stringifyMessage({ id, type: MessageType.Next, payload: payload as ExecutionResult }));
  /** A `next` message around a payload serialized already (the same bytes stringifyMessage writes). */
  const sendJson = (conn: Connection, id: string, json: string) =>
    write(conn, `{"id":${JSON.stringify(id)},"type":"${MessageType.Next}","payload":${json}}`);

  /**
   * The answer to an event for every subscription that shares `key`: the hub hands each event
   * object to all its receivers, so the subscribers of one operation who see rows alike cost one
   * execution and one serialization per event, not one each.
   */
  const answers = new WeakMap<object, Map<string, Promise<SharedAnswer>>>();
  const answerOf = (event: object, key: string, args: ExecutionArgs): Promise<SharedAnswer> => {
    let byKey = answers.get(event);
    if (!byKey) answers.set(event, (byKey = new Map()));
    let answer = byKey.get(key);
    if (!answer) {
      answer = Promise.resolve(execute({ ...args, rootValue: event })).then((result) => ({
        result,
        json: result.errors ? null : JSON.stringify(result),
      }));
      byKey.set(key, answer);
    }
    return answer;
  };

  /**
   * Runs a subscription: each event executed over the operation's selection and sent at once.
   * The iterator handed to graphql-ws yields nothing; it ends when the subscription does, and
   * its `return` (the client's complete, or the socket closing) ends the source at once.
   */
  const run = (conn: Connection, id: string, args: ExecutionArgs, source: AsyncIterator<unknown>): AsyncIterableIterator<never> => {
    const loop = (async () => {
      try {
        for (;;) {
          const next = await source.next();
          if (next.done || conn.closed) break;
          if (expired(conn)) {
            close(conn, ErrorCode.SessionExpired);
            break;
          }
          const answer = await answerOf(next.value as object, (args.contextValue as SocketContext).sharingKey, args);
          if (answer.json !== null) sendJson(conn, id, answer.json);
          else send(conn, id, formatResult(conn, answer.result));
          metrics.eventDelivered((next.value as { changedAt: Date }).changedAt);
        }
      } catch (err) {
        log.error({ err, connection: conn.id }, 'a subscription stopped on an unexpected error');
      } finally {
        await source.return?.();
        release(conn, id);
      }
    })();
    const iterator: AsyncIterableIterator<never> = {
      next: () => loop.then(() => ({ done: true, value: undefined })),
      return: async () => {
        // At once: the client may send its next subscribe right behind its complete.
        release(conn, id);
        await source.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  };

  const wss = new WebSocketServer({ server: deps.server, path: '/graphql', maxPayload: 1024 * 1024 });
  useServer(
    {
      schema,
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const headers = headersOf(ctx.connectionParams);
        let actor: Actor;
        try {
          actor = await authenticate({ db: deps.db }, headers, deps.clock());
        } catch (err) {
          const code = codeOf(err);
          if (!AUTH_CODES.has(code) && code !== ErrorCode.InvalidParam)
            log.warn({ err }, 'a subscription socket could not be authenticated');
          closeWith(socket, code);
          return false;
        }
        const conn: Connection = {
          id: randomUUID(),
          socket,
          headers,
          actor,
          tokenKey: hashToken(bearerToken(headers)!),
          active: new Set(),
          timer: setInterval(() => void recheck(conn), limits.authCheckMs),
          closed: false,
        };
        conn.timer.unref();
        connections.set(socket, conn);
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        const conn = connections.get(ctx.extra.socket);
        if (!conn || conn.closed) return [refusal(ErrorCode.InvalidToken, 'The connection is not authenticated.')];
        const { document, errors } = checkedDocument(payload.query);
        if (!document) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation)
          return [refusal(ErrorCode.InvalidQuery, 'Name the operation to run (operationName): the document has several, or none.')];
        try {
          const cost = estimate(document, operation, payload.variables ?? {});
          if (cost > config.limits.maxCost) return [tooCostly(cost, config.limits.maxCost)];
        } catch (err) {
          return [err as GraphQLError];
        }
        if (conn.active.size >= limits.maxPerConnection) {
          return [
            refusal(ErrorCode.TooManySubscriptions, `This connection has ${limits.maxPerConnection} subscriptions, the most allowed.`),
          ];
        }
        if ((perToken.get(conn.tokenKey) ?? 0) >= limits.maxPerToken) {
          return [refusal(ErrorCode.TooManySubscriptions, `This token has ${limits.maxPerToken} subscriptions, the most allowed.`)];
        }
        conn.active.add(id);
        perToken.set(conn.tokenKey, (perToken.get(conn.tokenKey) ?? 0) + 1);
        metrics.subscriptionStarted();
        const contextValue: SocketContext = {
          requestId: conn.id,
          log: log.child({ connection: conn.id }),
          db: deps.db,
          replica: deps.db,
          readSide: 'primary',
          actor: conn.actor,
          // Relation fields load through the loaders of the batch being delivered, shared by everyone who sees rows alike.
          get loaders() {
            return deps.hub.loadersFor(conn.actor);
          },
          live: deps.subscriptions,
          connection: conn,
          subscriptionId: id,
          sharingKey: `${visibilityKey(conn.actor)}\u0000${payload.operationName ?? ''}\u0000${JSON.stringify(payload.variables ?? null)}\u0000${payload.query}`,
        };
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      subscribe: async (args) => {
        const ctx = args.contextValue as SocketContext;
        const conn = ctx.connection;
        const source = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in source)) {
          release(conn, ctx.subscriptionId);
          return source;
        }
        return run(conn, ctx.subscriptionId, args, (source as AsyncIterable<unknown>)[Symbol.asyncIterator]());
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        const conn = connections.get(ctx.extra.socket);
        return conn ? formatResult(conn, result as ExecutionResult) : undefined;
      },
      onError: (ctx, _id, _payload, errors) => {
        const conn = connections.get(ctx.extra.socket);
        return errors.map((e) => ({ ...formatted(e), extensions: { ...formatted(e).extensions, requestId: conn?.id } }));
      },
      onClose: (ctx) => {
        const conn = connections.get(ctx.extra.socket);
        if (!conn) return;
        conn.closed = true;
        clearInterval(conn.timer);
        for (const id of [...conn.active]) release(conn, id);
        connections.delete(ctx.extra.socket);
      },
    },
    wss,
  );

  let disposed: Promise<void> | null = null;
  return {
    dispose: () =>
      (disposed ??= (async () => {
        for (const socket of wss.clients) closeWith(socket, 'shutting-down', connections.get(socket));
        await new Promise<void>((resolve) => wss.close(() => resolve()));
      })()),
  };
}
