import { ChildProcess, spawn } from 'node:child_process';
import type { Connection } from 'mysql2/promise';
import mysql from 'mysql2/promise';
import type { DbStats } from './db-stats';
import type { FromClient, LiveCommit, LiveDelivery, LiveFilter, ToClient } from './live-client';
import { LIVE_ACCOUNT, MYSQL, urlFor } from './mysql-admin';
import { requestBody } from './operations';
import { cpuMsOf, databasePid, machineCpuMs, ROOT, rssOf, ServerProcess, startGateway } from './processes';
import type { Target } from './report';

/*
 * The live-events section (issue #19): one gateway instance with 100 and then many (10,000;
 * 2,000 quick) subscriptions open over graphql-ws, fed 100 changes a second by two writers in
 * turn: another application (UPDATEs through mysql2 as the server's root account: the triggers
 * record them, the gateway's poller reads them at its next interval) and the gateway itself
 * (`updateAppointment` over HTTP: the commit nudges the poller). Per run: delivery latency
 * from commit (the writer's statement or mutation returned) to the subscriber's receipt, events
 * expected against received (none may be lost), the CPU of the gateway, the subscribers' process,
 * the bench and MariaDB, the gateway's peak resident size, and the statements per second its
 * MariaDB user sent (userstat). The subscribers run in a process of their own (live-client.ts).
 */

/** How `--only` selects the section. */
export const LIVE_ID = 'live';
/** Changes per second each writer makes. */
export const CHANGES_PER_SECOND = 100;
/** Subscriptions per WebSocket (the gateway's MAX_SUBSCRIPTIONS_PER_CONNECTION, its default). */
export const SUBSCRIPTIONS_PER_SOCKET = 100;
/** Rows each writer changes in turn (each row every 5 s at 100 changes/s: no write waits on another). */
const ROWS_PER_WRITER = 500;

export const LIVE_SETTINGS = {
  quick: { subscribers: [100, 2000], seconds: 10, warmupSeconds: 2, idleSeconds: 3 },
  full: { subscribers: [100, 10_000], seconds: 30, warmupSeconds: 3, idleSeconds: 5 },
};

/** What every subscription selects: the change, and the appointment with a relation (a list screen's update). */
export const LIVE_SUBSCRIPTION = `subscription LiveBench($filter: AppointmentFilter) {
  appointmentChanged(filter: $filter) { kind id updatedAtMt changedAt appointment { title startDate customer { name } } }
}`;

export type LiveWriter = 'idle' | 'other' | 'own';

export interface LiveRun {
  subscribers: number;
  sockets: number;
  writer: LiveWriter;
  seconds: number;
  /** Changes committed, and their rate; write errors (none expected). */
  changes: number;
  changesPerSecond: number;
  writeErrors: number;
  firstWriteError: string | null;
  delivery: LiveDelivery | null;
  /** CPU seconds per second of the run (cores kept busy), by process; null where not measurable. */
  cores: { gateway: number | null; subscribers: number | null; bench: number; database: number | null; others: number | null };
  gatewayPeakRssBytes: number | null;
  subscribersPeakRssBytes: number | null;
  /** Statements per second the gateway's MariaDB user sent during the run (userstat). */
  statementsPerSecond: number | null;
}

export interface LiveEvents {
  size: number;
  database: string;
  notRun: string | null;
  subscribers: number[];
  perSocket: number;
  changesPerSecond: number;
  seconds: number;
  warmupSeconds: number;
  pollIntervalMs: string;
  /** How the subscriptions' filters are mixed. */
  mix: string;
  /** The gateway's resident size with the subscriptions open and nothing happening, by subscriber count. */
  idleRssBytes: Record<string, number | null>;
  runs: LiveRun[];
  goals: Target[];
}

/**
 * The wall clock, as the subscribers' process reads it (live-client.ts): Date.now() in both, so
 * that a step of the system clock moves both alike. `performance.timeOrigin + performance.now()`
 * is fixed at each process's start: two processes started on either side of a step disagree by
 * it for good (a full run once reported every event ~9 s late that way).
 */
