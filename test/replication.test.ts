import pino from 'pino';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { createGateway, Gateway } from '../src/app';
import { PrivateMariaDb } from './support/private-mariadb';
import { createTestSession, createTestUser } from './support/test-users';

// A primary and a replica of its own (two private mariadbd processes): MySQL only.
const describeMysql = process.env.TEST_DB === 'mysql' ? describe : describe.skip;

type Row = Record<string, any>;
interface Answer {
  data?: any;
  errors?: { extensions: Record<string, any> }[];
}

const CREATE = 'mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { id title updatedAtMt } }';
const READ = 'query($id: ID!) { appointment(id: $id) { id title updatedAtMt } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { title note updatedAtMt } }';
const DATES = { startDate: '2026-03-02T09:00:00Z', endDate: '2026-03-02T10:00:00Z' };

async function until(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeMysql('reads from a MySQL replica', () => {
  let primary: PrivateMariaDb;
  let replica: PrivateMariaDb;
  let db: DataSource;
  let gateway: Gateway;
  let url: string;
  let headers: Record<string, string>;

  const gql = async (query: string, variables: Record<string, unknown> = {}): Promise<Answer> =>
    (await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })).json() as Promise<Answer>;
  const ready = async () => {
    const res = await fetch(`${url}/health/ready`);
    return { status: res.status, body: (await res.json()) as Row };
  };
  /** Waits until the replica has applied everything the primary has written so far. */
  const caughtUp = async () => {
    const [{ pos }] = await primary.query<Row[]>('SELECT @@gtid_binlog_pos AS pos');
    const [{ done }] = await replica.query<Row[]>('SELECT MASTER_GTID_WAIT(?, 20) AS done', [pos]);
    expect(Number(done)).toBe(0);
  };
  const replicaState = async () => {
    await gateway.replicas.checkAll();
    return (await ready()).body.replicas[0].state as string;
  };
  /** The statements clients sent the replica about appointments (its general log; TypeORM quotes names in backticks, this statement does not). */
  const appointmentStatements = async () =>
    (
      await replica.query<Row[]>(
        `SELECT CONVERT(argument USING utf8mb4) AS sql_text FROM mysql.general_log WHERE command_type = 'Query'
       AND argument LIKE CONCAT('%', CHAR(96), 'appointments', CHAR(96), '%')`,
      )
    ).map((r) => String(r.sql_text));

  beforeAll(async () => {
    // One after the other, and once more on failure: two mariadb-install-db runs at once (this
    // file's, or another file's) can trip over each other's temporary tables.
    const create = (name: string, args: string[]) => PrivateMariaDb.create(name, args).catch(() => PrivateMariaDb.create(name, args));
    primary = await create('primary', ['--server-id=1', '--log-bin=mysql-bin', '--binlog-format=ROW']);
    replica = await create('replica', ['--server-id=2', '--read-only=1', '--general-log=1', '--log-output=TABLE']);
    await Promise.all([primary.start(), replica.start()]);
    await primary.query("CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY 'repl'");
    await primary.query("GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1'");
    await replica.query(`CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${primary.port}, MASTER_USER='repl',
      MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos`);
    await replica.query('START SLAVE');
    await primary.query('CREATE DATABASE gw CHARACTER SET utf8mb4');

    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: primary.url('gw'),
      DATABASE_REPLICA_URLS: replica.url('gw'),
      REPLICA_CHECK_INTERVAL_MS: '200',
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_POOL_SIZE: '4',
    });
    db = await createDataSource(config).initialize();
    await db.runMigrations();
    await createTestUser(db, { reference: 'ops', record: 'employee' });
    const token = await createTestSession(db, 'ops', { application: 'planox2', rememberMe: true }, new Date());
    headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-application': 'planox2' };
    await caughtUp();
    gateway = await createGateway(config, db, pino({ level: 'silent' }));
    url = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}`;
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    if (db?.isInitialized) await db.destroy();
    await Promise.all([primary?.destroy(), replica?.destroy()]);
  }, 60_000);

  it('reports the primary and the replica in /health/ready', async () => {
    const { status, body } = await ready();
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ready',
      database: 'up',
      replicas: [{ host: `127.0.0.1:${replica.port}`, state: 'up', lagSeconds: 0 }],
    });
  });

  it("replicates the primary's change rows, and records none for a hand-made write on the read-only replica", async () => {
    const created = (await gql(CREATE, { input: { title: 'a change', ...DATES } })).data.createAppointment;
    await caughtUp();
    await replica.query("UPDATE gw.appointments SET note = 'on the replica only' WHERE id = ?", [created.id]);
    const changes = async (server: PrivateMariaDb) =>
      (await server.query<Row[]>('SELECT seq, kind, row_id FROM gw.row_changes ORDER BY seq')).map((r) => `${r.seq} ${r.kind} ${r.row_id}`);
    const onPrimary = await changes(primary);
    expect(onPrimary.at(-1)).toMatch(new RegExp(` CREATED ${created.id}$`));
    expect(await changes(replica)).toEqual(onPrimary);
    // Replication goes on: the primary's next change reaches the replica with its own seq.
    await gql(UPDATE, { id: created.id, input: { updatedAtMt: created.updatedAtMt, title: 'changed' } });
    await caughtUp();
    expect(await changes(replica)).toEqual(await changes(primary));
  });

  it('serves queries from the replica, and every read of a mutation from the primary', async () => {
    const created = (await gql(CREATE, { input: { title: 'on the primary', ...DATES } })).data.createAppointment;
    await caughtUp();
    // A change made on the replica alone (root may write despite read_only) tells who answered.
    await replica.query("UPDATE gw.appointments SET title = 'on the replica', updated_at_mt = 'replica-stamp' WHERE id = ?", [created.id]);
    const read = await gql(READ, { id: created.id });
    expect(read.data.appointment).toMatchObject({ title: 'on the replica', updatedAtMt: 'replica-stamp' });

    // The concurrency check reads the primary: the replica's stamp is stale there.
    const stale = await gql(UPDATE, { id: created.id, input: { updatedAtMt: 'replica-stamp', note: 'x' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'stale-update', currentUpdatedAtMt: created.updatedAtMt });
    // The mutation's answer is read back from the primary too.
    const updated = await gql(UPDATE, { id: created.id, input: { updatedAtMt: created.updatedAtMt, note: 'x' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateAppointment).toMatchObject({ title: 'on the primary', note: 'x' });

    // Replication carries the primary's row over the replica's change.
    await caughtUp();
    expect((await gql(READ, { id: created.id })).data.appointment.title).toBe('on the primary');
  });

  it('sends no statement of a mutation to the replica', async () => {
    await replica.query('TRUNCATE mysql.general_log');
    const created = (await gql(CREATE, { input: { title: 'counted', ...DATES } })).data.createAppointment;
    const updated = await gql(UPDATE, { id: created.id, input: { updatedAtMt: created.updatedAtMt, title: 'counted again' } });
    expect(updated.errors).toBeUndefined();
    const deleted = await gql('mutation($id: ID!) { deleteAppointment(id: $id) { success } }', { id: created.id });
    expect(deleted.data.deleteAppointment.success).toBe(true);
    await caughtUp();
    // Replication applies row events, which the general log does not list as statements.
    expect(await appointmentStatements()).toEqual([]);
    // ...while a query is answered there (so the check can fail).
    await gql('{ appointments(max: 1) { paging { total } } }');
    expect((await appointmentStatements()).some((sql) => /^SELECT/i.test(sql))).toBe(true);
  });

  it('reads from the primary while replication is stopped, and from the replica again once it runs', async () => {
    await replica.query('STOP SLAVE');
    expect(await replicaState()).toBe('down');
    expect((await ready()).status).toBe(200);
    const created = (await gql(CREATE, { input: { title: 'while stopped', ...DATES } })).data.createAppointment;
    // The replica has not got the row; the query finds it because it reads from the primary now.
    expect(await replica.query<Row[]>('SELECT id FROM gw.appointments WHERE id = ?', [created.id])).toEqual([]);
    expect((await gql(READ, { id: created.id })).data.appointment.title).toBe('while stopped');

    await replica.query('START SLAVE');
    await caughtUp();
    await until('the replica is up again', async () => (await replicaState()) === 'up');
    await replica.query("UPDATE gw.appointments SET title = 'replica again' WHERE id = ?", [created.id]);
    expect((await gql(READ, { id: created.id })).data.appointment.title).toBe('replica again');
  });

  it('keeps serving queries from the primary when the replica server goes away, and says so', async () => {
    const created = (await gql(CREATE, { input: { title: 'survives', ...DATES } })).data.createAppointment;
    await caughtUp();
    // A second instance that checks its replica only at boot: its reads fall over to the primary
    // on their own, the moment the replica refuses a connection.
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: primary.url('gw'),
      DATABASE_REPLICA_URLS: replica.url('gw'),
      REPLICA_CHECK_INTERVAL_MS: '3600000',
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_POOL_SIZE: '4',
    });
    const lazy = await createGateway(config, db, pino({ level: 'silent' }));
    const lazyUrl = `http://127.0.0.1:${await lazy.listen(0, '127.0.0.1')}`;
    const lazyRead = async () =>
      (
        await fetch(`${lazyUrl}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: READ, variables: { id: created.id } }),
        })
      ).json() as Promise<Answer>;
    try {
      await replica.query("UPDATE gw.appointments SET title = 'replica copy' WHERE id = ?", [created.id]);
      expect((await lazyRead()).data.appointment.title).toBe('replica copy');
      await replica.stop();
      const fallen = await lazyRead();
      expect(fallen.errors).toBeUndefined();
      expect(fallen.data.appointment.title).toBe('survives');
      expect(((await (await fetch(`${lazyUrl}/health/ready`)).json()) as Row).replicas[0].state).toBe('down');
    } finally {
      await lazy.stop();
    }

    await until('the monitor sees the replica down', async () => (await replicaState()) === 'down');
    const { status, body } = await ready();
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ready',
      database: 'up',
      replicas: [{ host: `127.0.0.1:${replica.port}`, state: 'down', lagSeconds: null }],
    });
    const read = await gql(READ, { id: created.id });
    expect(read.errors).toBeUndefined();
    expect(read.data.appointment.title).toBe('survives');
  });
});
