import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/*
 * The live section's subscribers, in a process of their own (spawned by bench/live.ts with an
 * IPC channel): graphql-ws's client over `ws`, as an application would open them, many
 * subscriptions per socket. Parsing tens of thousands of events a second takes a core; in the
 * bench's own process it would delay the writers' commit times and the receive times alike.
 *
 * Each event is recorded as (subscription, receive time) under its `updatedAtMt`, the stamp the
 * writer's change wrote (unique per change). Asked for a report, the process gets the writers'
 * commits (stamp, commit time, the row's customer and photographer), works out which
 * subscriptions each should have reached by their filters, and answers the latency
 * percentiles and what was lost, repeated or unexpected. Times are the machine's wall clock,
 * Date.now() in both processes (see live.ts: a per-process time origin drifts apart after a
 * step of the system clock).
 */

/** A subscription's filter: by customer, by photographer, or none (every appointment). */
export type LiveFilter = { customerId: string } | { photographerUserId: string } | null;

export interface LiveCommit {
  stamp: string;
  /** When the writer's statement or mutation returned (ms, wall clock). */
  at: number;
  customerId: number;
  photographerUserId: number | null;
}

export interface LiveDelivery {
  /** Changes reported (commits). */
  changes: number;
  /** Events the filters call for, received, and those missing, received twice, or not called for. */
  expected: number;
  received: number;
  lost: number;
  duplicates: number;
  unexpected: number;
  /** Events whose stamp is no commit of the report (a warm-up's late ones, another writer's). */
  strays: number;
  /** Events that carried errors. */
  errors: number;
  firstError: string | null;
  /** Receive time − commit time over every expected event received, in ms (null when none). */
  latency: { min: number; p50: number; p90: number; p99: number; max: number; mean: number } | null;
}

export type ToClient =
  | { type: 'open'; url: string; init: Record<string, string>; query: string; filters: LiveFilter[]; perSocket: number }
  | { type: 'reset' }
  | { type: 'count' }
  | { type: 'report'; commits: LiveCommit[] }
  | { type: 'close' };

export type FromClient =
  | { type: 'opened'; sockets: number; subscriptions: number }
  | { type: 'reset' }
  | { type: 'count'; received: number }
  | { type: 'report'; delivery: LiveDelivery }
  | { type: 'failed'; error: string }
  | { type: 'closed' };

const now = () => Date.now();

/** The value at quantile q of sorted values. */
function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

class Subscribers {
  private clients: Client[] = [];
  private filters: LiveFilter[] = [];
  /** By stamp: subscription index and receive time, flattened pairs. */
  private events = new Map<string, number[]>();
  private received = 0;
  private errors = 0;
  private firstError: string | null = null;
  /** Socket closes and subscription errors: any is a failure of the run. */
  private readonly problems: string[] = [];

  constructor(private readonly send: (m: FromClient) => void) {}

  async open(m: Extract<ToClient, { type: 'open' }>): Promise<void> {
    this.filters = m.filters;
    const sockets = Math.ceil(m.filters.length / m.perSocket);
    const connected: Promise<void>[] = [];
    for (let s = 0; s < sockets; s++) {
      let onConnected!: () => void;
      connected.push(new Promise<void>((resolve) => (onConnected = resolve)));
      const client = createClient({
        url: m.url,
        webSocketImpl: WebSocket,
        connectionParams: m.init,
        lazy: false,
        retryAttempts: 0,
        shouldRetry: () => false,
        onNonLazyError: (err) => this.problem(`socket ${s} failed: ${String((err as { reason?: string }).reason ?? err)}`),
        on: {
          connected: () => onConnected(),
          closed: (event) => {
            const e = event as { code?: number; reason?: string | Buffer };
            if (this.clients.length) this.problem(`socket ${s} closed: ${e.code ?? '?'} ${String(e.reason ?? '')}`);
          },
        },
      });
      this.clients.push(client);
      for (let i = s * m.perSocket; i < Math.min(m.filters.length, (s + 1) * m.perSocket); i++) {
        client.subscribe(
          { query: m.query, variables: { filter: m.filters[i] } },
          {
            next: (value) =>
              this.record(i, value as { data?: { appointmentChanged?: { updatedAtMt?: string | null } }; errors?: unknown[] }),
            error: (err) => this.problem(`subscription ${i} ended with an error: ${JSON.stringify(err).slice(0, 300)}`),
            complete: () => {
              if (this.clients.length) this.problem(`subscription ${i} completed`);
            },
          },
        );
      }
    }
    await Promise.all(connected);
    this.send({ type: 'opened', sockets, subscriptions: m.filters.length });
  }