const now = () => Date.now();
/** Elapsed time for pacing the writers: monotonic, whatever the wall clock does. */
const elapsed = () => performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The filters of `n` subscriptions, a realistic mix: per 100, one with no filter (a dispatcher's
 * board: every change), 20 by photographer (their own schedule) and 79 by customer (a
 * customer's portal or CRM view), spread over the data set's 30 photographers and 200 customers.
 */
export function subscriptionMix(n: number, photographers: number, customers: number): LiveFilter[] {
  const out: LiveFilter[] = [];
  let p = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const k = i % 100;
    if (k === 0) out.push(null);
    else if (k <= 20) out.push({ photographerUserId: String(1 + (p++ % photographers)) });
    else out.push({ customerId: String(1 + (c++ % customers)) });
  }
  return out;
}

const MIX_TEXT =
  'per 100 subscriptions: 1 unfiltered, 20 by photographerUserId, 79 by customerId (spread over the 30 photographers and 200 customers)';

/** How many of `filters` a change of a row of this customer and photographer should reach. */
function receiversOf(filters: LiveFilter[]): (customerId: number, photographerUserId: number | null) => number {
  let everyone = 0;
  const byCustomer = new Map<number, number>();
  const byPhotographer = new Map<number, number>();
  for (const f of filters) {
    if (f === null) everyone += 1;
    else if ('customerId' in f) byCustomer.set(Number(f.customerId), (byCustomer.get(Number(f.customerId)) ?? 0) + 1);
    else byPhotographer.set(Number(f.photographerUserId), (byPhotographer.get(Number(f.photographerUserId)) ?? 0) + 1);
  }
  return (customer, photographer) =>
    everyone + (byCustomer.get(customer) ?? 0) + (photographer === null ? 0 : (byPhotographer.get(photographer) ?? 0));
}

interface Row {
  id: number;
  customerId: number;
  photographerUserId: number | null;
  stamp: string;
}

/** 2 × ROWS_PER_WRITER rows spread over the table (a multiplicative hash of 1..n: every customer and photographer among them). */
async function pickRows(db: Connection, size: number): Promise<{ other: Row[]; own: Row[] }> {
  const ids = new Set<number>();
  for (let i = 1; ids.size < 2 * ROWS_PER_WRITER && i < 10 * ROWS_PER_WRITER; i++) ids.add(1 + ((i * 2654435761) % size));
  const [rows] = (await db.query(
    `SELECT id, customer_id, photographer_user_id, updated_at_mt FROM appointments WHERE id IN (${[...ids].join(', ')}) ORDER BY id`,
  )) as unknown as [{ id: number; customer_id: number; photographer_user_id: number | null; updated_at_mt: string }[]];
  const all = rows.map((r) => ({
    id: r.id,
    customerId: r.customer_id,
    photographerUserId: r.photographer_user_id,
    stamp: r.updated_at_mt,
  }));
  return { other: all.filter((_, i) => i % 2 === 0), own: all.filter((_, i) => i % 2 === 1) };
}

interface WriteResult {
  commits: LiveCommit[];
  errors: number;
  firstError: string | null;
  seconds: number;
}

/** Starts `one(i)` at `rate` per second for `seconds` (open loop: a slow write does not hold the next back); resolves when all have returned. */
async function paced(seconds: number, rate: number, one: (i: number) => Promise<void>): Promise<number> {
  const total = Math.round(seconds * rate);
  const started = elapsed();
  const running = new Set<Promise<void>>();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((elapsed() - started) / 1000) * rate) + 1);
    while (sent < due) {
      const p = one(sent++).finally(() => running.delete(p));
      running.add(p);
    }
    await sleep(Math.max(1, (sent * 1000) / rate - (elapsed() - started)));
  }
  await Promise.all(running);
  return (elapsed() - started) / 1000;
}

let stampCounter = 0;

/** Another application: `UPDATE appointments SET title, updated_at_mt` through mysql2, the stamp unique per change. */
async function writeAsOtherApplication(pool: mysql.Pool, rows: Row[], seconds: number): Promise<WriteResult> {
  const out: WriteResult = { commits: [], errors: 0, firstError: null, seconds: 0 };
  out.seconds = await paced(seconds, CHANGES_PER_SECOND, async (i) => {
    const row = rows[i % rows.length];
    const stamp = `${new Date().toISOString()}~b${(stampCounter++).toString(16).padStart(7, '0')}`;
    try {
      await pool.execute('UPDATE appointments SET title = ?, updated_at_mt = ? WHERE id = ?', [`Live change ${i}`, stamp, row.id]);
      out.commits.push({ stamp, at: now(), customerId: row.customerId, photographerUserId: row.photographerUserId });
    } catch (err) {
      out.errors += 1;
      out.firstError ??= (err as Error).message;
    }
  });
  return out;
}

