import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ChangeSettings, Config, DEFAULT_OFFICE_HOURS, loadConfig, type OfficeHours } from './config/config';
import { authenticate } from './accounts/authenticate';
import { Loaders } from './context/loaders';
import type { RequestContext } from './context/request-context';
import { ReplicaMonitor } from './database/replica-monitor';
import { DomainError } from './errors/domain.error';
import { ErrorCode } from './errors/error-code';
import { formatError } from './errors/format-error';
import { buildGatewaySchema } from './graphql/build-schema';
import { ViewerResolver } from './accounts/viewer.resolver';
import { PhotographerResolver } from './accounts/photographer.resolver';
import { PhotographerService } from './accounts/photographer.service';
import { AppointmentCategoryResolver } from './appointments/appointment-category.resolver';
import { AppointmentCategoryService } from './appointments/appointment-category.service';
import { appointmentRelations } from './appointments/appointment.relations';
import { AppointmentMutationResolver } from './appointments/appointment-mutation.resolver';
import { AppointmentWriteService } from './appointments/appointment-write.service';
import { AppointmentResolver } from './appointments/appointment.resolver';
import { AppointmentService } from './appointments/appointment.service';
import { contactRelations } from './customers/contact.relations';
import { ContactResolver } from './customers/contact.resolver';
import { ContactService } from './customers/contact.service';
import { customerRelations } from './customers/customer.relations';
import { CustomerResolver } from './customers/customer.resolver';
import { CustomerService } from './customers/customer.service';
import { AvailabilityResolver } from './availability/availability.resolver';
import { AvailabilityService } from './availability/availability.service';
import { ErrorCatalogResolver } from './errors/error-catalog.resolver';
import { orderRelations } from './orders/order.relations';
import { OrderSignOffResolver } from './orders/order-sign-off.resolver';
import { OrderSignOffService } from './orders/order-sign-off.service';
import { OrderResolver } from './orders/order.resolver';
import { OrderService } from './orders/order.service';
import { createRepositories, Repositories } from './repositories';
import { IdempotencyService } from './idempotency/idempotency.service';
import { errorLoggingPlugin, isUnexpected } from './graphql/error-plugin';
import { createHttpServer } from './http/http-server';
import { jitExecutionGateway } from './graphql/jit-executor';
import { GatewayMetrics } from './http/metrics';
import { catalogValidationRule } from './graphql/catalog-validation.rule';
import { knownOperationTypeRule } from './graphql/known-operation-type.rule';
import { SANDBOX_EXAMPLE } from './graphql/sandbox-example';
import { costEstimator, costLimitPlugin, depthAndAliasRule } from './graphql/query-limits';
import { readRoutingPlugin, routeQuery } from './graphql/read-routing.plugin';
import { DirectReads } from './graphql/direct-reads';
import { requiredVariablesPlugin } from './graphql/required-variables.plugin';
import { ChangeHub } from './live/change-hub';
import { ChangeSubscriptionResolver } from './live/change.resolver';
import { ChangeSubscriptionService } from './live/change-subscription.service';
import type { ChangeSource } from './live/change.types';
import { LiveServer, startLiveServer } from './live/ws-server';
import { changeRelations } from './live/change.relations';
import { ChangeFeedResolver } from './live/change-feed.resolver';
import { ChangeFeedService } from './live/change-feed.service';
import { ChangePoller } from './live/change-poller';
import { startPruning } from './live/change-retention';
import { RequestEnd } from './http/request-end';
import type { EndSignal } from './database/end-signal';

/*
 * The composition root. What the gateway is made of, from the bottom up: repositories (the only
 * code that touches rows), the relations declared over them, the services that hold the rules,
 * and the resolvers that translate GraphQL to service calls. Then createGateway puts the schema
 * behind Apollo and the HTTP server. Adding a resolver is one line in `resolvers`.
 */

/** How long requests ended by shutdown get to send their answer before their connections are cut. */
const ANSWER_AFTER_ABORT_MS = 1000;

function shuttingDown(): DomainError {
  return new DomainError(
    ErrorCode.ShuttingDown,
    'The gateway is shutting down: the operation was stopped and nothing it was writing was committed. Send it again.',
  );
}

/** The settings services read: the office's working hours (availability), the change feed's, which appointment columns reads return. */
export interface ServiceSettings {
  office: OfficeHours;
  changes: ChangeSettings;
  readColumns: Config['readColumns'];
}

