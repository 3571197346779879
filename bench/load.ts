import autocannon from 'autocannon';

/** One request to send: its body, and what to learn from its answer (e.g. a row's new stamp). */
export interface RequestSource {
  next(): { body: string; onAnswer?: (body: string) => void };
}

export interface LoadResult {
  seconds: number;
  connections: number;
  requests: number;
  /** Requests sent, answered or not when the run stopped (what the database saw). */
  sent: number;
  /** Mean requests per second over the run. */
  rps: number;
  latency: { mean: number; p50: number; p90: number; p99: number; max: number };
  /** Answers carrying GraphQL errors (HTTP 200 with "errors"), non-2xx answers, transport errors. */
  graphqlErrors: number;
  non2xx: number;
  transportErrors: number;
  /** The first error body seen, to say what went wrong. */
  firstError: string | null;
  /** Mean response size in bytes. */
  bytesPerResponse: number;
}

/**
 * Drives `url`/graphql with autocannon: each request takes its body from `source`, each answer
 * is checked for GraphQL errors. One request in flight per connection (no pipelining).
 */
export async function drive(
  url: string,
  headers: Record<string, string>,
  source: RequestSource,
  options: { seconds: number; connections: number },
): Promise<LoadResult> {
  let graphqlErrors = 0;
  let firstError: string | null = null;
  type Ctx = { onAnswer?: (body: string) => void };
  // Every answered request's time, as autocannon measured it (ms, fractional): its own latency
  // histogram keeps whole milliseconds only, a 10% step at the 8-14 ms p99 of a look-up, and
  // issue #20 judges p99 ratios against 1.3.
  const times: number[] = [];
  const settings: autocannon.Options = {
    url: `${url}/graphql`,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 30,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [
      {
        method: 'POST',
        setupRequest: (req, context) => {
          const next = source.next();
          (context as Ctx).onAnswer = next.onAnswer;
          return { ...req, body: next.body };
        },
        onResponse: (status, body, context) => {
          if (status === 200 && body.includes('"errors"')) {
            graphqlErrors += 1;
            firstError ??= body.slice(0, 500);
          } else if (status !== 200) {
            firstError ??= `HTTP ${status}: ${body.slice(0, 500)}`;
          }
          (context as Ctx).onAnswer?.(body);
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (err, done) => (err ? reject(err) : resolve(done)));
    instance.on('response', (_client, status, _bytes, responseTime) => {
      // Latencies of 2xx answers only, as autocannon's own figures.
      if (status >= 200 && status < 300) times.push(responseTime);
    });
  });
  const requests = result.requests.total;
  return {
    seconds: result.duration,
    connections: options.connections,
    requests,
    sent: result.requests.sent,
    rps: requests / result.duration,
    latency: latencyOf(times),
    graphqlErrors,
    non2xx: result.non2xx,
    transportErrors: result.errors,
    firstError,
    bytesPerResponse: requests ? result.throughput.total / requests : 0,
  };
}

/** Mean, nearest-rank percentiles and maximum of `times` (ms); zeros when there are none. */
export function latencyOf(times: readonly number[]): LoadResult['latency'] {
  if (!times.length) return { mean: 0, p50: 0, p90: 0, p99: 0, max: 0 };
  const sorted = Float64Array.from(times).sort();
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return {
    mean: sorted.reduce((sum, t) => sum + t, 0) / sorted.length,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: sorted[sorted.length - 1],
  };
}

/** Sends `count` requests one after another; the latency of each, in ms. */
export async function sequential(url: string, headers: Record<string, string>, source: RequestSource, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const { body } = source.next();
    const started = process.hrtime.bigint();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    out.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (!res.ok || text.includes('"errors"')) throw new Error(`request failed: ${text.slice(0, 300)}`);
  }
  return out;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