/** The gateway's own writes: `updateAppointment` over HTTP with each row's current stamp (followed from each answer). */
async function writeThroughGateway(url: string, headers: Record<string, string>, rows: Row[], seconds: number): Promise<WriteResult> {
  const out: WriteResult = { commits: [], errors: 0, firstError: null, seconds: 0 };
  out.seconds = await paced(seconds, CHANGES_PER_SECOND, async (i) => {
    const row = rows[i % rows.length];
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: requestBody('BenchUpdate', { id: String(row.id), input: { updatedAtMt: row.stamp, title: `Live write ${i}` } }),
      });
      const text = await res.text();
      const at = now();
      const body = JSON.parse(text) as {
        data?: { updateAppointment?: { updatedAtMt: string } };
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      const stamp = body.data?.updateAppointment?.updatedAtMt;
      const error = body.errors?.[0];
      if (error) throw new Error(`${error.extensions?.code ?? 'error'}: ${error.message}`.slice(0, 200));
      if (!res.ok || !stamp) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
      row.stamp = stamp;
      out.commits.push({ stamp, at, customerId: row.customerId, photographerUserId: row.photographerUserId });
    } catch (err) {
      out.errors += 1;
      out.firstError ??= (err as Error).message;
    }
  });
  return out;
}

/** The subscribers' process: bench/live-client.ts, spoken to one request at a time over IPC. */
class SubscriberProcess {
  private waiting: { type: string; resolve: (m: FromClient) => void; reject: (e: Error) => void } | null = null;
  private exited = false;

  private constructor(readonly child: ChildProcess) {
    child.on('message', (m: FromClient) => {
      const w = this.waiting;
      if (!w) return;
      if (m.type === 'failed') {
        this.waiting = null;
        w.reject(new Error(`the subscribers' process failed: ${m.error}`));
      } else if (m.type === w.type) {
        this.waiting = null;
        w.resolve(m);
      }
    });
    child.on('exit', (code) => {
      this.exited = true;
      this.waiting?.reject(new Error(`the subscribers' process exited (${code})`));
      this.waiting = null;
    });
  }

