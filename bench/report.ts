import type { DbCounters } from './db-stats';
import type { HotRow } from './hot-row';
import type { LiveEvents } from './live';
import type { LoadResult } from './load';
import type { ProfileSummary } from './profile';

/* The benchmark's findings, and how they are written: a Markdown table and the same data as JSON. */

export interface TargetRun {
  load: LoadResult;
  /** Per request, from the database's per-user statistics (null where unavailable). */
  statementsPerRequest: number | null;
  dbMsPerRequest: number | null;
  /** The server process's own CPU time (user + system) per request: what machine sharing disturbs least. */
  cpuMsPerRequest: number | null;
  peakRssBytes: number | null;
}

export interface ScenarioResult {
  size: number;
  id: string;
  title: string;
  group: string;
  /** Whether both answered the same JSON (reads) or the same shape (writes) before the run. */
  sameAnswer: boolean;
  gateway: TargetRun;
  baseline: TargetRun;
  /** The peer (bench/peer-server.ts), in the same interleaved rounds, where it serves the scenario. */
  peer?: TargetRun;
  /** Whether the peer answered the gateway's JSON, cursors aside (the peer's are its own). */
  samePeerAnswer?: boolean | null;
}

export interface SequentialLatency {
  size: number;
  scenario: string;
  gatewayMs: number;
  baselineMs: number;
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean | null;
}

/** CPU seconds per second of wall time (cores kept busy) over a run, by process; null where not measurable. */
export interface CoresBusy {
  gateways: number | null;
  /** Each gateway instance's share, in the order of `gateways`. */
  perGateway: (number | null)[];
  nginx: number | null;
  /** The bench process itself, which runs autocannon. */
  loadGenerator: number | null;
  database: number | null;
  /** Every other process on the machine (all busy CPU from /proc/stat less the above): a test run next door shows here. */
  others: number | null;
}

export type ScaleOutSetup = 'direct' | 'nginx-one' | 'nginx-two';

export interface ScaleOutRun {
  setup: ScaleOutSetup;
  label: string;
  instances: number;
  load: LoadResult;
  /** All gateway instances' CPU time per request, in ms. */
  gatewayCpuMsPerRequest: number | null;
  coresBusy: CoresBusy;
}

export interface ScaleOutScenario {
  id: string;
  title: string;
  runs: ScaleOutRun[];
  /** Throughput of two instances behind nginx over one behind nginx, and over one reached directly. */
  twoVsOneBehindNginx: number | null;
  twoVsDirect: number | null;
}

export interface ScaleOut {
  size: number;
  /** e.g. "nginx/1.22.1"; null when not run. */
  nginx: string | null;
  /** Why the section was not run (nginx missing, a start failed), or null. */
  notRun: string | null;
  connections: number;
  seconds: number;
  rounds: number;
  warmupSeconds: number;
  poolSize: number;
  cores: number;
  scenarios: ScaleOutScenario[];
}

export interface Report {
  date: string;
  mode: 'quick' | 'full';
  environment: Record<string, string | number>;
  packages: Record<string, string>;
  settings: {
    seconds: number;
    rounds: number;
    warmupSeconds: number;
    connections: number;
    soakSeconds: number;
    soakConnections: number;
    dbPoolSize: number;
  };
  dataSets: { size: number; database: string; built: boolean; buildSeconds: number }[];
  scenarios: ScenarioResult[];
  sequential: SequentialLatency[];
  pageSizes: { first: number; gatewayStatements: number | null; baselineStatements: number | null }[];
  plainOffset: { size: number; offset: number; plainMs: number; gatewayMs: number; baselineMs: number } | null;
  memory: { idleRssBytes: number | null; peakRssBytes: number | null; growth: number | null; samples: number; seconds: number } | null;
  targets: Target[];
  /** The goals of issue #20 (absent in reports written before it). */
  issue20?: Target[];
  profile: ProfileSummary | null;
  /** Two gateway instances behind nginx against one (absent in reports written before it existed). */
  scaleOut?: ScaleOut | null;
  /** Unrelated reads while a row is held locked with writes waiting on it (absent in older reports). */
  hotRow?: HotRow | null;
  /** Subscriptions fed by other applications' changes and the gateway's own writes (absent in older reports). */
  live?: LiveEvents | null;
  notes: string[];
}

