import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import mysql, { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import type { AppointmentUpdate } from '../src/appointments/appointment-write.service';

/*
 * Where an update's CPU goes, layer by layer (issue #20's write goal): the same update of an
 * appointment's title, run in this one process through each layer in turn, 10 at a time, and
 * this process's CPU time per update:
 *
 * - `raw, autocommit`: the baseline's three statements (bench/baseline-server.ts: the session,
 *   the conditional UPDATE, the answer's read), mysql2 prepared statements, no HTTP;
 * - `raw, in a transaction`: the same with START TRANSACTION and COMMIT around the UPDATE, on a
 *   connection of its own: what the gateway's "no write after the answer" costs in statements;
 * - `authentication`: the gateway's own, alone (src/accounts/authenticate.ts);
 * - `service`: authentication and AppointmentWriteService.update (the write gate, the
 *   transaction, the repository's conditional UPDATE, the answer's read): the gateway less
 *   GraphQL and HTTP;
 * - `Apollo`: authentication and the mutation through `executeOperation` (Apollo's pipeline,
 *   the cost limit, graphql-jit, type-graphql, class-validator, then the service): less HTTP.
 *
 * What HTTP adds is cpu-per-request.ts's figure for the server process less the `Apollo` line.
 * The gateway's modules are its build (`dist/`, as the bench runs it: `npm run build` first),
 * not src through ts-node, so that the process holds one copy of the entities and of
 * type-graphql's metadata. It runs on the data set `--size` (10k, 100k, 1m; 1m by default),
 * `--rounds` (3) interleaved rounds of `--updates` (3000) per layer after 300 to warm up, and
 * prints each layer's median and its ratio to the baseline's three statements, and beside it
 * the local database server's CPU per update over the same updates (mariadbd or mysqld from
 * /proc: the other half of a write's cost on a machine that runs both).
 *
 *   npx ts-node --transpile-only bench/write-layers.ts --size=1m --rounds=5
 */

const ROOT = path.resolve(__dirname, '..');
const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const CONCURRENCY = 10;

function option(argv: string[], name: string, fallback: string): string {
  const found = argv.find((a) => a.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
}

/** A module of the gateway's build. */
function built<T>(module: string): T {
  const file = path.join(ROOT, 'dist', 'src', `${module}.js`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return require(file) as T;
}

type Row = RowDataPacket & Record<string, unknown>;

async function main(): Promise<void> {
  // Before anything loads graphql-js (the data set's migrations do): unless NODE_ENV is
  // production, it checks every `instanceof` across realms, which the gateway never pays.
  process.env.NODE_ENV = 'production';
  const { BENCH_USER, databaseName, ensureDataSet } = require('./dataset') as typeof import('./dataset');
  const { median } = require('./load') as typeof import('./load');
  const { ACCOUNTS, adminConnection, ensureAccounts, MYSQL, urlFor } = require('./mysql-admin') as typeof import('./mysql-admin');
  const argv = process.argv.slice(2);
  const size = SIZES[option(argv, 'size', '1m')];
  const rounds = Number(option(argv, 'rounds', '3'));
  const updates = Number(option(argv, 'updates', '3000'));
  if (!size || !(rounds > 0) || !(updates >= CONCURRENCY)) {
    throw new Error('usage: bench/write-layers.ts [--size=1m] [--rounds=3] [--updates=3000]');
  }
  const admin = await adminConnection();
  if (!(await ensureAccounts(admin))) throw new Error('could not create the bench accounts (needs CREATE USER and GRANT)');
  await admin.end();
  await ensureDataSet(size, (msg) => process.stderr.write(`${msg}\n`));
  const database = databaseName(size);

  const { createGateway, createServices } = built<typeof import('../src/app')>('app');
  const { createRepositories } = built<typeof import('../src/repositories')>('repositories');
  const { authenticate } = built<typeof import('../src/accounts/authenticate')>('accounts/authenticate');
  const { Loaders } = built<typeof import('../src/context/loaders')>('context/loaders');
  const { createSession } = built<typeof import('../src/accounts/token.service')>('accounts/token.service');
  const { createDataSource } = built<typeof import('../src/database/data-source')>('database/data-source');
  const { loadConfig } = built<typeof import('../src/config/config')>('config/config');

  const config = loadConfig({
    DATABASE_URL: urlFor(database, ACCOUNTS.gateway),
    NODE_ENV: 'production',
    DB_POOL_SIZE: String(CONCURRENCY),
    LOG_LEVEL: 'silent',
  });
  const db = createDataSource(config);
  await db.initialize();
  const { token } = await createSession(db, { userReference: BENCH_USER.reference, application: 'planox2', rememberMe: true });
  const log = (require('pino') as typeof import('pino')).pino({ level: 'silent' });
  const gateway = await createGateway(config, db, log);
  const services = createServices(createRepositories(), config);
  const headers = { authorization: `Bearer ${token}`, 'x-application': 'planox2' };
  const raw = mysql.createPool({
    host: MYSQL.host,
    port: MYSQL.port,
    user: ACCOUNTS.baseline,
    database,
    connectionLimit: CONCURRENCY,
  });
  const tokenHash = createHash('sha256').update(token).digest('hex');

  // Rows spread over the table, each with its current stamp (every layer sends the one it last saw).
  const [picked] = await raw.query<Row[]>(
    `SELECT id, updated_at_mt FROM appointments WHERE id % ${Math.max(1, Math.floor(size / 20_000))} = 0 LIMIT 20000`,
  );
  const stamps = new Map(picked.map((r) => [r.id as number, r.updated_at_mt as string]));
  const ids = [...stamps.keys()];
  let turn = 0;
  const nextId = () => ids[turn++ % ids.length];
  let n = 0;
  const title = () => `Layer update ${++n}`;
  const newStamp = (now: Date) => `${now.toISOString()}~${randomBytes(4).toString('hex')}`;

  const contextOf = async () => {
    const actor = await authenticate({ db }, headers, new Date());
    const ctx = { requestId: 'layers', log, db, replica: db, readSide: 'primary' as const, actor } as Parameters<
      typeof services.appointmentWrites.update
    >[0];
    ctx.loaders = new Loaders(() => ctx);
    return ctx;
  };
  /** The baseline's session statement (bench/baseline-server.ts). */
  const rawSession = () =>
    raw.execute<Row[]>(
      `SELECT s.revoked_at, s.application, u.reference, e.id AS employee_id
     FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN employees e ON e.user_id = u.id
     WHERE s.token_hash = ?`,
      [tokenHash],
    );
  type Execute = (sql: string, params: unknown[]) => Promise<ResultSetHeader>;
  /** The baseline's conditional UPDATE (the stamp the row was last seen with), through `execute`. */
  const updateRow = async (execute: Execute, id: number) => {
    const now = new Date();
    const result = await execute(
      `UPDATE appointments SET title = ?, updated_at = ?, updated_by = ?, updated_in = ?, updated_at_mt = ?
     WHERE id = ? AND updated_at_mt = ?`,
      [title(), now, BENCH_USER.reference, 'planox2', newStamp(now), id, stamps.get(id)],
    );
    if (result.affectedRows !== 1) throw new Error(`stale stamp for ${id}`);
  };
  /** The baseline's read of the answer, on a pooled connection. */
  const readBack = async (id: number) => {
    const [rows] = await raw.execute<Row[]>('SELECT id, title, updated_at_mt FROM appointments WHERE id = ?', [id]);
    stamps.set(id, rows[0].updated_at_mt as string);
  };
  const pooled: Execute = async (sql, params) => (await raw.execute<ResultSetHeader>(sql, params as never))[0];
  const mutation = `mutation BenchUpdate($id: ID!, $input: UpdateAppointmentInput!) {
  updateAppointment(id: $id, input: $input) { id title updatedAtMt }
}`;

  const layers: [string, () => Promise<void>][] = [
    [
      'raw, autocommit (the baseline: 3 statements)',
      async () => {
        const id = nextId();
        await rawSession();
        await updateRow(pooled, id);
        await readBack(id);
      },
    ],
    [
      'raw, in a transaction (5 statements)',
      async () => {
        const id = nextId();
        await rawSession();
        const conn = await raw.getConnection();
        try {
          await conn.query('START TRANSACTION');
          await updateRow(async (sql, params) => (await conn.execute<ResultSetHeader>(sql, params as never))[0], id);
          await conn.query('COMMIT');
        } finally {
          conn.release();
        }
        // After the release, as the gateway reads its answer: 10 writers holding the pool's 10
        // connections would otherwise wait for an 11th.
        await readBack(id);
      },
    ],
    [
      'authentication alone',
      async () => {
        await contextOf();
      },
    ],
    [
      'service (authentication + AppointmentWriteService.update)',
      async () => {
        const id = nextId();
        const ctx = await contextOf();
        const fields = new Set(['id', 'title', 'updatedAtMt']);
        const row = await services.appointmentWrites.update(
          ctx,
          { id },
          { title: title(), updatedAtMt: stamps.get(id)! } as AppointmentUpdate,
          false,
          fields,
        );
        stamps.set(id, row.updatedAtMt);
      },
    ],
    [
      'Apollo (authentication + executeOperation)',
      async () => {
        const id = nextId();
        const ctx = await contextOf();
        const answer = await gateway.apollo.executeOperation(
          { query: mutation, variables: { id: String(id), input: { title: title(), updatedAtMt: stamps.get(id) } } },
          { contextValue: ctx },
        );
        const single = answer.body.kind === 'single' ? answer.body.singleResult : null;
        const data = single?.data as { updateAppointment: { updatedAtMt: string } } | null | undefined;
        if (!data) throw new Error(`the mutation failed: ${JSON.stringify(single?.errors)}`);
        stamps.set(id, data.updateAppointment.updatedAtMt);
      },
    ],
  ];

  const cpu = new Map<string, number[]>();
  // The database's side of each layer too: its server's CPU over the same updates (local only).
  const { cpuMsOf, databasePid } = require('./processes') as typeof import('./processes');
  const dbPid = databasePid(MYSQL.port);
  const dbCpu = new Map<string, number[]>();
  const loop = async (work: () => Promise<void>, count: number) => {
    for (let i = 0; i < count; i++) await work();
  };
  for (let round = 1; round <= rounds; round++) {
    for (const [name, work] of layers) {
      await Promise.all(Array.from({ length: CONCURRENCY }, () => loop(work, 300 / CONCURRENCY)));
      const before = process.cpuUsage();
      const dbBefore = dbPid === null ? null : cpuMsOf(dbPid);
      await Promise.all(Array.from({ length: CONCURRENCY }, () => loop(work, Math.floor(updates / CONCURRENCY))));
      const used = process.cpuUsage(before);
      const dbAfter = dbPid === null ? null : cpuMsOf(dbPid);
      const done = Math.floor(updates / CONCURRENCY) * CONCURRENCY;
      const us = (used.user + used.system) / done;
      const dbUs = dbBefore === null || dbAfter === null ? null : ((dbAfter - dbBefore) * 1000) / done;
      (cpu.get(name) ?? cpu.set(name, []).get(name)!).push(us);
      if (dbUs !== null) (dbCpu.get(name) ?? dbCpu.set(name, []).get(name)!).push(dbUs);
      console.log(`round ${round} ${name}: ${Math.round(us)} µs/update, database ${dbUs === null ? 'n/a' : Math.round(dbUs)} µs/update`);
    }
  }
  const base = median(cpu.get(layers[0][0])!);
  console.log(
    "\n| layer | CPU µs per update (median) | × the baseline's 3 statements | rounds | the database's CPU µs per update (median) |",
  );
  console.log('| --- | ---: | ---: | --- | ---: |');
  for (const [name] of layers) {
    const values = cpu.get(name)!;
    const m = median(values);
    const db = dbCpu.get(name);
    console.log(
      `| ${name} | ${Math.round(m)} | ${(m / base).toFixed(2)} | ${values.map(Math.round).join(' / ')} | ${db ? Math.round(median(db)) : 'n/a'} |`,
    );
  }
  await raw.end();
  await gateway.stop();
  await db.destroy();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
