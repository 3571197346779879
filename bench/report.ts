import type { DbCounters } from './db-stats';
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

export interface Report {
  date: string;
  mode: 'quick' | 'full';
  environment: Record<string, string | number>;
  packages: Record<string, string>;
  settings: { seconds: number; rounds: number; warmupSeconds: number; connections: number; soakSeconds: number; soakConnections: number; dbPoolSize: number };
  dataSets: { size: number; database: string; built: boolean; buildSeconds: number }[];
  scenarios: ScenarioResult[];
  sequential: SequentialLatency[];
  pageSizes: { first: number; gatewayStatements: number | null; baselineStatements: number | null }[];
  plainOffset: { size: number; offset: number; plainMs: number; gatewayMs: number; baselineMs: number } | null;
  memory: { idleRssBytes: number | null; peakRssBytes: number | null; growth: number | null; samples: number; seconds: number } | null;
  targets: Target[];
  profile: ProfileSummary | null;
  notes: string[];
}

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

function scenarioTable(rows: ScenarioResult[]): string[] {
  const out = [
    '| scenario | rows | gateway req/s | baseline req/s | **throughput ×** | gateway p50 / p99 ms | baseline p50 / p99 ms | **p99 ×** | CPU ms/req gw / base | **CPU ×** | SQL/req gw / base | DB ms/req gw / base | errors gw / base | same answer |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const s of rows) {
    const g = s.gateway;
    const b = s.baseline;
    out.push(`| ${s.title} | ${sizeLabel(s.size)} | ${fmt(g.load.rps)} | ${fmt(b.load.rps)} | **${fmt(throughputRatio(s), 2)}** | ${fmt(g.load.latency.p50)} / ${fmt(g.load.latency.p99)} | ${fmt(b.load.latency.p50)} / ${fmt(b.load.latency.p99)} | **${fmt(p99Ratio(s), 2)}** | ${fmt(g.cpuMsPerRequest, 2)} / ${fmt(b.cpuMsPerRequest, 2)} | **${fmt(ratio(g.cpuMsPerRequest, b.cpuMsPerRequest), 1)}** | ${fmt(g.statementsPerRequest, 1)} / ${fmt(b.statementsPerRequest, 1)} | ${fmt(g.dbMsPerRequest, 2)} / ${fmt(b.dbMsPerRequest, 2)} | ${errorsOf(g)} / ${errorsOf(b)} | ${s.sameAnswer ? 'yes' : '**no**'} |`);
  }
  return out;
}

