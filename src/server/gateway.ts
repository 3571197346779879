import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { authenticate } from '../auth/authenticate';
import { createLoaders } from '../context/loaders';
import type { RequestContext } from '../context/request-context';
import { ReplicaMonitor } from '../database/replica-monitor';
import { formatError } from '../errors/format-error';
import { buildGatewaySchema, createServices } from '../graphql/schema';
import { errorLoggingPlugin, isUnexpected } from './error-plugin';
import { createHttpServer } from './http-server';
import { jitExecutionGateway } from './jit-execution.gateway';
import { GatewayMetrics } from './metrics';
import { catalogValidationRule } from './catalog-validation.rule';
import { knownOperationTypeRule } from './known-operation-type.rule';
import { SANDBOX_EXAMPLE } from './sandbox-example';
import { costLimitPlugin, depthAndAliasRule } from './query-limits';
import { readRoutingPlugin } from './read-routing.plugin';
import { requiredVariablesPlugin } from './required-variables.plugin';

export interface Gateway {
  server: Server;
  apollo: ApolloServer<RequestContext>;
  /** The read replicas' monitor (none configured: `configured` is false). */
  replicas: ReplicaMonitor;
  /** Starts listening; resolves with the port actually bound (useful with PORT=0). */
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  /** The time the auth layer judges session expiry by; tests move it. Defaults to the system clock. */
  clock?: () => Date;
  /** Headers Apollo Sandbox starts with (development: the dev token and X-Application). */
  sandboxHeaders?: Record<string, string>;
}

/**
 * The composition root: builds the schema, services, Apollo and the HTTP server around one
 * DataSource. Nothing here opens or closes that database; the caller owns it. The read
 * replicas' DataSources (DATABASE_REPLICA_URLS) are the gateway's own: opened here, closed by stop().
 */
export async function createGateway(config: Config, db: DataSource, log: Logger, options: GatewayOptions = {}): Promise<Gateway> {
  const clock = options.clock ?? (() => new Date());
  const production = config.nodeEnv === 'production';
  const schema = await buildGatewaySchema(createServices());
  const replicas = new ReplicaMonitor(config, log);
  const apollo = new ApolloServer<RequestContext>({
    ...(config.executor === 'jit' ? { gateway: jitExecutionGateway(schema) } : { schema }),
    formatError,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown (drain, then close the pool); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    // Limits are checked before execution: nothing touches the database for a refused operation.
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: [catalogValidationRule, knownOperationTypeRule, depthAndAliasRule(config.limits)],
    plugins: [
      costLimitPlugin(schema, config.limits.maxCost),
      requiredVariablesPlugin(schema),
      ApolloServerPluginCacheControlDisabled(),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({
          footer: false, includeCookies: false,
          embed: options.sandboxHeaders ? { initialState: { sharedHeaders: options.sandboxHeaders } } : true,
          document: SANDBOX_EXAMPLE,
        }),
      errorLoggingPlugin,
      ...(replicas.configured ? [readRoutingPlugin(replicas)] : []),
    ],
  });
  await apollo.start();
  await replicas.start();

  const buildContext = async (req: IncomingMessage, requestId: string, requestLog: Logger): Promise<RequestContext> => {
    try {
      const actor = await authenticate(db, req.headers, clock());
      return { requestId, log: requestLog, db, loaders: createLoaders(db, actor), actor };
    } catch (err) {
      if (isUnexpected(err)) requestLog.error({ err }, 'context creation failed');
      throw err;
    }
  };

  const draining = { value: false };
  const server = createHttpServer({
    config, apollo, db, replicas, log, buildContext, metrics: new GatewayMetrics(db), draining: () => draining.value,
  });
  return {
    server,
    apollo,
    replicas,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    stop: async () => {
      // Stop accepting; let requests in flight finish (their connections close after the
      // response); cut whatever is still open after the grace period.
      draining.value = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
      force.unref();
      await closed;
      clearTimeout(force);
      await apollo.stop();
      await replicas.stop();
    },
  };
}
