import 'reflect-metadata';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Connection } from 'mysql2/promise';
import { createSession } from '../src/accounts/token.service';
import { loadConfig } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { BENCH_USER, CUSTOMERS, DataSet, ensureDataSet, PHOTOGRAPHERS } from './dataset';
import { delta, DbStats, openDbStats } from './db-stats';
import { HOT_ROW_ID, measureHotRow } from './hot-row';
import { LIVE_ID, measureLive } from './live';
import { drive, LoadResult, median, RequestSource, sequential } from './load';
import { ACCOUNTS, adminConnection, ensureAccounts, MYSQL, Target, urlFor } from './mysql-admin';
import { APPOINTMENT_FIELDS } from './operations';
import { Balancer, ensureNginx, startBalancer } from './nginx';
import { cpuMsOf, databasePid, machineCpuMs, ROOT, rssOf, ServerProcess, startBaseline, startGateway, startPeer } from './processes';
import { summarizeProfile } from './profile';
import {
  CoresBusy,
  p99Ratio,
  peerRatio,
  perRequest,
  renderMarkdown,
  Report,
  RSS_GOAL_BYTES,
  RSS_GOAL_ISSUE_20_BYTES,
  ScaleOut,
  ScaleOutRun,
  ScaleOutScenario,
  ScaleOutSetup,
  ScenarioResult,
  SequentialLatency,
  sizeLabel,
  Target as ReportTarget,
  TargetRun,
  throughputRatio,
} from './report';
import { pageSizeSource, Scenario, scenarios } from './scenarios';

/*
 * `npm run bench [-- --quick] [--sizes=10k,100k,1m] [--only=list,by-id,scale-out,hot-row,live] [--profile] [--no-soak]`
 * Builds (or reuses) the data sets, runs the gateway and the baseline as child processes against
 * each, drives both with autocannon scenario by scenario, measures two gateway instances behind
 * nginx against one on the largest set, then subscriptions fed 100 changes a second (live.ts),
 * and writes bench/results/<date>-<mode>.md/.json.
 */

interface Options {
  mode: 'quick' | 'full';
  sizes: number[];
  only: string[] | null;
  /** The scenario to profile the gateway under (--profile or --profile=<id>; list by default). */
  profile: string | null;
  soak: boolean;
}

function parseArgs(argv: string[]): Options {
  const arg = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const parseSize = (s: string) => Number(s.toLowerCase().replace(/m$/, '000000').replace(/k$/, '000'));
  return {
    mode: argv.includes('--quick') ? 'quick' : 'full',
    sizes:
      arg('sizes')
        ?.split(',')
        .map(parseSize)
        .sort((a, b) => a - b) ?? DEFAULT_SIZES,
    only: arg('only')?.split(',') ?? null,
    profile: argv.includes('--profile') ? 'list' : (arg('profile') ?? null),
    soak: !argv.includes('--no-soak'),
  };
}

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
// A full run warms each server for 5 s before a scenario's rounds: after the pages, 2 s left the
// look-up by id below its own figure run alone (bench/README.md, "Exact percentiles").
const SETTINGS = {
  quick: { seconds: 3, rounds: 2, warmupSeconds: 1, sequential: 10, soakSeconds: 30 },
  full: { seconds: 9, rounds: 3, warmupSeconds: 5, sequential: 30, soakSeconds: 300 },
};
const CONNECTIONS = 10;
const SOAK_CONNECTIONS = 50;
const POOL_SIZE = 10;
/**
 * The scale-out section: the same connections for every setup, twice the scenarios' so that two
 * instances each get as many requests in flight as one gets in the scenarios (10 split over two
 * leaves each instance idle while its few requests wait on the database).
 */
const SCALE_OUT_CONNECTIONS = 2 * CONNECTIONS;
const SCALE_OUT_SCENARIOS = ['list', 'by-id'];
/** How `--only` selects the scale-out section. */
const SCALE_OUT_ID = 'scale-out';
/** On the smaller data sets only these run: enough to see how cost grows. */
const GROWTH_SCENARIOS = ['list', 'keyset-deep', 'offset-deep'];

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Compiles the gateway when dist/ is missing or older than src/ (the bench runs the built gateway). */
function ensureBuilt(): void {
  const built = path.join(ROOT, 'dist', 'src', 'main.js');
  if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newestMtime(path.join(ROOT, 'src'))) {
    log('building the gateway (tsc -p tsconfig.build.json)');
    execSync('npx tsc -p tsconfig.build.json', { cwd: ROOT, stdio: 'inherit' });
  }
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

async function environment(admin: Connection): Promise<Record<string, string | number>> {
  const [[version]] = (await admin.query('SELECT VERSION() AS v')) as unknown as [{ v: string }[]];
  const [[pool]] = (await admin.query("SHOW GLOBAL VARIABLES LIKE 'innodb_buffer_pool_size'")) as unknown as [{ Value: string }[]];
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    database: `${version.v} at ${MYSQL.host}:${MYSQL.port}`,
    innodb_buffer_pool_size: `${Math.round(Number(pool.Value) / 2 ** 20)} MiB`,
  };
}

async function sessionToken(database: string): Promise<string> {
  const db = createDataSource(loadConfig({ DATABASE_URL: urlFor(database), NODE_ENV: 'production' }));
  await db.initialize();
  try {
    return (await createSession(db, { userReference: BENCH_USER.reference, application: 'planox2', rememberMe: true })).token;
  } finally {
    await db.destroy();
  }
}