  private problem(text: string): void {
    if (this.problems.length < 20) this.problems.push(text);
    this.errors += 1;
    this.firstError ??= text;
  }

  private record(
    subscription: number,
    value: { data?: { appointmentChanged?: { updatedAtMt?: string | null } }; errors?: unknown[] },
  ): void {
    const at = now();
    this.received += 1;
    if (value.errors) {
      this.errors += 1;
      this.firstError ??= JSON.stringify(value.errors).slice(0, 300);
    }
    const stamp = value.data?.appointmentChanged?.updatedAtMt ?? '';
    let list = this.events.get(stamp);
    if (!list) this.events.set(stamp, (list = []));
    list.push(subscription, at);
  }

  reset(): void {
    this.events = new Map();
    this.received = 0;
    this.errors = 0;
    this.firstError = null;
  }

  count(): number {
    return this.received;
  }

  report(commits: LiveCommit[]): LiveDelivery {
    const everyone: number[] = [];
    const byCustomer = new Map<number, number[]>();
    const byPhotographer = new Map<number, number[]>();
    const add = (map: Map<number, number[]>, key: number, i: number) => {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    };
    this.filters.forEach((f, i) => {
      if (f === null) everyone.push(i);
      else if ('customerId' in f) add(byCustomer, Number(f.customerId), i);
      else add(byPhotographer, Number(f.photographerUserId), i);
    });
    const latencies: number[] = [];
    let expected = 0;
    let lost = 0;
    let duplicates = 0;
    let unexpected = 0;
    const reported = new Set<string>();
    for (const c of commits) {
      reported.add(c.stamp);
      const wanted = new Set<number>([
        ...everyone,
        ...(byCustomer.get(c.customerId) ?? []),
        ...(c.photographerUserId === null ? [] : (byPhotographer.get(c.photographerUserId) ?? [])),
      ]);
      expected += wanted.size;
      const got = this.events.get(c.stamp) ?? [];
      const seen = new Set<number>();
      for (let k = 0; k < got.length; k += 2) {
        const sub = got[k];
        if (!wanted.has(sub)) unexpected += 1;
        else if (seen.has(sub)) duplicates += 1;
        else {
          seen.add(sub);
          latencies.push(got[k + 1] - c.at);
        }
      }
      lost += wanted.size - seen.size;
    }
    let strays = 0;
    for (const [stamp, got] of this.events) if (!reported.has(stamp)) strays += got.length / 2;
    const sorted = Float64Array.from(latencies).sort();
    return {
      changes: commits.length,
      expected,
      received: this.received,
      lost,
      duplicates,
      unexpected,
      strays,
      errors: this.errors,
      firstError: this.firstError ?? this.problems[0] ?? null,
      latency: sorted.length
        ? {
            min: sorted[0],
            p50: quantile(sorted, 0.5),
            p90: quantile(sorted, 0.9),
            p99: quantile(sorted, 0.99),
            max: sorted[sorted.length - 1],
            mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
          }
        : null,
    };
  }

  async close(): Promise<void> {
    const clients = this.clients;
    this.clients = [];
    await Promise.all(clients.map((c) => c.dispose()));
  }
}

if (require.main === module) {
  const send = (m: FromClient) => process.send!(m);
  const subscribers = new Subscribers(send);
  process.on('message', (m: ToClient) => {
    void (async () => {
      try {
        if (m.type === 'open') await subscribers.open(m);
        else if (m.type === 'reset') {
          subscribers.reset();
          send({ type: 'reset' });
        } else if (m.type === 'count') send({ type: 'count', received: subscribers.count() });
        else if (m.type === 'report') send({ type: 'report', delivery: subscribers.report(m.commits) });
        else if (m.type === 'close') {
          await subscribers.close();
          send({ type: 'closed' });
          process.disconnect();
        }
      } catch (err) {
        send({ type: 'failed', error: (err as Error).stack ?? String(err) });
      }
    })();
  });
  // The parent gone: nothing left to report to.
  process.on('disconnect', () => process.exit(0));
}