/** The issue's goal for the gateway's resident size under sustained load. */
export const RSS_GOAL_BYTES = 300 * 1048576;
/** Issue #20's goal for the same. */
export const RSS_GOAL_ISSUE_20_BYTES = 250 * 1048576;

const fmt = (n: number | null | undefined, digits = 0) => (n == null || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || b === 0 ? null : a / b);
const mb = (bytes: number | null | undefined) => (bytes == null ? 'n/a' : `${Math.round(bytes / 1048576)} MB`);
export const sizeLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

function errorsOf(run: TargetRun): number {
  return run.load.graphqlErrors + run.load.non2xx + run.load.transportErrors;
}

export function throughputRatio(s: ScenarioResult): number | null {
  return ratio(s.gateway.load.rps, s.baseline.load.rps);
}

export function p99Ratio(s: ScenarioResult): number | null {
  return ratio(s.gateway.load.latency.p99, s.baseline.load.latency.p99);
}

/** The gateway's throughput over the peer's (null where the peer did not run). */
export function peerRatio(s: ScenarioResult): number | null {
  return s.peer ? ratio(s.gateway.load.rps, s.peer.load.rps) : null;
}

function peerTable(rows: ScenarioResult[]): string[] {
  const out = [
    '| scenario | rows | gateway req/s | peer req/s | **gateway / peer ×** | gateway p50 / p99 ms | peer p50 / p99 ms | CPU ms/req gw / peer | SQL/req gw / peer | DB ms/req gw / peer | errors peer | same answer (cursors aside) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const s of rows) {
    const g = s.gateway;
    const p = s.peer!;
    out.push(
      `| ${s.title} | ${sizeLabel(s.size)} | ${fmt(g.load.rps)} | ${fmt(p.load.rps)} | **${fmt(peerRatio(s), 2)}** | ${fmt(g.load.latency.p50, 1)} / ${fmt(g.load.latency.p99, 1)} | ${fmt(p.load.latency.p50, 1)} / ${fmt(p.load.latency.p99, 1)} | ${fmt(g.cpuMsPerRequest, 2)} / ${fmt(p.cpuMsPerRequest, 2)} | ${fmt(g.statementsPerRequest, 1)} / ${fmt(p.statementsPerRequest, 1)} | ${fmt(g.dbMsPerRequest, 2)} / ${fmt(p.dbMsPerRequest, 2)} | ${errorsOf(p)} | ${s.samePeerAnswer ? 'yes' : '**no**'} |`,
    );
  }
  return out;
}

function scenarioTable(rows: ScenarioResult[]): string[] {
  const out = [
    '| scenario | rows | gateway req/s | baseline req/s | **throughput ×** | gateway p50 / p99 ms | baseline p50 / p99 ms | **p99 ×** | CPU ms/req gw / base | **CPU ×** | SQL/req gw / base | DB ms/req gw / base | errors gw / base | same answer |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const s of rows) {
    const g = s.gateway;
    const b = s.baseline;
    out.push(
      `| ${s.title} | ${sizeLabel(s.size)} | ${fmt(g.load.rps)} | ${fmt(b.load.rps)} | **${fmt(throughputRatio(s), 2)}** | ${fmt(g.load.latency.p50, 1)} / ${fmt(g.load.latency.p99, 1)} | ${fmt(b.load.latency.p50, 1)} / ${fmt(b.load.latency.p99, 1)} | **${fmt(p99Ratio(s), 2)}** | ${fmt(g.cpuMsPerRequest, 2)} / ${fmt(b.cpuMsPerRequest, 2)} | **${fmt(ratio(g.cpuMsPerRequest, b.cpuMsPerRequest), 1)}** | ${fmt(g.statementsPerRequest, 1)} / ${fmt(b.statementsPerRequest, 1)} | ${fmt(g.dbMsPerRequest, 2)} / ${fmt(b.dbMsPerRequest, 2)} | ${errorsOf(g)} / ${errorsOf(b)} | ${s.sameAnswer ? 'yes' : '**no**'} |`,
    );
  }
  return out;
}