/** The servers under test on one data set; the peer only when a chosen scenario is one it serves. */
interface Servers {
  gateway: ServerProcess;
  baseline: ServerProcess;
  peer: ServerProcess | null;
}

/** The servers a scenario runs against, in the order of its interleaved rounds. */
function targetsOf(s: Scenario, servers: Servers): Target[] {
  return s.peer && servers.peer ? ['gateway', 'baseline', 'peer'] : ['gateway', 'baseline'];
}

/**
 * Statements an idle server may send in one 200 ms look: the gateway's change poller reads the
 * change table every CHANGE_POLL_INTERVAL_MS (200 ms by default) even with nothing to do, so its
 * counters never stand still (waiting for that took the 50 looks, 10 s, every time).
 */
const IDLE_STATEMENTS_PER_LOOK = 1;

/** Reads the database counters once they stop moving (requests still in flight when a run stopped finish first). */
async function settledCounters(stats: DbStats, user: string) {
  let last = await stats.read(user);
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await stats.read(user);
    if (!now || !last || now.statements - last.statements <= IDLE_STATEMENTS_PER_LOOK) return now;
    last = now;
  }
  return last;
}

/**
 * Two answers as the JSON to compare: as they are ('equal'), only their shapes ('shape': types,
 * the first item of each list), or as they are with every endCursor blanked ('equal-but-cursors').
 */
function answersAlike(a: unknown, b: unknown, how: 'equal' | 'shape' | 'equal-but-cursors'): [string, string] {
  const shape = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.slice(0, 1).map(shape)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]))
        : typeof v;
  const noCursors = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(noCursors)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'endCursor' && x !== null ? '(cursor)' : noCursors(x)]))
        : v;
  const view = how === 'shape' ? shape : how === 'equal-but-cursors' ? noCursors : (v: unknown) => v;
  return [JSON.stringify(view(a)), JSON.stringify(view(b))];
}

/**
 * The same request to each server: reads must answer the same JSON, writes the same shape; the
 * peer (where it serves the scenario) the gateway's JSON but for the cursors, which are its own.
 */
