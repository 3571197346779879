import pino from 'pino';
import { DataSource } from 'typeorm';
import { createSession, revokeToken } from '../src/accounts/token.service';
import { createDataSource } from '../src/database/data-source';
import { createGateway, Gateway } from '../src/app';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { createTestUser } from './support/test-users';

/** One gateway instance: its own DataSource (its own pool) and HTTP server, on the shared database. */
interface Instance {
  db: DataSource;
  gateway: Gateway;
  gql(
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ): Promise<{ data?: any; errors?: { extensions: Record<string, any> }[] }>;
}

async function startInstance(database: TestDatabase, db: DataSource): Promise<Instance> {
  const gateway = await createGateway(database.config, db, pino({ level: 'silent' }));
  const url = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql`;
  return {
    db,
    gateway,
    async gql(query, variables, token) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-application': 'planox2' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json() as Promise<{ data?: any; errors?: { extensions: Record<string, any> }[] }>;
    },
  };
}

const CREATE = 'mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { id title updatedAtMt } }';
const READ = 'query($id: ID!) { appointment(id: $id) { id title updatedAtMt } }';
const UPDATE = `mutation($id: ID!, $input: UpdateAppointmentInput!) {
  updateAppointment(id: $id, input: $input) { title updatedAtMt } }`;

describe('two gateway instances on one database', () => {
  let database: TestDatabase;
  let a: Instance;
  let b: Instance;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await createTestUser(database.db, { reference: 'two-instances', record: 'employee' });
    a = await startInstance(database, database.db);
    b = await startInstance(database, await createDataSource(database.config).initialize());
    // Signed in through instance A's connection, via the token service.
    token = (await createSession(a.db, { userReference: 'two-instances', application: 'planox2', rememberMe: true })).token;
  });

  afterAll(async () => {
    await a?.gateway.stop();
    await b?.gateway.stop();
    if (b?.db.isInitialized) await b.db.destroy();
    await database?.drop();
  });

  it('reads through one instance what was written through the other, at once', async () => {
    const created = await a.gql(
      CREATE,
      { input: { title: 'written via A', startDate: '2026-03-02T09:00:00Z', endDate: '2026-03-02T10:00:00Z' } },
      token,
    );
    expect(created.errors).toBeUndefined();
    const read = await b.gql(READ, { id: created.data.createAppointment.id }, token);
    expect(read.errors).toBeUndefined();
    expect(read.data.appointment).toEqual(created.data.createAppointment);
  });

  it('accepts on one instance a session created through the other, and refuses it on both once revoked', async () => {
    const { token: fresh } = await createSession(a.db, { userReference: 'two-instances', application: 'planox2' });
    const probe = '{ appointments(max: 1) { paging { max } } }';
    expect((await b.gql(probe, {}, fresh)).errors).toBeUndefined();
    expect((await a.gql(probe, {}, fresh)).errors).toBeUndefined();
    expect(await revokeToken(a.db, fresh)).toBe(true);
    // Nothing about the token was kept in B's memory: the revocation is seen on its next request.
    expect((await b.gql(probe, {}, fresh)).errors?.[0].extensions.code).toBe('invalid-token');
    expect((await a.gql(probe, {}, fresh)).errors?.[0].extensions.code).toBe('invalid-token');
  });

  it('catches a stale updatedAtMt sent to the other instance', async () => {
    const created = (
      await a.gql(CREATE, { input: { title: 'v0', startDate: '2026-03-02T09:00:00Z', endDate: '2026-03-02T10:00:00Z' } }, token)
    ).data.createAppointment;
    const first = await a.gql(UPDATE, { id: created.id, input: { updatedAtMt: created.updatedAtMt, title: 'v1 via A' } }, token);
    expect(first.errors).toBeUndefined();
    const late = await b.gql(UPDATE, { id: created.id, input: { updatedAtMt: created.updatedAtMt, title: 'v1 via B' } }, token);
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'stale-update',
      currentUpdatedAtMt: first.data.updateAppointment.updatedAtMt,
    });
    expect((await b.gql(READ, { id: created.id }, token)).data.appointment.title).toBe('v1 via A');
  });
});