function hotRowSection(x: HotRow): string[] {
  const out = ['## Reads beside a locked row', ''];
  if (x.notRun) return [...out, `Not run: ${x.notRun}.`];
  const answers = Object.entries(x.writeAnswers)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  out.push(
    `On the ${sizeLabel(x.size)} set: the scenarios as they are, then with one appointment row held locked by another connection (\`SELECT … FOR UPDATE\` in an open transaction) and ${x.writers} updates of it kept waiting (each sent again once answered). ` +
      `${x.connections} connections, ${x.seconds} s each; p50/p99 in ms. The waiting writes were answered: ${answers || 'nothing'}.`,
    '',
    '| scenario | req/s | p50 / p99 ms | req/s, row locked | p50 / p99 ms, row locked | **p99 ×** | errors, row locked |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const s of x.scenarios) {
    const errors = s.hot.graphqlErrors + s.hot.non2xx + s.hot.transportErrors;
    out.push(
      `| ${s.title} | ${fmt(s.normal.rps)} | ${fmt(s.normal.latency.p50)} / ${fmt(s.normal.latency.p99)} | ${fmt(s.hot.rps)} | ` +
        `${fmt(s.hot.latency.p50)} / ${fmt(s.hot.latency.p99)} | **${fmt(ratio(s.hot.latency.p99, s.normal.latency.p99), 2)}** | ${errors} |`,
    );
  }
  return out;
}