  static start(): SubscriberProcess {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bench/live-client.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new SubscriberProcess(child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  ask<T extends FromClient['type']>(message: ToClient, answer: T, timeoutMs = 60_000): Promise<Extract<FromClient, { type: T }>> {
    if (this.exited) return Promise.reject(new Error("the subscribers' process is gone"));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        reject(new Error(`the subscribers' process did not answer ${message.type} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting = {
        type: answer,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<FromClient, { type: T }>);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.child.send(message);
    });
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await this.ask({ type: 'close' }, 'closed', 15_000);
    } catch {
      // it answers no more: ended below
    }
    if (!this.exited) {
      const gone = new Promise((r) => this.child.once('exit', r));
      this.child.kill('SIGTERM');
      await Promise.race([gone, sleep(5000)]);
      if (!this.exited) this.child.kill('SIGKILL');
    }
  }
}

/** The gateway's gateway_subscriptions_active. */
async function activeSubscriptions(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^gateway_subscriptions_active (\d+)/m.exec(text)?.[1] ?? NaN);
}

async function waitForActive(url: string, n: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = NaN;
  while (Date.now() < deadline) {
    last = await activeSubscriptions(url);
    if (last === n) return;
    await sleep(200);
  }
  throw new Error(`the gateway holds ${last} subscriptions, not ${n}, after ${timeoutMs} ms`);
}

/** CPU and resident size of the processes of a run, sampled from its start to stop(). */
function sampleRun(gateway: ServerProcess, subscribers: SubscriberProcess, dbPid: number | null) {
  const cpu = () => ({
    at: now(),
    gateway: gateway.cpuMs(),
    subscribers: cpuMsOf(subscribers.pid),
    bench: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    database: dbPid === null ? null : cpuMsOf(dbPid),
    machine: machineCpuMs(),
  });
  const before = cpu();
  let gatewayPeak: number | null = null;
  let subscribersPeak: number | null = null;
  const sample = () => {
    const g = gateway.rss();
    const s = rssOf(subscribers.pid);
    if (g !== null) gatewayPeak = Math.max(gatewayPeak ?? 0, g);
    if (s !== null) subscribersPeak = Math.max(subscribersPeak ?? 0, s);
  };
  sample();
  const timer = setInterval(sample, 250);
  return {
    stop(): Pick<LiveRun, 'cores' | 'gatewayPeakRssBytes' | 'subscribersPeakRssBytes'> {
      clearInterval(timer);
      sample();
      const after = cpu();
      const wall = after.at - before.at;
      const share = (a: number | null, b: number | null) => (a === null || b === null || wall <= 0 ? null : (b - a) / wall);
      const gw = share(before.gateway, after.gateway);
      const subs = share(before.subscribers, after.subscribers);
      const bench = share(before.bench, after.bench)!;
      const database = share(before.database, after.database);
      const machine = share(before.machine, after.machine);
      const ours = [gw, subs, bench, database];
      return {
        cores: {
          gateway: gw,
          subscribers: subs,
          bench,
          database,
          others: machine === null || ours.some((x) => x === null) ? null : Math.max(0, machine - ours.reduce((a, b) => a! + b!, 0)!),
        },
        gatewayPeakRssBytes: gatewayPeak,
        subscribersPeakRssBytes: subscribersPeak,
      };
    },
  };
}

/** Whether MariaDB still counts statements per user: a bench run next door puts `userstat` back off when it ends. */
async function userstatOn(db: Connection): Promise<boolean> {
  const [rows] = await db.query("SHOW GLOBAL VARIABLES LIKE 'userstat'");
  return (rows as { Value: string }[])[0]?.Value === 'ON';
}

/** Waits until the subscribers have received `expected` events, or none more arrive for 3 s (some lost), or 30 s. */
async function drained(subscribers: SubscriberProcess, expected: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  let last = -1;
  let still = Date.now();
  while (Date.now() < deadline) {
    const { received } = await subscribers.ask({ type: 'count' }, 'count');
    if (received >= expected) return;
    if (received !== last) {
      last = received;
      still = Date.now();
    } else if (Date.now() - still > 3000) return;
    await sleep(100);
  }
}

export interface LiveOptions {
  mode: 'quick' | 'full';
  size: number;
  database: string;
  headers: Record<string, string>;
  db: Connection;
  stats: DbStats;
  poolSize: number;
  photographers: number;
  customers: number;
  log: (msg: string) => void;
}

/**
 * Runs the section. Never throws: whatever stops it (the gateway, the subscribers' process) is
 * reported as the section not run, or as a note after the runs that were measured.
 */
export async function measureLive(o: LiveOptions): Promise<LiveEvents> {
  const settings = LIVE_SETTINGS[o.mode];
  const most = Math.max(...settings.subscribers);
  const result: LiveEvents = {
    size: o.size,
    database: o.database,
    notRun: null,
    subscribers: settings.subscribers,
    perSocket: SUBSCRIPTIONS_PER_SOCKET,
    changesPerSecond: CHANGES_PER_SECOND,
    seconds: settings.seconds,
    warmupSeconds: settings.warmupSeconds,
    pollIntervalMs: process.env.CHANGE_POLL_INTERVAL_MS ?? '200 (default)',
    mix: MIX_TEXT,
    idleRssBytes: {},
    runs: [],
    goals: [],
  };
  let gateway: ServerProcess | null = null;
  let subscribers: SubscriberProcess | null = null;
  const pool = mysql.createPool({ ...MYSQL, database: o.database, connectionLimit: 4, timezone: 'Z' });
  try {
    gateway = await startGateway(urlFor(o.database, LIVE_ACCOUNT), {
      poolSize: o.poolSize,
      env: { MAX_SUBSCRIPTIONS_PER_CONNECTION: String(SUBSCRIPTIONS_PER_SOCKET), MAX_SUBSCRIPTIONS_PER_TOKEN: String(most) },
    });
    const rows = await pickRows(o.db, o.size);
    const dbPid = MYSQL.host === '127.0.0.1' || MYSQL.host === 'localhost' ? databasePid(MYSQL.port) : null;
    const wsUrl = `${gateway.url.replace(/^http/, 'ws')}/graphql`;
    const init = { Authorization: o.headers.authorization, 'X-Application': o.headers['x-application'] };
    for (const n of settings.subscribers) {
      const filters = subscriptionMix(n, o.photographers, o.customers);
      const receivers = receiversOf(filters);
      const sockets = Math.ceil(n / SUBSCRIPTIONS_PER_SOCKET);
      o.log(`live: opening ${n.toLocaleString('en-US')} subscriptions on ${sockets} sockets`);
      subscribers = SubscriberProcess.start();
      const opened = now();
      await subscribers.ask(
        { type: 'open', url: wsUrl, init, query: LIVE_SUBSCRIPTION, filters, perSocket: SUBSCRIPTIONS_PER_SOCKET },
        'opened',
        120_000,
      );
      await waitForActive(gateway.url, n, 120_000);
      o.log(`live: ${n.toLocaleString('en-US')} subscriptions active after ${((now() - opened) / 1000).toFixed(1)} s`);
      // The last ones registered with the hub a moment after the gateway counted them.
      await sleep(1000);
      result.idleRssBytes[String(n)] = gateway.rss();

      const run = async (writer: LiveWriter, seconds: number): Promise<LiveRun> => {
        await subscribers!.ask({ type: 'reset' }, 'reset');
        // On again if a bench run next door put it back off when it ended (ours puts it back as it was at the end).
        if (o.stats.available) await o.db.query('SET GLOBAL userstat = 1');
        const before = await o.stats.read(LIVE_ACCOUNT);
        const started = now();
        const sampler = sampleRun(gateway!, subscribers!, dbPid);
        const written: WriteResult =
          writer === 'other'
            ? await writeAsOtherApplication(pool, rows.other, seconds)
            : writer === 'own'
              ? await writeThroughGateway(gateway!.url, o.headers, rows.own, seconds)
              : { commits: [], errors: 0, firstError: null, seconds: await sleep(seconds * 1000).then(() => seconds) };
        const expected = written.commits.reduce((sum, c) => sum + receivers(c.customerId, c.photographerUserId), 0);
        await drained(subscribers!, expected);
        const measured = sampler.stop();
        const after = (await userstatOn(o.db)) ? await o.stats.read(LIVE_ACCOUNT) : null;
        const wall = (now() - started) / 1000;
        const { delivery } = await subscribers!.ask({ type: 'report', commits: written.commits }, 'report');
        return {
          subscribers: n,
          sockets,
          writer,
          seconds: written.seconds,
          changes: written.commits.length,
          changesPerSecond: written.commits.length / written.seconds,
          writeErrors: written.errors,
          firstWriteError: written.firstError,
          delivery: writer === 'idle' ? null : delivery,
          ...measured,
          statementsPerSecond: before && after ? (after.statements - before.statements) / wall : null,
        };
      };

      const f = (x: number | null | undefined, digits = 0) => (x == null ? 'n/a' : x.toFixed(digits));
      const idle = await run('idle', settings.idleSeconds);
      result.runs.push(idle);
      o.log(
        `  live ${String(n).padStart(6)} subs, idle: cores gw ${f(idle.cores.gateway, 2)}, SQL/s ${f(idle.statementsPerSecond, 1)}, gw RSS ${f(idle.gatewayPeakRssBytes === null ? null : idle.gatewayPeakRssBytes / 1048576)} MB`,
      );
      // Warm-up of both paths (JIT, pools, loaders); its events are not counted.
      await run('other', settings.warmupSeconds);
      await run('own', settings.warmupSeconds);
      for (const writer of ['other', 'own'] as const) {
        const r = await run(writer, settings.seconds);
        result.runs.push(r);
        const d = r.delivery!;
        o.log(
          `  live ${String(n).padStart(6)} subs, ${writer === 'other' ? 'other application' : 'own writes       '}: ${f(r.changesPerSecond)} changes/s, ` +
            `events ${d.received}/${d.expected} (lost ${d.lost}), p50 ${f(d.latency?.p50)} p99 ${f(d.latency?.p99)} max ${f(d.latency?.max)} ms, ` +
            `cores gw ${f(r.cores.gateway, 2)} subs ${f(r.cores.subscribers, 2)} bench ${f(r.cores.bench, 2)} db ${f(r.cores.database, 2)} others ${f(r.cores.others, 2)}, ` +
            `SQL/s ${f(r.statementsPerSecond, 1)}, gw RSS ${r.gatewayPeakRssBytes === null ? 'n/a' : Math.round(r.gatewayPeakRssBytes / 1048576)} MB` +
            `${r.writeErrors || d.errors ? `  errors: writes ${r.writeErrors} (${r.firstWriteError}), events ${d.errors} (${d.firstError})` : ''}`,
        );
      }
      await subscribers.stop();
      subscribers = null;
      await waitForActive(gateway.url, 0, 30_000);
    }
  } catch (err) {
    const reason = `stopped by an error: ${(err as Error).message.split('\n')[0].slice(0, 300)}`;
    o.log(`live: ${reason}`);
    result.notRun = result.runs.length ? `${reason} (after ${result.runs.length} runs)` : reason;
  } finally {
    await subscribers?.stop();
    await gateway?.stop();
    await pool.end();
  }
  result.goals = liveGoals(result);
  return result;
}

/**
 * Statements per second not grown from few to many subscribers: at most 10% (or 2 a second)
 * more. Fewer is allowed: with many subscribers a batch's relation loads are shared by more of
 * them and go out as fewer statements, which issue #19's "the same" never meant to fail.
 */
function notGrown(few: number, many: number): boolean {
  return many - few <= Math.max(2, 0.1 * few);
}

/** The goals of issue #19, at the most subscribers run. */
export function liveGoals(x: LiveEvents): Target[] {
  const most = Math.max(...x.subscribers);
  const fewest = Math.min(...x.subscribers);
  const at = (n: number, writer: LiveWriter) => x.runs.find((r) => r.subscribers === n && r.writer === writer);
  const ms = (n: number | null | undefined) => (n == null ? 'n/a' : `${n.toFixed(0)} ms`);
  const out: Target[] = [];
  const n = most.toLocaleString('en-US');
  for (const [writer, goal, label] of [
    ['other', 1000, "other applications' changes"],
    ['own', 250, "the gateway's own writes"],
  ] as const) {
    const r = at(most, writer);
    const p99 = r?.delivery?.latency?.p99 ?? null;
    out.push({
      name: `delivery p99, ${label}, ${n} subscriptions`,
      goal: `< ${goal} ms from commit to client`,
      measured: r ? `${ms(p99)} (p50 ${ms(r.delivery?.latency?.p50)}, max ${ms(r.delivery?.latency?.max)})` : 'not measured',
      met: p99 === null ? null : p99 < goal,
    });
  }
  const measured = x.runs.filter((r) => r.delivery);
  const lost = measured.reduce((s, r) => s + r.delivery!.lost + r.delivery!.duplicates + r.delivery!.unexpected, 0);
  const broken = measured.reduce((s, r) => s + r.delivery!.errors, 0);
  out.push({
    name: 'events lost, repeated or misdelivered (every run)',
    goal: 'none',
    measured: measured.length
      ? `${lost} of ${measured.reduce((s, r) => s + r.delivery!.expected, 0).toLocaleString('en-US')} expected${broken ? `; ${broken} events or sockets in error` : ''}`
      : 'not measured',
    met: measured.length ? lost === 0 && broken === 0 : null,
  });
  const refused = measured.filter((r) => r.writeErrors > 0);
  out.push({
    name: 'writes answered with an error (every run)',
    goal: 'none (a refused write has no event to wait for: its latency is not counted)',
    measured: measured.length
      ? refused.length
        ? refused
            .map(
              (r) =>
                `${r.writeErrors} with ${r.subscribers.toLocaleString('en-US')} subscriptions, ${r.writer} (${r.firstWriteError?.split(':')[0]})`,
            )
            .join('; ')
        : 'none'
      : 'not measured',
    met: measured.length ? refused.length === 0 : null,
  });
  for (const writer of ['idle', 'other', 'own'] as const) {
    const a = at(fewest, writer)?.statementsPerSecond ?? null;
    const b = at(most, writer)?.statementsPerSecond ?? null;
    const label = writer === 'idle' ? 'no changes' : writer === 'other' ? "other applications' changes" : "the gateway's own writes";
    out.push({
      name: `gateway statements/s, ${fewest.toLocaleString('en-US')} vs ${n} subscriptions, ${label}`,
      goal: 'not more (at most 10% or 2/s more)',
      measured: a === null || b === null ? 'not measured' : `${a.toFixed(1)} vs ${b.toFixed(1)} (× ${(b / a).toFixed(2)})`,
      met: a === null || b === null ? null : notGrown(a, b),
    });
  }
  return out;
}