async function sameAnswer(
  s: Scenario,
  db: Connection,
  servers: Servers,
  headers: Record<string, string>,
): Promise<{ baseline: boolean; peer: boolean | null }> {
  const answers: Partial<Record<Target, unknown>> = {};
  for (const target of targetsOf(s, servers)) {
    const { body } = (await s.source(db)).next();
    const res = await fetch(`${servers[target]!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    answers[target] = JSON.parse(await res.text());
  }
  const compare = (other: 'baseline' | 'peer') => {
    const [g, o] = answersAlike(answers.gateway, answers[other], other === 'peer' ? 'equal-but-cursors' : s.compare);
    const same = g === o;
    if (!same) log(`  ${s.id}: the answers differ\n    gateway:  ${g.slice(0, 400)}\n    ${`${other}:`.padEnd(9)} ${o.slice(0, 400)}`);
    return same;
  };
  return { baseline: compare('baseline'), peer: 'peer' in answers ? compare('peer') : null };
}

/** Rounds of one target as one run: totals summed, per-request figures weighted by requests, percentiles by median. */
function combine(rounds: TargetRun[]): TargetRun {
  const sent = rounds.reduce((n, r) => n + r.load.sent, 0);
  const weighted = (pick: (r: TargetRun) => number | null) =>
    rounds.some((r) => pick(r) === null) || sent === 0 ? null : rounds.reduce((n, r) => n + pick(r)! * r.load.sent, 0) / sent;
  const sum = (pick: (r: LoadResult) => number) => rounds.reduce((n, r) => n + pick(r.load), 0);
  const answered = rounds.filter((r) => r.load.requests > 0);
  const mid = (pick: (r: LoadResult) => number) => (answered.length ? median(answered.map((r) => pick(r.load))) : NaN);
  const requests = sum((l) => l.requests);
  const seconds = sum((l) => l.seconds);
  return {
    load: {
      seconds,
      connections: rounds[0].load.connections,
      requests,
      sent,
      rps: requests / seconds,
      latency: {
        mean: requests ? rounds.reduce((n, r) => n + r.load.latency.mean * r.load.requests, 0) / requests : 0,
        p50: mid((l) => l.latency.p50),
        p90: mid((l) => l.latency.p90),
        p99: mid((l) => l.latency.p99),
        max: Math.max(...rounds.map((r) => r.load.latency.max)),
      },
      graphqlErrors: sum((l) => l.graphqlErrors),
      non2xx: sum((l) => l.non2xx),
      transportErrors: sum((l) => l.transportErrors),
      firstError: rounds.find((r) => r.load.firstError)?.load.firstError ?? null,
      bytesPerResponse: requests ? rounds.reduce((n, r) => n + r.load.bytesPerResponse * r.load.requests, 0) / requests : 0,
    },
    statementsPerRequest: weighted((r) => r.statementsPerRequest),
    dbMsPerRequest: weighted((r) => r.dbMsPerRequest),
    cpuMsPerRequest: weighted((r) => r.cpuMsPerRequest),
    peakRssBytes: rounds.some((r) => r.peakRssBytes !== null) ? Math.max(...rounds.map((r) => r.peakRssBytes ?? 0)) : null,
  };
}

/** CPU ms so far of each gateway instance, nginx, this process (autocannon) and MariaDB, and the wall clock. */
interface Cpu {
  wallMs: number;
  gateways: (number | null)[];
  nginx: number | null;
  loadGenerator: number;
  database: number | null;
  /** Busy CPU of the whole machine (user, nice, system, irq, softirq from /proc/stat), in ms. */
  machine: number | null;
}

function cpuSnapshot(gateways: ServerProcess[], nginx: Balancer | null, dbPid: number | null): Cpu {
  const own = process.cpuUsage();
  return {
    wallMs: performance.now(),
    gateways: gateways.map((g) => g.cpuMs()),
    nginx: nginx ? nginx.cpuMs() : 0,
    loadGenerator: (own.user + own.system) / 1000,
    database: dbPid === null ? null : cpuMsOf(dbPid),
    machine: machineCpuMs(),
  };
}

function cpuDelta(a: Cpu, b: Cpu): Cpu {
  const d = (x: number | null, y: number | null) => (x === null || y === null ? null : y - x);
  return {
    wallMs: b.wallMs - a.wallMs,
    gateways: a.gateways.map((x, i) => d(x, b.gateways[i])),
    nginx: d(a.nginx, b.nginx),
    loadGenerator: b.loadGenerator - a.loadGenerator,
    database: d(a.database, b.database),
    machine: d(a.machine, b.machine),
  };
}

/** Cores kept busy over several rounds: CPU ms summed over wall ms summed. */
function coresBusy(rounds: Cpu[]): CoresBusy {
  const wall = rounds.reduce((n, r) => n + r.wallMs, 0);
  const share = (pick: (r: Cpu) => number | null) =>
    wall > 0 && rounds.every((r) => pick(r) !== null) ? rounds.reduce((n, r) => n + pick(r)!, 0) / wall : null;
  const perGateway = rounds[0].gateways.map((_, i) => share((r) => r.gateways[i]));
  const gateways = perGateway.every((n) => n !== null) ? perGateway.reduce((a, b) => a! + b!, 0) : null;
  const nginx = share((r) => r.nginx);
  const loadGenerator = share((r) => r.loadGenerator);
  const database = share((r) => r.database);
  const machine = share((r) => r.machine);
  const ours = [gateways, nginx, loadGenerator, database];
  return {
    gateways,
    perGateway,
    nginx,
    loadGenerator,
    database,
    others: machine === null || ours.some((n) => n === null) ? null : Math.max(0, machine - ours.reduce((a, b) => a! + b!, 0)!),
  };
}

class Bench {
  readonly results: ScenarioResult[] = [];
  readonly sequential: SequentialLatency[] = [];
  peakRss: number | null = null;
  readonly notes: string[] = [];

  constructor(
    readonly opts: Options,
    readonly settings: typeof SETTINGS.full,
    readonly stats: DbStats,
    readonly admin: Connection,
  ) {}

  /** One timed run against one server, with its database counters and peak RSS. */
  async run(
    target: Target,
    others: Target[],
    server: ServerProcess,
    headers: Record<string, string>,
    makeSource: () => Promise<RequestSource>,
    seconds: number,
    connections: number,
  ): Promise<TargetRun> {
    const user = ACCOUNTS[target];
    // Settled first, every server of the rounds: requests still in flight from the previous
    // round (seconds long on a deep offset) must not compete with this one, and writes from the
    // warm-up must land before stamps are read.
    for (const other of others) if (other !== target) await settledCounters(this.stats, ACCOUNTS[other]);
    const before = await settledCounters(this.stats, user);
    const source = await makeSource();
    const cpuBefore = server.cpuMs();
    let peak: number | null = null;
    const sampler = setInterval(() => {
      const rss = server.rss();
      if (rss !== null) peak = Math.max(peak ?? 0, rss);
    }, 250);
    let load: LoadResult;
    try {
      load = await drive(server.url, headers, source, { seconds, connections });
    } finally {
      clearInterval(sampler);
    }
    const after = await settledCounters(this.stats, user);
    const cpuAfter = server.cpuMs();
    const per = perRequest(delta(before, after), load.sent);
    if (target === 'gateway' && peak !== null) this.peakRss = Math.max(this.peakRss ?? 0, peak);
    const cpuMsPerRequest = cpuBefore !== null && cpuAfter !== null && load.sent > 0 ? (cpuAfter - cpuBefore) / load.sent : null;
    return { load, statementsPerRequest: per.statements, dbMsPerRequest: per.dbMs, cpuMsPerRequest, peakRssBytes: peak };
  }

  async scenario(s: Scenario, size: number, db: Connection, servers: Servers, headers: Record<string, string>): Promise<void> {
    const same = await sameAnswer(s, db, servers, headers);
    const targets = targetsOf(s, servers);
    for (const target of targets) {
      await settledCounters(this.stats, ACCOUNTS[target]);
      await drive(servers[target]!.url, headers, await s.source(db), { seconds: this.settings.warmupSeconds, connections: CONNECTIONS });
    }
    // Interleaved rounds (gateway, baseline[, peer], gateway, ...): a shared machine's load
    // drifts within seconds, and every server should see the same drift.
    const rounds: Record<Target, TargetRun[]> = { gateway: [], baseline: [], peer: [] };
    for (let round = 0; round < this.settings.rounds; round++) {
      for (const target of targets) {
        rounds[target].push(
          await this.run(
            target,
            targets,
            servers[target]!,
            headers,
            () => s.source(db),
            this.settings.seconds / this.settings.rounds,
            CONNECTIONS,
          ),
        );
      }
    }
    const peer = rounds.peer.length ? combine(rounds.peer) : null;
    await s.cleanup?.(db);
    const result: ScenarioResult = {
      size,
      id: s.id,
      title: s.title,
      group: s.group,
      sameAnswer: same.baseline,
      gateway: combine(rounds.gateway),
      baseline: combine(rounds.baseline),
      ...(peer && { peer, samePeerAnswer: same.peer }),
    };
    this.results.push(result);
    const { gateway: gw, baseline: base } = result;
    const errors = (r: TargetRun) => r.load.graphqlErrors + r.load.non2xx + r.load.transportErrors;
    const f = (n: number | null | undefined, digits = 2) => (n == null ? 'n/a' : n.toFixed(digits));
    const peerErrors = peer ? errors(peer) : 0;
    log(
      `  ${s.id.padEnd(18)} gw ${gw.load.rps.toFixed(0).padStart(6)} req/s  base ${base.load.rps.toFixed(0).padStart(6)} req/s  ` +
        `× ${f(throughputRatio(result))}  p99 × ${f(p99Ratio(result))}  SQL/req ${f(gw.statementsPerRequest, 1)} / ${f(base.statementsPerRequest, 1)}  CPU ms/req ${f(gw.cpuMsPerRequest)} / ${f(base.cpuMsPerRequest)}` +
        (peer
          ? `  | peer ${peer.load.rps.toFixed(0).padStart(6)} req/s  gw/peer × ${f(peerRatio(result))}  SQL/req ${f(peer.statementsPerRequest, 1)}  CPU ms/req ${f(peer.cpuMsPerRequest)}`
          : '') +
        `${errors(gw) + errors(base) + peerErrors ? `  errors ${errors(gw)} / ${errors(base)}${peer ? ` / ${peerErrors}` : ''}: ${gw.load.firstError ?? base.load.firstError ?? peer?.load.firstError}` : ''}`,
    );
  }

  /** One request at a time, alternating gateway and baseline so both see the same machine load. */
  async sequentialLatency(s: Scenario, size: number, db: Connection, servers: Servers, headers: Record<string, string>): Promise<void> {
    const sources = { gateway: await s.source(db), baseline: await s.source(db) };
    const ms: Record<'gateway' | 'baseline', number[]> = { gateway: [], baseline: [] };
    for (let i = 0; i < this.settings.sequential; i++) {
      for (const target of ['gateway', 'baseline'] as const)
        ms[target].push(...(await sequential(servers[target].url, headers, sources[target], 1)));
    }
    this.sequential.push({
      size,
      scenario: s.title.replace(/offset page at [\d,]+/, 'offset page at 90%'),
      gatewayMs: median(ms.gateway),
      baselineMs: median(ms.baseline),
    });
  }

  async pageSizes(servers: Servers, headers: Record<string, string>) {
    const out: Report['pageSizes'] = [];
    for (const first of [10, 100, 1000]) {
      const counts = {} as Record<'gateway' | 'baseline', number | null>;
      for (const target of ['gateway', 'baseline'] as const) {
        const before = await settledCounters(this.stats, ACCOUNTS[target]);
        await sequential(servers[target].url, headers, pageSizeSource(first), 5);
        counts[target] = perRequest(delta(before, await settledCounters(this.stats, ACCOUNTS[target])), 5).statements;
      }
      out.push({ first, gatewayStatements: counts.gateway, baselineStatements: counts.baseline });
    }
    return out;
  }

  /**
   * The plain query a naive offset page runs, timed through mysql2 directly, alternating with
   * the gateway's and the baseline's offset page (one request at a time each).
   */
  async plainOffset(
    s: Scenario,
    database: string,
    offset: number,
    db: Connection,
    servers: Servers,
    headers: Record<string, string>,
  ): Promise<NonNullable<Report['plainOffset']>> {
    const c = await adminConnection(database);
    try {
      const sql = `SELECT ${APPOINTMENT_FIELDS.map((f) => f.column).join(', ')} FROM appointments ORDER BY created_at, id LIMIT 100 OFFSET ${offset}`;
      const sources = { gateway: await s.source(db), baseline: await s.source(db) };
      const ms = { plain: [] as number[], gateway: [] as number[], baseline: [] as number[] };
      // The plain query takes seconds on a large set: a few runs give a stable median.
      for (let i = 0; i < Math.min(this.settings.sequential, 5); i++) {
        const started = process.hrtime.bigint();
        await c.execute(sql);
        ms.plain.push(Number(process.hrtime.bigint() - started) / 1e6);
        for (const target of ['gateway', 'baseline'] as const)
          ms[target].push(...(await sequential(servers[target].url, headers, sources[target], 1)));
      }
      return { size: 0, offset, plainMs: median(ms.plain), gatewayMs: median(ms.gateway), baselineMs: median(ms.baseline) };
    } finally {
      await c.end();
    }
  }

  /** Sustained load at SOAK_CONNECTIONS: peak RSS, and growth between the start and the end of the run. */
  async soak(gateway: ServerProcess, headers: Record<string, string>, source: RequestSource): Promise<Report['memory']> {
    const idle = gateway.rss();
    const samples: number[] = [];
    const sampler = setInterval(() => {
      const rss = rssOf(gateway.pid);
      if (rss !== null) samples.push(rss);
    }, 1000);
    try {
      await drive(gateway.url, headers, source, { seconds: this.settings.soakSeconds, connections: SOAK_CONNECTIONS });
    } finally {
      clearInterval(sampler);
    }
    if (samples.length < 10)
      return {
        idleRssBytes: idle,
        peakRssBytes: Math.max(...samples),
        growth: null,
        samples: samples.length,
        seconds: this.settings.soakSeconds,
      };
    const tenth = Math.floor(samples.length / 10);
    const early = median(samples.slice(tenth, 2 * tenth));
    const late = median(samples.slice(samples.length - tenth));
    return {
      idleRssBytes: idle,
      peakRssBytes: Math.max(...samples),
      growth: late / early - 1,
      samples: samples.length,
      seconds: this.settings.soakSeconds,
    };
  }
  /**
   * One gateway instance directly, one behind nginx, two behind nginx (same database, same pool
   * size each), on the list page and the by-id look-up, in interleaved rounds. Never throws:
   * whatever stops it (nginx missing, a start failing) is reported as the section not run.
   */
  async scaleOut(ds: DataSet, all: Scenario[], db: Connection, gateway: ServerProcess, headers: Record<string, string>): Promise<ScaleOut> {
    const result: ScaleOut = {
      size: ds.size,
      nginx: null,
      notRun: null,
      connections: SCALE_OUT_CONNECTIONS,
      seconds: this.settings.seconds,
      rounds: this.settings.rounds,
      warmupSeconds: this.settings.warmupSeconds,
      poolSize: POOL_SIZE,
      cores: os.cpus().length,
      scenarios: [],
    };
    const found = ensureNginx(log);
    if ('missing' in found) {
      log(`scale-out: not run: ${found.missing}`);
      return { ...result, notRun: found.missing };
    }
    const { nginx } = found;
    result.nginx = nginx.version;
    const started: { stop(): Promise<void> }[] = [];
    try {
      log(`scale-out: a second gateway instance and two ${nginx.version} balancers (${nginx.path})`);
      const second = await startGateway(urlFor(ds.database, ACCOUNTS.gateway), { poolSize: POOL_SIZE });
      started.push(second);
      const one: Balancer = await startBalancer(nginx, [gateway.url]);
      started.push(one);
      const two: Balancer = await startBalancer(nginx, [gateway.url, second.url]);
      started.push(two);
      const dbPid = MYSQL.host === '127.0.0.1' || MYSQL.host === 'localhost' ? databasePid(MYSQL.port) : null;
      const setups: { setup: ScaleOutSetup; label: string; url: string; gateways: ServerProcess[]; nginx: Balancer | null }[] = [
        { setup: 'direct', label: 'one instance, direct', url: gateway.url, gateways: [gateway], nginx: null },
        { setup: 'nginx-one', label: 'one instance behind nginx', url: one.url, gateways: [gateway], nginx: one },
        { setup: 'nginx-two', label: 'two instances behind nginx', url: two.url, gateways: [gateway, second], nginx: two },
      ];
      for (const s of all.filter((x) => SCALE_OUT_SCENARIOS.includes(x.id))) {
        // Warm-up: the second instance directly (it starts cold), then each balancer (the one in
        // front of one instance warms that instance too).
        for (const url of [second.url, one.url, two.url]) {
          await settledCounters(this.stats, ACCOUNTS.gateway);
          await drive(url, headers, await s.source(db), { seconds: this.settings.warmupSeconds, connections: SCALE_OUT_CONNECTIONS });
        }
        const rounds = new Map<ScaleOutSetup, { run: TargetRun; cpu: Cpu }[]>(setups.map((x) => [x.setup, []]));
        for (let round = 0; round < this.settings.rounds; round++) {
          for (const x of setups) {
            // In-flight requests of the previous round finish first (both instances share the account).
            await settledCounters(this.stats, ACCOUNTS.gateway);
            const source = await s.source(db);
            const before = cpuSnapshot(x.gateways, x.nginx, dbPid);
            const load = await drive(x.url, headers, source, {
              seconds: this.settings.seconds / this.settings.rounds,
              connections: SCALE_OUT_CONNECTIONS,
            });
            const cpu = cpuDelta(before, cpuSnapshot(x.gateways, x.nginx, dbPid));
            const gwMs = cpu.gateways.every((n) => n !== null) ? cpu.gateways.reduce((a, b) => a! + b!, 0)! : null;
            rounds.get(x.setup)!.push({
              run: {
                load,
                statementsPerRequest: null,
                dbMsPerRequest: null,
                cpuMsPerRequest: gwMs !== null && load.sent ? gwMs / load.sent : null,
                peakRssBytes: null,
              },
              cpu,
            });
          }
        }
        const runs: ScaleOutRun[] = setups.map((x) => {
          const r = rounds.get(x.setup)!;
          const combined = combine(r.map((y) => y.run));
          return {
            setup: x.setup,
            label: x.label,
            instances: x.gateways.length,
            load: combined.load,
            gatewayCpuMsPerRequest: combined.cpuMsPerRequest,
            coresBusy: coresBusy(r.map((y) => y.cpu)),
          };
        });
        const rps = (setup: ScaleOutSetup) => runs.find((r) => r.setup === setup)!.load.rps;
        const ratioOf = (a: number, b: number) => (b > 0 ? a / b : null);
        const scenario: ScaleOutScenario = {
          id: s.id,
          title: s.title,
          runs,
          twoVsOneBehindNginx: ratioOf(rps('nginx-two'), rps('nginx-one')),
          twoVsDirect: ratioOf(rps('nginx-two'), rps('direct')),
        };
        result.scenarios.push(scenario);
        const f = (n: number | null) => (n === null ? 'n/a' : n.toFixed(2));
        const errors = runs.reduce((n, r) => n + r.load.graphqlErrors + r.load.non2xx + r.load.transportErrors, 0);
        log(
          `  scale-out ${s.id.padEnd(8)} direct ${rps('direct').toFixed(0).padStart(5)}  nginx→1 ${rps('nginx-one').toFixed(0).padStart(5)}  nginx→2 ${rps('nginx-two').toFixed(0).padStart(5)} req/s  ` +
            `two/one-behind-nginx × ${f(scenario.twoVsOneBehindNginx)}  two/direct × ${f(scenario.twoVsDirect)}  cores gw/nginx/ac/db/others (two) ` +
            `${[runs[2].coresBusy.gateways, runs[2].coresBusy.nginx, runs[2].coresBusy.loadGenerator, runs[2].coresBusy.database, runs[2].coresBusy.others].map(f).join('/')}` +
            `${errors ? `  errors ${errors}: ${runs.find((r) => r.load.firstError)?.load.firstError}` : ''}`,
        );
        for (const b of [one, two]) {
          if (errors && b.errorLog()) log(`  nginx error log (${b.url}): ${b.errorLog()}`);
        }
      }
    } catch (err) {
      const reason = `stopped by an error: ${(err as Error).message.split('\n')[0].slice(0, 300)}`;
      log(`scale-out: ${reason}`);
      result.notRun = result.scenarios.length ? null : reason;
      if (result.scenarios.length)
        this.notes.push(`The scale-out section was ${reason} (after ${result.scenarios.map((s) => s.id).join(', ')}).`);
    } finally {
      for (const p of started.reverse()) await p.stop();
    }
    return result;
  }
}

type Findings = Omit<Report, 'targets' | 'issue20'>;

function targets(r: Findings): ReportTarget[] {
  const largest = Math.max(...r.scenarios.map((s) => s.size));
  const at = (id: string) => r.scenarios.find((s) => s.size === largest && s.id === id);
  const out: ReportTarget[] = [];
  const f2 = (n: number | null | undefined) => (n == null ? 'n/a' : n.toFixed(2));
  for (const id of ['list', 'list-slim', 'list-date-range', 'list-title-prefix']) {
    const s = at(id);
    if (!s) continue;
    const t = throughputRatio(s);
    const p = p99Ratio(s);
    out.push({ name: `${s.title}: throughput`, goal: '≥ 0.5× baseline', measured: `${f2(t)}×`, met: t == null ? null : t >= 0.5 });
    out.push({ name: `${s.title}: p99 latency`, goal: '≤ 2× baseline', measured: `${f2(p)}×`, met: p == null ? null : p <= 2 });
  }
  if (r.pageSizes.length) {
    const counts = r.pageSizes.map((p) => p.gatewayStatements).filter((n): n is number => n !== null);
    const constant = counts.length === r.pageSizes.length ? Math.max(...counts) - Math.min(...counts) < 0.5 : null;
    out.push({
      name: 'SQL statements per request',
      goal: 'constant in page size (10, 100, 1000)',
      measured: r.pageSizes.map((p) => f2(p.gatewayStatements)).join(' / '),
      met: constant,
    });
  }
  const seqAt = (name: string) => r.sequential.find((s) => s.size === largest && s.scenario === name);
  const first = seqAt('page of 100 with relations');
  const deep = seqAt('keyset page at 90% depth');
  if (first && deep) {
    const k = deep.gatewayMs / first.gatewayMs;
    out.push({
      name: `keyset page at 90% of ${sizeLabel(largest)}`,
      goal: "≤ 1.5× the first page's latency",
      measured: `${f2(k)}× (${deep.gatewayMs.toFixed(1)} vs ${first.gatewayMs.toFixed(1)} ms)`,
      met: k <= 1.5,
    });
  }
  if (r.plainOffset) {
    const x = r.plainOffset.plainMs / r.plainOffset.gatewayMs;
    out.push({
      name: `offset page at ${r.plainOffset.offset.toLocaleString('en-US')}`,
      goal: '≥ 3× faster than plain LIMIT/OFFSET',
      measured: `${f2(x)}× faster (${r.plainOffset.gatewayMs.toFixed(1)} vs ${r.plainOffset.plainMs.toFixed(1)} ms)`,
      met: x >= 3,
    });
  }
  for (const id of ['by-id', 'by-reference', 'by-uuid', 'update', 'upsert-update', 'upsert-insert', 'sign-off']) {
    const s = at(id);
    if (!s) continue;
    const t = throughputRatio(s);
    out.push({ name: `${s.title}: throughput`, goal: '≥ 0.5× baseline', measured: `${f2(t)}×`, met: t == null ? null : t >= 0.5 });
  }
  for (const s of r.scaleOut?.scenarios ?? []) {
    out.push({
      name: `${s.title}: two instances behind nginx vs one`,
      goal: 'reported (no goal)',
      measured: `${f2(s.twoVsOneBehindNginx)}× one behind nginx, ${f2(s.twoVsDirect)}× one direct`,
      met: null,
    });
  }
  if (r.memory) {
    const peak = r.memory.peakRssBytes;
    out.push({
      name: `resident size under ${r.settings.soakConnections} connections`,
      goal: '< 300 MB',
      measured: peak == null ? 'n/a' : `${Math.round(peak / 1048576)} MB`,
      met: peak == null ? null : peak < RSS_GOAL_BYTES,
    });
    const g = r.memory.growth;
    out.push({
      name: `growth over a ${r.memory.seconds} s soak`,
      goal: '< 10%',
      measured: g == null ? 'n/a' : `${(g * 100).toFixed(1)}%`,
      met: g == null ? null : g < 0.1,
    });
  }
  const writesOk = r.scenarios.every((s) => s.gateway.load.graphqlErrors + s.gateway.load.non2xx + s.gateway.load.transportErrors === 0);
  out.push({
    name: 'errors under load (stale updates included)',
    goal: 'none',
    measured: writesOk
      ? 'none'
      : r.scenarios
          .filter((s) => s.gateway.load.graphqlErrors + s.gateway.load.non2xx + s.gateway.load.transportErrors > 0)
          .map((s) => `${s.id}: ${s.gateway.load.graphqlErrors + s.gateway.load.non2xx + s.gateway.load.transportErrors}`)
          .join(', '),
    met: writesOk,
  });
  out.push({
    name: 'same answers as the baseline',
    goal: 'every scenario',
    measured: r.scenarios.every((s) => s.sameAnswer)
      ? 'all'
      : r.scenarios
          .filter((s) => !s.sameAnswer)
          .map((s) => s.id)
          .join(', '),
    met: r.scenarios.every((s) => s.sameAnswer),
  });
  const withPeer = r.scenarios.filter((s) => s.peer);
  if (withPeer.length) {
    out.push({
      name: 'same answers as the peer (cursors aside)',
      goal: 'every scenario it serves',
      measured: withPeer.every((s) => s.samePeerAnswer)
        ? `all (${withPeer.map((s) => s.id).join(', ')})`
        : withPeer
            .filter((s) => !s.samePeerAnswer)
            .map((s) => s.id)
            .join(', '),
      met: withPeer.every((s) => s.samePeerAnswer),
    });
  }
  return out;
}

/**
 * The goals of issue #20, on the largest data set run: every read scenario within 0.8× of the
 * baseline's throughput and 1.3× of its p99; every page at least 4× the peer's throughput; the
 * gateway's resident size under the soak's connections below 250 MB.
 */
function issue20Targets(r: Findings): ReportTarget[] {
  const largest = Math.max(...r.scenarios.map((s) => s.size));
  const reads = r.scenarios.filter((s) => s.size === largest && s.group !== 'write');
  const f2 = (n: number | null) => (n == null ? 'n/a' : n.toFixed(2));
  const out: ReportTarget[] = [];
  for (const s of reads) {
    const t = throughputRatio(s);
    const p = p99Ratio(s);
    out.push({ name: `${s.title}: throughput`, goal: '≥ 0.8× baseline', measured: `${f2(t)}×`, met: t == null ? null : t >= 0.8 });
    out.push({ name: `${s.title}: p99 latency`, goal: '≤ 1.3× baseline', measured: `${f2(p)}×`, met: p == null ? null : p <= 1.3 });
  }
  for (const s of reads.filter((x) => x.group === 'list' && x.peer)) {
    const x = peerRatio(s);
    out.push({ name: `${s.title}: throughput against the peer`, goal: '≥ 4× peer', measured: `${f2(x)}×`, met: x == null ? null : x >= 4 });
  }
  const peak = r.memory?.peakRssBytes ?? null;
  out.push({
    name: `resident size under ${r.settings.soakConnections} connections`,
    goal: `< ${RSS_GOAL_ISSUE_20_BYTES / 1048576} MB`,
    measured: peak == null ? 'not measured (no soak in this run)' : `${Math.round(peak / 1048576)} MB`,
    met: peak == null ? null : peak < RSS_GOAL_ISSUE_20_BYTES,
  });
  return out;
}

async function profileGateway(dataSet: DataSet, headers: Record<string, string>, seconds: number, scenario: Scenario, db: Connection) {
  const dir = path.join(ROOT, 'bench', 'results', 'profiles');
  fs.mkdirSync(dir, { recursive: true });
  const before = new Set(fs.readdirSync(dir));
  const gateway = await startGateway(urlFor(dataSet.database, ACCOUNTS.gateway), { cpuProfileDir: dir, poolSize: POOL_SIZE });
  try {
    await drive(gateway.url, headers, await scenario.source(db), { seconds, connections: CONNECTIONS });
  } finally {
    await gateway.stop();
  }
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
  return file ? summarizeProfile(path.join(dir, file)) : null;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const settings = SETTINGS[opts.mode];
  const started = Date.now();
  ensureBuilt();
  const admin = await adminConnection();
  const notes: string[] = [];
  if (!(await ensureAccounts(admin)))
    throw new Error(`could not create the ${Object.values(ACCOUNTS).join(' / ')} accounts (needs CREATE USER and GRANT)`);
  const stats = await openDbStats(admin);
  if (!stats.available) notes.push('The server keeps no per-user statistics (userstat): SQL statements per request are not measured.');
  try {
    const env = await environment(admin);
    const dataSets: DataSet[] = [];
    for (const size of opts.sizes) dataSets.push(await ensureDataSet(size, log));
    const bench = new Bench(opts, settings, stats, admin);
    let pageSizes: Report['pageSizes'] = [];
    let plainOffset: Report['plainOffset'] = null;
    let memory: Report['memory'] = null;
    let profile: Report['profile'] = null;
    let scaleOut: Report['scaleOut'] = null;
    let hotRow: Report['hotRow'] = null;
    let live: Report['live'] = null;
    for (const ds of dataSets) {
      const largest = ds === dataSets[dataSets.length - 1];
      log(`${ds.database}: starting the gateway, the baseline and (for the scenarios it serves) the peer`);
      const token = await sessionToken(ds.database);
      const headers = { authorization: `Bearer ${token}`, 'x-application': 'planox2' };
      const db = await adminConnection(ds.database);
      const deepOffset = Math.min(900_000, Math.floor(ds.size * 0.9));
      const all = scenarios({ size: ds.size, orders: ds.orders, deepOffset });
      const chosen = all.filter((s) => (largest || GROWTH_SCENARIOS.includes(s.id)) && (!opts.only || opts.only.includes(s.id)));
      const servers: Servers = {
        gateway: await startGateway(urlFor(ds.database, ACCOUNTS.gateway), { poolSize: POOL_SIZE }),
        baseline: await startBaseline(urlFor(ds.database, ACCOUNTS.baseline), { poolSize: POOL_SIZE }),
        peer: chosen.some((s) => s.peer) ? await startPeer(urlFor(ds.database, ACCOUNTS.peer), { poolSize: POOL_SIZE }) : null,
      };
      const idleRss = servers.gateway.rss();
      try {
        for (const s of chosen) await bench.scenario(s, ds.size, db, servers, headers);
        for (const s of all.filter((x) => GROWTH_SCENARIOS.includes(x.id) && (!opts.only || opts.only.includes(x.id)))) {
          await bench.sequentialLatency(s, ds.size, db, servers, headers);
        }
        if (largest) {
          if (stats.available) pageSizes = await bench.pageSizes(servers, headers);
          const offsetPage = all.find((x) => x.id === 'offset-deep');
          if (offsetPage && (!opts.only || opts.only.includes('offset-deep'))) {
            plainOffset = { ...(await bench.plainOffset(offsetPage, ds.database, deepOffset, db, servers, headers)), size: ds.size };
          }
          if (!opts.only || opts.only.includes(SCALE_OUT_ID)) {
            log(`scale-out: two gateway instances behind nginx against one, on ${ds.database}`);
            scaleOut = await bench.scaleOut(ds, all, db, servers.gateway, headers);
          }
          if (!opts.only || opts.only.includes(HOT_ROW_ID)) {
            log(`hot row: reads beside a row held locked with 100 writes waiting, on ${ds.database}`);
            const seconds = settings.seconds / settings.rounds;
            hotRow = await measureHotRow(servers.gateway.url, headers, ds.database, ds.size, db, all, {
              seconds,
              connections: CONNECTIONS,
            });
          }
          if (opts.soak) {
            log(`soak: ${settings.soakSeconds} s at ${SOAK_CONNECTIONS} connections on the list`);
            memory = await bench.soak(servers.gateway, headers, await all[0].source(db));
            if (memory) {
              memory.idleRssBytes = idleRss;
              memory.peakRssBytes = Math.max(memory.peakRssBytes ?? 0, bench.peakRss ?? 0);
            }
          }
        }
      } finally {
        await servers.gateway.stop();
        await servers.baseline.stop();
        await servers.peer?.stop();
      }
      const profiled = all.find((s) => s.id === opts.profile);
      if (largest && profiled) {
        log(`profiling the gateway under the ${profiled.id} scenario (node --cpu-prof)`);
        profile = await profileGateway(ds, headers, Math.max(10, settings.seconds * 2), profiled, db);
        if (profile) profile.scenario = profiled.title;
      }
      // With the scenarios' servers stopped: the section starts a gateway of its own, with its subscription limits.
      if (largest && (!opts.only || opts.only.includes(LIVE_ID))) {
        log(`live events: subscriptions fed by other applications' changes and the gateway's own writes, on ${ds.database}`);
        live = await measureLive({
          mode: opts.mode,
          size: ds.size,
          database: ds.database,
          headers,
          db,
          stats,
          poolSize: POOL_SIZE,
          photographers: PHOTOGRAPHERS,
          customers: CUSTOMERS,
          log,
        });
        if (live.notRun) notes.push(`The live-events section was ${live.notRun}.`);
      }
      await db.end();
    }
    const date = new Date().toISOString().slice(0, 10);
    const partial: Findings = {
      date,
      mode: opts.mode,
      environment: env,
      packages: Object.fromEntries(
        ['@apollo/server', 'graphql', 'type-graphql', 'typeorm', 'mysql2', 'dataloader', 'autocannon'].map((p) => [p, packageVersion(p)]),
      ),
      settings: {
        seconds: settings.seconds,
        rounds: settings.rounds,
        warmupSeconds: settings.warmupSeconds,
        connections: CONNECTIONS,
        soakSeconds: settings.soakSeconds,
        soakConnections: SOAK_CONNECTIONS,
        dbPoolSize: POOL_SIZE,
      },
      dataSets: dataSets.map((d) => ({ size: d.size, database: d.database, built: d.built, buildSeconds: d.buildSeconds })),
      scenarios: bench.results,
      sequential: bench.sequential,
      pageSizes,
      plainOffset,
      memory,
      profile,
      scaleOut,
      hotRow,
      live,
      notes,
    };
    notes.push(...bench.notes);
    notes.push(`The whole run took ${((Date.now() - started) / 60000).toFixed(1)} minutes.`);
    const report: Report = { ...partial, targets: targets(partial), issue20: issue20Targets(partial) };
    const dir = path.join(ROOT, 'bench', 'results');
    fs.mkdirSync(dir, { recursive: true });
    // A run of part of the suite never overwrites the report of a whole one.
    const onlyPart = opts.only !== null || !opts.soak || opts.sizes.join() !== DEFAULT_SIZES.join();
    const base = path.join(dir, `${date}-${opts.mode}${onlyPart ? '-partial' : ''}`);
    const markdown = renderMarkdown(report);
    fs.writeFileSync(`${base}.md`, markdown);
    fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`${markdown}\n`);
    log(`wrote ${path.relative(ROOT, base)}.md and .json`);
  } finally {
    await stats.restore();
    await admin.end();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