function liveSection(x: LiveEvents): string[] {
  const out = ['## Live events', ''];
  if (x.notRun && !x.runs.length) return [...out, `Not run: ${x.notRun}.`];
  const most = Math.max(...x.subscribers);
  const busy = (n: number | null) => fmt(n, 2);
  out.push(
    `One gateway instance on the ${sizeLabel(x.size)} set with ${x.subscribers.map((n) => n.toLocaleString('en-US')).join(' and then ')} subscriptions to \`appointmentChanged(filter)\` ` +
      `(${x.perSocket} per WebSocket, one employee token; ${x.mix}), each selecting the change and \`appointment { title startDate customer { name } }\`. ` +
      `Two writers in turn, ${x.changesPerSecond} changes/s each, ${x.seconds} s each after ${x.warmupSeconds} s of warm-up: **other application**, \`UPDATE appointments SET title, updated_at_mt\` through mysql2 ` +
      `(read by the poller at its next interval, CHANGE_POLL_INTERVAL_MS ${x.pollIntervalMs}); **own writes**, \`updateAppointment\` over HTTP (the commit nudges the poller). ` +
      "Latency is receive time in the subscribers' process minus the time the writer's statement or mutation returned, over every event (an own write's event may arrive before its mutation's answer: min below 0). " +
      '"Cores" is each process\'s CPU seconds per second of the run (from /proc): the gateway, the subscribers\' process (graphql-ws clients parsing every event), the bench (the writers), MariaDB, and every other process on the machine. ' +
      "SQL/s is what the gateway's MariaDB user (bench_live, this section's own) sent (userstat), the gateway's own mutations included.",
    '',
    '| subscriptions (sockets) | writer | changes/s | events received / expected | lost · repeated · unexpected | latency p50 / p99 / max ms (min) | gateway cores | gateway peak RSS | SQL/s | cores: subscribers / bench / MariaDB / others |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of x.runs) {
    const d = r.delivery;
    const writer = r.writer === 'idle' ? 'none (idle)' : r.writer === 'other' ? 'other application' : 'own writes';
    out.push(
      `| ${r.subscribers.toLocaleString('en-US')} (${r.sockets}) | ${writer} | ${r.writer === 'idle' ? '0' : fmt(r.changesPerSecond)} | ` +
        `${d ? `${d.received.toLocaleString('en-US')} / ${d.expected.toLocaleString('en-US')}` : ''} | ${d ? `${d.lost} · ${d.duplicates} · ${d.unexpected}` : ''} | ` +
        `${d?.latency ? `${fmt(d.latency.p50, 1)} / ${fmt(d.latency.p99, 1)} / ${fmt(d.latency.max, 1)} (${fmt(d.latency.min, 1)})` : ''} | ` +
        `${busy(r.cores.gateway)} | ${mb(r.gatewayPeakRssBytes)} | ${fmt(r.statementsPerSecond, 1)} | ` +
        `${busy(r.cores.subscribers)} / ${busy(r.cores.bench)} / ${busy(r.cores.database)} / ${busy(r.cores.others)} |`,
    );
  }
  const errors = x.runs.filter((r) => r.writeErrors || r.delivery?.errors);
  for (const r of errors)
    out.push(
      '',
      `Errors with ${r.subscribers.toLocaleString('en-US')} subscriptions, ${r.writer === 'own' ? 'own writes' : 'other application'}: ${r.writeErrors} writes refused${r.firstWriteError ? ` (first: ${r.firstWriteError})` : ''}, ` +
        `${r.delivery?.errors ?? 0} events or sockets in error${r.delivery?.firstError ? ` (first: ${r.delivery.firstError})` : ''}. ` +
        `${r.writeErrors ? 'Refused writes commit nothing: the changes/s column shows the rate that was reached.' : ''}`,
    );
  if (x.notRun) out.push('', `The section was ${x.notRun}.`);
  out.push(
    '',
    `Gateway resident size with the subscriptions open and idle: ${Object.entries(x.idleRssBytes)
      .map(([n, b]) => `${Number(n).toLocaleString('en-US')} subscriptions ${mb(b)}`)
      .join(', ')}.`,
  );
  const subscriberCores = x.runs.filter((r) => r.subscribers === most).map((r) => r.cores.subscribers ?? 0);
  const others = x.runs.map((r) => r.cores.others).filter((n): n is number => n !== null);
  out.push(
    '',
    `**The subscribers share this machine with the gateway and MariaDB**: with ${most.toLocaleString('en-US')} subscriptions their process kept up to ${fmt(Math.max(...subscriberCores), 2)} cores busy, ` +
      "CPU the gateway would have on a machine of its own, and an event waiting for the subscribers' event loop counts as latency." +
      (others.length && Math.max(...others) >= 0.25
        ? ` Other processes used up to ${Math.max(...others).toFixed(2)} cores during these runs: the figures are worse, and noisier, than on a quiet machine.`
        : ''),
  );
  if (x.goals.length)
    out.push(
      '',
      '### Goals of issue #19',
      '',
      '| goal | target | measured | met |',
      '| --- | --- | --- | :---: |',
      ...x.goals.map((t) => `| ${t.name} | ${t.goal} | ${t.measured} | ${t.met === null ? 'n/a' : t.met ? 'yes' : '**no**'} |`),
    );
  return out;
}