/** The settings of the default configuration (what `npm run schema` builds with; they do not shape the schema). */
const DEFAULT_SETTINGS: ServiceSettings = { office: DEFAULT_OFFICE_HOURS, changes: loadConfig({}).changes, readColumns: 'selected' };

/** The relations and services, over `r`: built once, stateless per request. */
export function createServices(r: Repositories = createRepositories(), settings: ServiceSettings = DEFAULT_SETTINGS) {
  const relations = {
    appointment: appointmentRelations(r),
    order: orderRelations(r),
    customer: customerRelations(r),
    contact: contactRelations(r),
    change: changeRelations(r),
  };
  const appointments = new AppointmentService(r.appointments, relations.appointment, settings.readColumns);
  return {
    relations,
    appointments,
    appointmentWrites: new AppointmentWriteService(r, appointments),
    orderSignOff: new OrderSignOffService(r),
    orders: new OrderService(r.orders, relations.order),
    customers: new CustomerService(r.customers, relations.customer),
    contacts: new ContactService(r.contacts, r.customers, relations.contact),
    availability: new AvailabilityService(r.users, r.appointments, settings.office),
    categories: new AppointmentCategoryService(r.categories),
    photographers: new PhotographerService(r.users),
    changeFeed: new ChangeFeedService(r.changes, relations.change, settings.changes),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Every resolver of the schema, with what it needs. */
export function resolvers(s: Services): object[] {
  return [
    new AppointmentResolver(s.appointments, s.relations.appointment),
    new AppointmentMutationResolver(s.appointmentWrites),
    new OrderResolver(s.orders, s.relations.order),
    new OrderSignOffResolver(s.orderSignOff),
    new CustomerResolver(s.customers, s.relations.customer),
    new ContactResolver(s.contacts, s.relations.contact),
    new AvailabilityResolver(s.availability),
    new AppointmentCategoryResolver(s.categories),
    new PhotographerResolver(s.photographers),
    new ChangeFeedResolver(s.changeFeed, s.relations.change),
    new ViewerResolver(),
    new ErrorCatalogResolver(),
    new ChangeSubscriptionResolver(),
  ];
}

/** The gateway's schema (also what `npm run schema` prints). */
export function buildAppSchema(services: Services = createServices()) {
  return buildGatewaySchema(resolvers(services));
}

export interface Gateway {
  server: Server;
  apollo: ApolloServer<RequestContext>;
  /** The read replicas' monitor (none configured: `configured` is false). */
  replicas: ReplicaMonitor;
  /** The changes of every writer, as this instance's poller reads them (started with the gateway, stopped by stop()). */
  changes: ChangePoller;
  /** Direct reads (DIRECT_READS on, on MySQL/MariaDB): what they answered and declined. */
  direct?: DirectReads;
  /** Starts listening; resolves with the port actually bound (useful with PORT=0). */
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  /** The time the auth layer judges session expiry by, and idempotency keys theirs; tests move it. Defaults to the system clock. */
  clock?: () => Date;
  /** Headers Apollo Sandbox starts with (development: the dev token and X-Application). */
  sandboxHeaders?: Record<string, string>;
  /** Where subscriptions hear of changes; by default this instance's poller of the change table (tests feed their own). */
  changes?: ChangeSource;
}

/**
 * The gateway: the schema, Apollo and the HTTP server around one DataSource. Nothing here opens or closes that database; the caller owns it. The read
 * replicas' DataSources (DATABASE_REPLICA_URLS) are the gateway's own: opened here, closed by stop().
 */
export async function createGateway(config: Config, db: DataSource, log: Logger, options: GatewayOptions = {}): Promise<Gateway> {
  const clock = options.clock ?? (() => new Date());
  const production = config.nodeEnv === 'production';
  const repositories = createRepositories();
  const services = createServices(repositories, config);
  const schema = await buildAppSchema(services);
  // Set once the HTTP server exists; Apollo's drain phase (below) closes its sockets.
  let live: LiveServer | null = null;
  const replicas = new ReplicaMonitor(config, log);
  const validationRules = [catalogValidationRule, knownOperationTypeRule, depthAndAliasRule(config.limits)];
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
    validationRules,
    plugins: [
      // Left-out required variables are missing-param, before the cost plugin coerces variables.
      requiredVariablesPlugin(schema),
      costLimitPlugin(schema, config.limits.maxCost),
      // Apollo's defaults the gateway does not use, so that no request pays for their hooks: cache
      // hints, federation traces (a subgraph's), and reporting to Apollo's cloud (APOLLO_KEY).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({
            footer: false,
            includeCookies: false,
            embed: options.sandboxHeaders ? { initialState: { sharedHeaders: options.sandboxHeaders } } : true,
            document: SANDBOX_EXAMPLE,
          }),
      errorLoggingPlugin,
      // Apollo's pattern for the WebSocket server: its sockets close when Apollo drains.
      { serverWillStart: async () => ({ drainServer: async () => live?.dispose() }) },
      ...(replicas.configured ? [readRoutingPlugin(replicas)] : []),
    ],
  });
  await apollo.start();
  await replicas.start();

  const buildContext = async (req: IncomingMessage, requestId: string, requestLog: Logger, ended: EndSignal): Promise<RequestContext> => {
    try {
      const actor = await authenticate({ db, signal: ended }, req.headers, clock());
      const ctx: RequestContext = {
        requestId,
        log: requestLog,
        db,
        replica: db,
        readSide: 'primary',
        signal: ended,
        actor,
        loaders: new Loaders(() => ctx),
      };
      return ctx;
    } catch (err) {
      if (isUnexpected(err)) requestLog.error({ err }, 'context creation failed');
      throw err;
    }
  };

  const idempotency = new IdempotencyService(repositories.idempotencyKeys, config.idempotencyRetentionHours * 3_600_000, clock);
  const stopSweeping = idempotency.startSweeping({ db }, (err) => log.warn({ err }, 'the sweep of expired idempotency keys failed'));

  // One reader of the change table per instance, whatever the number of listeners (docs/live-changes.md).
  const changes = new ChangePoller(
    repositories.changes,
    { db },
    {
      pollIntervalMs: config.changes.pollIntervalMs,
      nudgeSpacingMs: config.changes.nudgeSpacingMs,
      gapTimeoutMs: config.changes.gapTimeoutMs,
      onError: (err) => log.warn({ err }, 'reading the change table failed'),
    },
  );
  await changes.start();
  const stopPruning = startPruning(repositories.changes, { db }, config.changes.retentionHours, clock, (err) =>
    log.warn({ err }, 'pruning the change table failed'),
  );

  // Appointment look-ups and pages as the database writes them (direct-reads.ts); SQLite has no JSON text writer.
  const direct =
    config.directReads && config.database.kind === 'mysql'
      ? new DirectReads({
          schema,
          appointments: services.appointments,
          relations: services.relations.appointment,
          maxTokens: config.limits.maxTokens,
          validationRules,
          cost: costEstimator(schema),
          maxCost: config.limits.maxCost,
          maxResponseBytes: config.limits.maxResponseBytes,
          route: (ctx) => routeQuery(replicas, ctx),
        })
      : undefined;

  const draining = { value: false };
  const inFlight = new Set<RequestEnd>();
  const metrics = new GatewayMetrics(db);
  const server = createHttpServer({
    config,
    apollo,
    db,
    replicas,
    log,
    buildContext,
    direct,
    metrics,
    idempotency,
    draining: () => draining.value,
    inFlight,
  });
  const hub = new ChangeHub({ db, repositories, log, onBatch: (seconds) => metrics.batchFannedOut(seconds) });
  hub.start(options.changes ?? changes);
  live = startLiveServer({
    server,
    schema,
    config,
    db,
    log,
    clock,
    hub,
    subscriptions: new ChangeSubscriptionService(hub, services.orders),
    metrics,
  });
  const liveServer = live;
  return {
    server,
    apollo,
    replicas,
    changes,
    direct,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    stop: async () => {
      // Stop accepting; let requests in flight finish (their connections close after the
      // response); cut whatever is still open after the grace period.
      draining.value = true;
      stopSweeping();
      // Subscription sockets would hold the server open: they close first (1001, shutting-down).
      await hub.stop();
      await liveServer.dispose();
      stopPruning();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => {
        // Past the grace period: end the requests still running first, so that their
        // transactions roll back and they are answered shutting-down; then cut what is left.
        for (const request of inFlight) request.abort(shuttingDown());
        setTimeout(() => server.closeAllConnections(), ANSWER_AFTER_ABORT_MS).unref();
      }, config.shutdownGraceMs);
      force.unref();
      await closed;
      clearTimeout(force);
      await apollo.stop();
      await changes.stop();
      await replicas.stop();
    },
  };
}
