import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config/config';

const MAIN = path.join(__dirname, '..', 'dist', 'src', 'main.js');

function start(env: Record<string, string>) {
  if (!fs.existsSync(MAIN)) throw new Error('dist/ is missing: `npm test` builds it first (npm run build)');
  return spawnSync(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 30000 });
}

describe('configuration', () => {
  it('defaults to the embedded SQLite file under data/', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'sqlite', file: path.resolve('data', 'gateway.sqlite') });
    expect(config.port).toBe(4000);
    expect(config.idempotencyRetentionHours).toBe(24);
    expect(config.limits).toEqual({ maxDepth: 10, maxAliases: 10, maxCost: 900000, maxTokens: 5000, maxResponseBytes: 16 * 1024 * 1024 });
  });

  it('bounds a request by REQUEST_TIMEOUT_MS and each MySQL statement by DB_STATEMENT_TIMEOUT_MS, the statement below the request', () => {
    expect(loadConfig({})).toMatchObject({ requestTimeoutMs: 10000, dbStatementTimeoutMs: 5000 });
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '2000', DB_STATEMENT_TIMEOUT_MS: '1000' })).toMatchObject({
      requestTimeoutMs: 2000,
      dbStatementTimeoutMs: 1000,
    });
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '3000' })).toThrow(
      new ConfigError('DB_STATEMENT_TIMEOUT_MS (5000) must be below REQUEST_TIMEOUT_MS (3000)'),
    );
  });

  it('polls the change table every 200 ms (after own commits: reads at least 10 ms apart), keeps changes a week, and waits on a gap as long as a request and its last statement can last', () => {
    expect(loadConfig({}).changes).toEqual({ pollIntervalMs: 200, nudgeSpacingMs: 10, retentionHours: 168, gapTimeoutMs: 15000 });
    expect(loadConfig({ CHANGE_NUDGE_SPACING_MS: '0' }).changes.nudgeSpacingMs).toBe(0);
    expect(() => loadConfig({ CHANGE_NUDGE_SPACING_MS: '5000' })).toThrow(/CHANGE_NUDGE_SPACING_MS/);
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '2000', DB_STATEMENT_TIMEOUT_MS: '1000' }).changes.gapTimeoutMs).toBe(3000);
    expect(loadConfig({ CHANGE_GAP_TIMEOUT_MS: '60000', CHANGE_POLL_INTERVAL_MS: '50' }).changes).toMatchObject({
      pollIntervalMs: 50,
      gapTimeoutMs: 60000,
    });
  });

  it('reads a MySQL DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://app:s%40cret@db.internal:3307/sched' }).database).toMatchObject({
      kind: 'mysql',
      host: 'db.internal',
      port: 3307,
      user: 'app',
      password: 's@cret',
      database: 'sched',
    });
  });

  it.each([
    ['DATABASE_URL', 'not a url', /DATABASE_URL is not a valid URL/],
    ['DATABASE_URL', 'postgres://x@h/db', /DATABASE_URL must start with mysql:\/\//],
    ['DATABASE_URL', 'mysql://root@localhost:3306/', /DATABASE_URL must name one database/],
    ['PORT', 'eighty', /PORT must be a whole number/],
    ['DB_POOL_SIZE', '0', /DB_POOL_SIZE must be between 1 and 1000/],
    ['NODE_ENV', 'staging', /NODE_ENV must be development, production or test/],
    ['GRAPHQL_EXECUTOR', 'turbo', /GRAPHQL_EXECUTOR must be jit or graphql-js/],
    ['APPOINTMENT_READ_COLUMNS', 'some', /APPOINTMENT_READ_COLUMNS must be selected or all/],
    ['DIRECT_READS', 'yes', /DIRECT_READS must be on or off/],
    ['MAX_RESPONSE_BYTES', '16MB', /MAX_RESPONSE_BYTES must be a whole number/],
    ['MAX_RESPONSE_BYTES', '100', /MAX_RESPONSE_BYTES must be between 1024 and 1073741824/],
    ['LOG_FORMAT', 'xml', /LOG_FORMAT must be pretty or json/],
    ['LOCK_WAIT_TIMEOUT_S', '0', /LOCK_WAIT_TIMEOUT_S must be between 1 and 3600/],
    ['DB_WRITE_CONNECTIONS', '11', /DB_WRITE_CONNECTIONS must be between 1 and 10/],
    ['IDEMPOTENCY_RETENTION_HOURS', '0', /IDEMPOTENCY_RETENTION_HOURS must be between 1 and 720/],
    ['IDEMPOTENCY_RETENTION_HOURS', '1.5', /IDEMPOTENCY_RETENTION_HOURS must be a whole number/],
    ['OFFICE_TIME_ZONE', 'Mountain Time', /OFFICE_TIME_ZONE must be an IANA time zone such as America\/Denver/],
    ['WORKING_HOURS', 'Mon-Fri 9-5', /WORKING_HOURS: "9" in "Mon-Fri 9-5" is not a time HH:MM/],
    ['WORKING_HOURS', 'Weekdays 08:00-18:00', /WORKING_HOURS: "Weekdays" in "Weekdays 08:00-18:00" is not a day/],
    ['WORKING_HOURS', 'Mon-Fri 18:00-08:00', /WORKING_HOURS: .* ends before it starts/],
    ['CHANGE_POLL_INTERVAL_MS', '5', /CHANGE_POLL_INTERVAL_MS must be between 10 and 60000/],
    ['CHANGE_POLL_INTERVAL_MS', 'fast', /CHANGE_POLL_INTERVAL_MS must be a whole number/],
    ['CHANGE_RETENTION_HOURS', '0', /CHANGE_RETENTION_HOURS must be between 1 and 8760/],
    ['CHANGE_GAP_TIMEOUT_MS', '5000', /CHANGE_GAP_TIMEOUT_MS \(5000\) must be at least REQUEST_TIMEOUT_MS \(10000\)/],
  ])('names %s when it is bad (%s)', (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(message);
  });

  it('reads the office hours in UTC, Monday to Friday 08:00-18:00, unless told otherwise', () => {
    const workday = [[480, 1080]];
    expect(loadConfig({}).office).toEqual({ timeZone: 'UTC', workingHours: [[], workday, workday, workday, workday, workday, []] });
    expect(loadConfig({ OFFICE_TIME_ZONE: 'Europe/Berlin', WORKING_HOURS: 'Sat 09:00-13:00' }).office).toEqual({
      timeZone: 'Europe/Berlin',
      workingHours: [[], [], [], [], [], [], [[540, 780]]],
    });
  });

  it('leaves half the pool to reads by default, and waits 3 s for a row lock', () => {
    expect(loadConfig({ DB_POOL_SIZE: '10' })).toMatchObject({ dbWriteConnections: 5, lockWaitTimeoutS: 3 });
    expect(loadConfig({ DB_POOL_SIZE: '1' }).dbWriteConnections).toBe(1);
    expect(loadConfig({ DB_POOL_SIZE: '20', DB_WRITE_CONNECTIONS: '4', LOCK_WAIT_TIMEOUT_S: '7' })).toMatchObject({
      dbWriteConnections: 4,
      lockWaitTimeoutS: 7,
    });
  });

  it('makes `npm start` with a malformed DATABASE_URL print one line and exit non-zero', () => {
    const run = start({ DATABASE_URL: 'mysql//oops' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'error: DATABASE_URL is not a valid URL (expected mysql://user:password@host:3306/database)',
    ]);
  });

  it('names the host of an unreachable MySQL, and exits non-zero without a stack', () => {
    const run = start({ DATABASE_URL: 'mysql://root:pw@127.0.0.1:1/nowhere', DB_CONNECT_TIMEOUT_MS: '2000' });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: cannot open MySQL at 127\.0\.0\.1:1\/nowhere \(ECONNREFUSED\); check DATABASE_URL$/);
    expect(run.stderr).not.toContain('pw');
  });
});
