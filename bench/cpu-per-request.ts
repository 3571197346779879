import 'reflect-metadata';
import path from 'node:path';
import autocannon from 'autocannon';
import { createSession } from '../src/accounts/token.service';
import { loadConfig } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { BENCH_USER, databaseName, ensureDataSet } from './dataset';
import { median } from './load';
import { ACCOUNTS, adminConnection, ensureAccounts, urlFor } from './mysql-admin';
import { cpuMsOf, databasePid, ServerProcess, startBaseline, startGateway } from './processes';
import { scenarios } from './scenarios';

/*
 * CPU time per request of builds of the gateway (and the baseline), at a fixed request rate the
 * machine keeps up with: a measure for comparing two builds, steadier than throughput under
 * saturation, where the servers, MariaDB and the load generator fight for the same cores and
 * the quick bench's ratios move by ±10% between runs of one build.
 *
 *   npx ts-node --transpile-only bench/cpu-per-request.ts --scenario=by-id --rate=300 <target> <target> ...
 *
 * A target is a checkout whose `dist/` is built (`npx tsc -p tsconfig.build.json` in it: a git
 * worktree of the commit before a change, say) or `baseline`. Each round starts every target in
 * turn, warms it up for 3 s, then sends `--rate` requests per second over 10 connections for
 * `--seconds` (15) and reads the process's CPU time; `--rounds` (3) interleaved rounds, on the
 * 100k data set (`--size=10k|100k|1m`). It prints each round and, per target, the median and the
 * ratio to the first target's median, and the local database server's CPU per request beside it.
 */

const CONNECTIONS = 10;
const POOL_SIZE = 10;
const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

function option(argv: string[], name: string, fallback: string): string {
  const found = argv.find((a) => a.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const scenarioId = option(argv, 'scenario', 'by-id');
  const rate = Number(option(argv, 'rate', '300'));
  const seconds = Number(option(argv, 'seconds', '15'));
  const rounds = Number(option(argv, 'rounds', '3'));
  const size = SIZES[option(argv, 'size', '100k')];
  const targets = argv.filter((a) => !a.startsWith('--'));
  if (!size || !targets.length || !(rate > 0)) {
    throw new Error('usage: bench/cpu-per-request.ts [--scenario=by-id] [--rate=300] [--size=100k] <checkout|baseline> ...');
  }
  const admin = await adminConnection();
  if (!(await ensureAccounts(admin))) throw new Error('could not create the bench accounts (needs CREATE USER and GRANT)');
  await admin.end();
  const dataSet = await ensureDataSet(size, (msg) => process.stderr.write(`${msg}\n`));
  const database = databaseName(size);
  const sessions = createDataSource(loadConfig({ DATABASE_URL: urlFor(database), NODE_ENV: 'production' }));
  await sessions.initialize();
  const { token } = await createSession(sessions, { userReference: BENCH_USER.reference, application: 'planox2', rememberMe: true });
  await sessions.destroy();
  const db = await adminConnection(database);
  const scenario = scenarios({ size, orders: dataSet.orders, deepOffset: Math.floor(size * 0.9) }).find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`no scenario ${scenarioId}`);
  // A new source for each run: a write's source reads the rows' current stamps, which the run
  // before may have changed without seeing every answer (those in flight when it stopped).
  let source = await scenario.source(db);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-application': 'planox2' };
  const load = (server: ServerProcess, duration: number) =>
    autocannon({
      url: `${server.url}/graphql`,
      connections: CONNECTIONS,
      duration,
      overallRate: rate,
      headers,
      requests: [
        {
          method: 'POST',
          // A write learns its row's new stamp from the answer (the next update of the row sends it).
          setupRequest: (req, context) => {
            const next = source.next();
            (context as { onAnswer?: (body: string) => void }).onAnswer = next.onAnswer;
            return { ...req, body: next.body };
          },
          onResponse: (status, body, context) => {
            if (status === 200 && body.includes('"errors"')) graphqlErrors++;
            (context as { onAnswer?: (body: string) => void }).onAnswer?.(body);
          },
        },
      ],
    });
  let graphqlErrors = 0;
  const cpu: Record<string, number[]> = {};
  // The database's CPU per request too: work moved into SQL (JSON written by MariaDB) costs the
  // machine's other core, which the server's own figure does not show.
  const dbPid = databasePid(Number(process.env.BENCH_MYSQL_PORT ?? 3306));
  const dbCpu: Record<string, number[]> = {};
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      const server =
        target === 'baseline'
          ? await startBaseline(urlFor(database, ACCOUNTS.baseline), { poolSize: POOL_SIZE })
          : await startGateway(urlFor(database, ACCOUNTS.gateway), { poolSize: POOL_SIZE, root: path.resolve(target) });
      try {
        source = await scenario.source(db);
        await load(server, 3);
        graphqlErrors = 0;
        source = await scenario.source(db);
        const before = server.cpuMs();
        const dbBefore = dbPid === null ? null : cpuMsOf(dbPid);
        const result = await load(server, seconds);
        const used = server.cpuMs();
        const dbUsed = dbPid === null ? null : cpuMsOf(dbPid);
        if (before === null || used === null) throw new Error('no /proc: CPU time cannot be read');
        const errors = result.non2xx + result.errors + graphqlErrors;
        graphqlErrors = 0;
        const us = ((used - before) * 1000) / result.requests.total;
        (cpu[target] ??= []).push(us);
        const dbUs = dbBefore === null || dbUsed === null ? null : ((dbUsed - dbBefore) * 1000) / result.requests.total;
        if (dbUs !== null) (dbCpu[target] ??= []).push(dbUs);
        const dbText = dbUs === null ? '' : ` (database ${Math.round(dbUs)} µs/request)`;
        console.log(`round ${round} ${target}: ${Math.round(us)} µs/request${dbText}, ${result.requests.total} requests, ${errors} errors`);
      } finally {
        await server.stop();
      }
    }
  }
  const first = median(cpu[targets[0]]);
  for (const target of targets) {
    const m = median(cpu[target]);
    const dbText = dbCpu[target] ? `; database median ${Math.round(median(dbCpu[target]))} µs/request` : '';
    console.log(
      `${target}: median ${Math.round(m)} µs/request (${(m / first).toFixed(2)}× ${targets[0]}), rounds ${cpu[target].map(Math.round).join(' / ')}${dbText}`,
    );
  }
  await db.end();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