export function renderMarkdown(r: Report): string {
  const lines: string[] = [];
  lines.push(`# Benchmark: the gateway against a raw baseline (${r.mode}, ${r.date})`, '');
  lines.push('Every figure marked × is the gateway\'s over the baseline\'s, measured in this run, back to back and interleaved (gateway, baseline, gateway, … per scenario): these machines are shared and absolute numbers drift.',
    'Throughput × above 1 is better for the gateway; latency × below 1 is. The baseline is bench/baseline-server.ts: node:http + mysql2 prepared statements + JSON.stringify, answering the same requests with the same JSON.', '');
  lines.push('## Targets', '', '| target | goal | measured | met |', '| --- | --- | --- | :---: |');
  for (const t of r.targets) lines.push(`| ${t.name} | ${t.goal} | ${t.measured} | ${t.met === null ? 'n/a' : t.met ? 'yes' : '**no**'} |`);
  lines.push('');
  const largest = Math.max(...r.scenarios.map((s) => s.size));
  lines.push(`## Scenarios on ${sizeLabel(largest)} appointments`, '',
    `${r.settings.connections} connections, ${r.settings.seconds} s per server after ${r.settings.warmupSeconds} s of warm-up, in ${r.settings.rounds} interleaved rounds (gateway, baseline, gateway, …); p50/p99 in ms under that load (median of the rounds). CPU ms/req is the server process's own CPU time (user + system, from /proc) per request; SQL/req and DB ms/req (connection busy time) come from MariaDB's per-user statistics.`, '');
  lines.push(...scenarioTable(r.scenarios.filter((s) => s.size === largest)), '');
  const smaller = r.scenarios.filter((s) => s.size !== largest);
  if (smaller.length) lines.push('## Smaller data sets', '', ...scenarioTable(smaller), '');
  if (r.sequential.length) {
    const sizes = [...new Set(r.sequential.map((s) => s.size))].sort((a, b) => a - b);
    const names = [...new Set(r.sequential.map((s) => s.scenario))];
    lines.push('## How cost grows with the data', '', 'Median latency of one request at a time (ms), gateway / baseline.', '',
      `| scenario | ${sizes.map(sizeLabel).join(' | ')} |`, `| --- | ${sizes.map(() => '---:').join(' | ')} |`);
    for (const name of names) {
      lines.push(`| ${name} | ${sizes.map((size) => {
        const m = r.sequential.find((s) => s.size === size && s.scenario === name);
        return m ? `${fmt(m.gatewayMs, 1)} / ${fmt(m.baselineMs, 1)}` : '';
      }).join(' | ')} |`);
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
    lines.push('## Deep offset page', '', `offset ${p.offset.toLocaleString('en-US')} on ${sizeLabel(p.size)} rows, median of one request at a time:`,
      `plain \`SELECT … ORDER BY created_at, id LIMIT 100 OFFSET ${p.offset}\` through mysql2: ${fmt(p.plainMs, 1)} ms;`,
      `the gateway's appointments(offset) over HTTP: ${fmt(p.gatewayMs, 1)} ms; the baseline's deferred join: ${fmt(p.baselineMs, 1)} ms.`, '');
  }
  if (r.memory) {
    const m = r.memory;
    lines.push('## Memory', '', `Gateway resident size: ${mb(m.idleRssBytes)} idle after start; ${mb(m.peakRssBytes)} at most under ${r.settings.soakConnections} connections; `
      + `${m.growth == null ? 'n/a' : `${(m.growth * 100).toFixed(1)}%`} growth over a ${m.seconds} s soak (median of the last 10% of ${m.samples} samples against the 10%-20% window).`, '');
  }
  lines.push('## Machine and versions', '');
  for (const [k, v] of Object.entries(r.environment)) lines.push(`- ${k}: ${v}`);
  for (const [k, v] of Object.entries(r.packages)) lines.push(`- ${k} ${v}`);
  lines.push(`- data sets: ${r.dataSets.map((d) => `${d.database} (${d.built ? `built in ${d.buildSeconds.toFixed(1)} s` : 'reused'})`).join(', ')}`);
  lines.push(`- gateway: \`node dist/src/main.js\`, NODE_ENV=production, DB_POOL_SIZE=${r.settings.dbPoolSize}, request log at info to /dev/null; baseline: same pool size`, '');
  if (r.profile) {
    lines.push(`## CPU profile of the gateway under "${r.profile.scenario ?? 'list'}"`, '', `${r.profile.totalMs} ms of samples (idle excluded), from \`node --cpu-prof\`.`, '',
      '| area | ms | share |', '| --- | ---: | ---: |', ...r.profile.byArea.map((a) => `| ${a.area} | ${a.ms} | ${a.share}% |`), '',
      '| function | where | ms | share |', '| --- | --- | ---: | ---: |',
      ...r.profile.topFunctions.map((f) => `| ${f.fn} | ${f.where} | ${f.ms} | ${f.share}% |`), '');
  }
  if (r.notes.length) lines.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

/** The per-request database figures of a run. */
export function perRequest(stats: DbCounters | null, requests: number): { statements: number | null; dbMs: number | null } {
  if (!stats || requests === 0) return { statements: null, dbMs: null };
  return { statements: stats.statements / requests, dbMs: (stats.busySeconds * 1000) / requests };
}
