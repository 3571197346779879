import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { poolStats } from '../database/health';

/** What the HTTP layer knows of one finished request, for metrics and the request log. */
export interface RequestOutcome {
  operation: string;
  codes: string[];
  seconds: number;
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** A client-chosen operation name as a metric label: bounded in shape so it cannot flood the registry. */
export function operationLabel(name: unknown): string {
  return typeof name === 'string' && OPERATION_NAME.test(name) ? name : 'anonymous';
}

/**
 * The gateway's Prometheus metrics (served at /metrics): requests by operation and error code,
 * latency histograms by operation, the database pool's use, and Node's process metrics.
 * One registry per gateway, so several gateways in one process (tests) do not collide.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'gateway_requests_total',
    help: 'GraphQL requests by operation name and error code ("ok" when none).',
    labelNames: ['operation', 'code'],
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'gateway_request_duration_seconds',
    help: 'GraphQL request latency by operation name.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly subscriptions = new Gauge({
    name: 'gateway_subscriptions_active',
    help: 'Subscriptions open on this instance (graphql-ws).',
    registers: [this.registry],
  });
  private readonly events = new Counter({
    name: 'gateway_subscription_events_total',
    help: 'Subscription events sent to clients.',
    registers: [this.registry],
  });
  private readonly lag = new Histogram({
    name: 'gateway_subscription_delivery_lag_seconds',
    help: 'From the change being recorded (the database clock) to its event being written to the socket.',
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly socketCloses = new Counter({
    name: 'gateway_subscription_sockets_closed_total',
    help: 'Subscription sockets the gateway closed, by catalog code (slow-consumer, session-expired, ...).',
    labelNames: ['code'],
    registers: [this.registry],
  });
  private readonly fanOut = new Histogram({
    name: 'gateway_change_batch_seconds',
    help: 'Time to fan a batch of changes out to the subscriptions (its statements included).',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });

  constructor(db: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'gateway_' });
    const gauge = (name: string, help: string, read: (p: ReturnType<typeof poolStats>) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read(poolStats(db)));
        },
      });
    gauge('gateway_db_pool_connections', 'Open connections in the MySQL pool.', (p) => p.open);
    gauge('gateway_db_pool_idle_connections', 'Idle connections in the MySQL pool.', (p) => p.idle);
    gauge('gateway_db_pool_waiting_requests', 'Queries waiting for a pooled connection.', (p) => p.waiting);
  }

  observe(outcome: RequestOutcome): void {
    const codes = outcome.codes.length ? [...new Set(outcome.codes)] : ['ok'];
    for (const code of codes) this.requests.inc({ operation: outcome.operation, code });
    this.duration.observe({ operation: outcome.operation }, outcome.seconds);
  }

  subscriptionStarted(): void {
    this.subscriptions.inc();
  }

  subscriptionEnded(): void {
    this.subscriptions.dec();
  }

  eventDelivered(changedAt: Date): void {
    this.events.inc();
    this.lag.observe(Math.max(0, Date.now() - changedAt.getTime()) / 1000);
  }

  socketClosed(code: string): void {
    this.socketCloses.inc({ code });
  }

  batchFannedOut(seconds: number): void {
    this.fanOut.observe(seconds);
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