function scaleOutSection(x: ScaleOut, scenarioConnections: number): string[] {
  const out = ['## Scale-out: two instances behind nginx', ''];
  if (x.notRun) return [...out, `Not run: ${x.notRun}.`];
  const busy = (n: number | null) => fmt(n, 2);
  out.push(
    `${x.nginx ?? 'nginx'} (one worker, keepalive connections to the instances) in front of gateway instances on the ${sizeLabel(x.size)} set, all against the one MariaDB, each instance with a pool of ${x.poolSize}. ` +
      `${x.connections} connections in every setup (the scenarios above use ${scenarioConnections}; ${x.connections} keeps two instances as busy each as one is there), ${x.seconds} s per setup after ${x.warmupSeconds} s of warm-up, in ${x.rounds} interleaved rounds (direct, one behind nginx, two behind nginx, …); p50/p99 in ms, median of the rounds. ` +
      '"Cores busy" is each process\'s CPU seconds per second of the run (from /proc): the gateway instances (each), nginx (master + worker), the bench process running autocannon, MariaDB, and every other process on the machine (from /proc/stat).',
    '',
  );
  out.push(
    `**This machine has ${x.cores} cores, shared by the gateway instances, nginx, autocannon and MariaDB: a second instance only gets the CPU the first one leaves idle, so two instances cannot double throughput here — the ratio is what a second instance adds on the same machine, not what two machines would give.**`,
    '',
  );
  out.push(
    '| scenario | setup | req/s | p50 / p99 ms | **× one direct** | **× one behind nginx** | gateway CPU ms/req | cores busy: gateways (each) / nginx / autocannon / MariaDB / others | errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  );
  for (const s of x.scenarios) {
    const direct = s.runs.find((r) => r.setup === 'direct');
    const one = s.runs.find((r) => r.setup === 'nginx-one');
    for (const r of s.runs) {
      const c = r.coresBusy;
      const each = c.perGateway.length > 1 ? ` (${c.perGateway.map(busy).join(' + ')})` : '';
      out.push(
        `| ${r === s.runs[0] ? s.title : ''} | ${r.label} | ${fmt(r.load.rps)} | ${fmt(r.load.latency.p50)} / ${fmt(r.load.latency.p99)} | ` +
          `${r.setup === 'direct' ? '1' : `**${fmt(ratio(r.load.rps, direct?.load.rps), 2)}**`} | ${r.setup === 'nginx-two' ? `**${fmt(ratio(r.load.rps, one?.load.rps), 2)}**` : r.setup === 'nginx-one' ? '1' : ''} | ` +
          `${fmt(r.gatewayCpuMsPerRequest, 2)} | ${busy(c.gateways)}${each} / ${busy(c.nginx)} / ${busy(c.loadGenerator)} / ${busy(c.database)} / ${busy(c.others)} | ${r.load.graphqlErrors + r.load.non2xx + r.load.transportErrors} |`,
      );
    }
  }
  const others = x.scenarios.flatMap((s) => s.runs.map((r) => r.coresBusy.others)).filter((n): n is number => n !== null);
  if (others.length && Math.max(...others) >= 0.25) {
    out.push(
      '',
      `Other processes on the machine used up to ${Math.max(...others).toFixed(2)} cores during these runs: they took CPU the instances could have had, so the figures are lower, and the ratios noisier, than on a quiet machine.`,
    );
  }
  out.push(
    '',
    ...x.scenarios.map(
      (s) =>
        `- ${s.title}: two instances behind nginx give **${fmt(s.twoVsOneBehindNginx, 2)}×** the throughput of one behind nginx and **${fmt(s.twoVsDirect, 2)}×** that of one reached directly.`,
    ),
  );
  return out;
}

export function renderMarkdown(r: Report): string {
  const lines: string[] = [];
  lines.push(`# Benchmark: the gateway against a raw baseline (${r.mode}, ${r.date})`, '');
  lines.push(
    "Every figure marked × is the gateway's over the baseline's, measured in this run, back to back and interleaved (gateway, baseline, gateway, … per scenario): these machines are shared and absolute numbers drift.",
    'Throughput × above 1 is better for the gateway; latency × below 1 is. The baseline is bench/baseline-server.ts: node:http + mysql2 prepared statements + JSON.stringify, answering the same requests with the same JSON.',
    '',
  );
  lines.push('## Targets', '', '| target | goal | measured | met |', '| --- | --- | --- | :---: |');
  const targetRow = (t: Target) => `| ${t.name} | ${t.goal} | ${t.measured} | ${t.met === null ? 'n/a' : t.met ? 'yes' : '**no**'} |`;
  for (const t of r.targets) lines.push(targetRow(t));
  lines.push('');
  if (r.issue20?.length) {
    lines.push(
      '## Targets of issue #20',
      '',
      "On the largest data set run: every read within 0.8× of the baseline's throughput and 1.3× of its p99, every page at least 4× the peer's throughput, and the resident size under the soak's connections below 250 MB.",
      '',
      '| target | goal | measured | met |',
      '| --- | --- | --- | :---: |',
      ...r.issue20.map(targetRow),
      '',
    );
  }
  const largest = Math.max(...r.scenarios.map((s) => s.size));
  if (r.scenarios.length) {
    lines.push(
      `## Scenarios on ${sizeLabel(largest)} appointments`,
      '',
      `${r.settings.connections} connections, ${r.settings.seconds} s per server after ${r.settings.warmupSeconds} s of warm-up, in ${r.settings.rounds} interleaved rounds (gateway, baseline, then the peer where it serves the scenario, gateway, …); p50/p99 in ms under that load, from every answer's own time (median of the rounds). CPU ms/req is the server process's own CPU time (user + system, from /proc) per request; SQL/req and DB ms/req (connection busy time) come from MariaDB's per-user statistics.`,
      '',
    );
    lines.push(...scenarioTable(r.scenarios.filter((s) => s.size === largest)), '');
  }
  const smaller = r.scenarios.filter((s) => s.size !== largest);
  if (smaller.length) lines.push('## Smaller data sets', '', ...scenarioTable(smaller), '');
  const withPeer = r.scenarios.filter((s) => s.peer);
  if (withPeer.length) {
    lines.push(
      '## Against the peer',
      '',
      "The peer is bench/peer-server.ts: the same packages used the way TypeGraphQL's and TypeORM's docs teach them (entities as object types, field resolvers with one DataLoader per relation and request, TypeORM repositories and query builder, Apollo Server's standalone server with its defaults; bench/README.md). " +
        "It runs in the same interleaved rounds as the gateway and the baseline (gateway, baseline, peer, …) with the same connections and pool size; × is the gateway's throughput over the peer's. Scenarios it does not serve are not listed.",
      '',
      ...peerTable(withPeer),
      '',
    );
  }
  if (r.sequential.length) {
    const sizes = [...new Set(r.sequential.map((s) => s.size))].sort((a, b) => a - b);
    const names = [...new Set(r.sequential.map((s) => s.scenario))];
    lines.push(
      '## How cost grows with the data',
      '',
      'Median latency of one request at a time (ms), gateway / baseline.',
      '',
      `| scenario | ${sizes.map(sizeLabel).join(' | ')} |`,
      `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    );
    for (const name of names) {
      lines.push(
        `| ${name} | ${sizes
          .map((size) => {
            const m = r.sequential.find((s) => s.size === size && s.scenario === name);
            return m ? `${fmt(m.gatewayMs, 1)} / ${fmt(m.baselineMs, 1)}` : '';
          })
          .join(' | ')} |`,
      );
    }
    lines.push('');
  }
  if (r.pageSizes.length) {
    lines.push('## SQL statements per request by page size', '', '| first | gateway | baseline |', '| ---: | ---: | ---: |');
    for (const p of r.pageSizes) lines.push(`| ${p.first} | ${fmt(p.gatewayStatements, 1)} | ${fmt(p.baselineStatements, 1)} |`);
    lines.push('');
  }
  if (r.plainOffset) {
    const p = r.plainOffset;
    lines.push(
      '## Deep offset page',
      '',
      `offset ${p.offset.toLocaleString('en-US')} on ${sizeLabel(p.size)} rows, median of one request at a time:`,
      `plain \`SELECT … ORDER BY created_at, id LIMIT 100 OFFSET ${p.offset}\` through mysql2: ${fmt(p.plainMs, 1)} ms;`,
      `the gateway's appointments(offset) over HTTP: ${fmt(p.gatewayMs, 1)} ms; the baseline's deferred join: ${fmt(p.baselineMs, 1)} ms.`,
      '',
    );
  }
  if (r.scaleOut) lines.push(...scaleOutSection(r.scaleOut, r.settings.connections), '');
  if (r.hotRow) lines.push(...hotRowSection(r.hotRow), '');
  if (r.live) lines.push(...liveSection(r.live), '');
  if (r.memory) {
    const m = r.memory;
    lines.push(
      '## Memory',
      '',
      `Gateway resident size: ${mb(m.idleRssBytes)} idle after start; ${mb(m.peakRssBytes)} at most under ${r.settings.soakConnections} connections; ` +
        `${m.growth == null ? 'n/a' : `${(m.growth * 100).toFixed(1)}%`} growth over a ${m.seconds} s soak (median of the last 10% of ${m.samples} samples against the 10%-20% window).`,
      '',
    );
    if (m.peakRssBytes != null && m.peakRssBytes >= RSS_GOAL_BYTES && m.growth != null && m.growth < 0.1) {
      lines.push(
        `Over the ${mb(RSS_GOAL_BYTES)} goal, but not growing: the peak is heap V8 lets grow under allocation, not a live set that keeps ` +
          'rising. A heap limit holds it down at a cost in throughput (`BENCH_GATEWAY_NODE_FLAGS="--max-old-space-size=256"`; ' +
          'figures in bench/README.md, "Where it stands").',
        '',
      );
    }
  }
  lines.push('## Machine and versions', '');
  for (const [k, v] of Object.entries(r.environment)) lines.push(`- ${k}: ${v}`);
  for (const [k, v] of Object.entries(r.packages)) lines.push(`- ${k} ${v}`);
  lines.push(
    `- data sets: ${r.dataSets.map((d) => `${d.database} (${d.built ? `built in ${d.buildSeconds.toFixed(1)} s` : 'reused'})`).join(', ')}`,
  );
  if (r.scaleOut?.nginx)
    lines.push(`- ${r.scaleOut.nginx} (scale-out section: foreground child process, generated config, worker_processes 1)`);
  lines.push(
    `- gateway: \`node dist/src/main.js\`, NODE_ENV=production, DB_POOL_SIZE=${r.settings.dbPoolSize}, request log at info to /dev/null; baseline: same pool size`,
    ...(r.scenarios.some((s) => s.peer)
      ? ['- peer: `node -r ts-node/register/transpile-only bench/peer-server.ts`, NODE_ENV=production, same pool size (TypeORM poolSize)']
      : []),
    '',
  );
  if (r.profile) {
    lines.push(
      `## CPU profile of the gateway under "${r.profile.scenario ?? 'list'}"`,
      '',
      `${r.profile.totalMs} ms of samples (idle excluded), from \`node --cpu-prof\`.`,
      '',
      '| area | ms | share |',
      '| --- | ---: | ---: |',
      ...r.profile.byArea.map((a) => `| ${a.area} | ${a.ms} | ${a.share}% |`),
      '',
      '| function | where | ms | share |',
      '| --- | --- | ---: | ---: |',
      ...r.profile.topFunctions.map((f) => `| ${f.fn} | ${f.where} | ${f.ms} | ${f.share}% |`),
      '',
    );
  }
  if (r.notes.length) lines.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

/** The per-request database figures of a run. */
export function perRequest(stats: DbCounters | null, requests: number): { statements: number | null; dbMs: number | null } {
  if (!stats || requests === 0) return { statements: null, dbMs: null };
  return { statements: stats.statements / requests, dbMs: (stats.busySeconds * 1000) / requests };
}
