import { getIntrospectionQuery, IntrospectionQuery } from 'graphql';
import { hashToken } from '../src/accounts/token-hash';
import { revokeToken } from '../src/accounts/token.service';
import { Customer } from '../src/database/entities';
import { DAY, HOUR, MINUTE, TestClock } from './support/test-clock';
import { startTestGateway, TestGateway } from './support/test-gateway';

const VIEWER = `{ viewer { role application { slug name } user { id reference name }
  session { id createdAt lastUsedAt rememberMe application expiresAt } } }`;

describe('authentication: tokens, sessions and roles by application', () => {
  const clock = new TestClock(new Date(Date.UTC(2026, 5, 1, 12, 0, 0)));
  let g: TestGateway;
  /** Every token the tests create, to check that none reaches a log line. */
  const tokens: string[] = [];
  const session = async (reference: string, opts: Parameters<TestGateway['createSession']>[1] = {}) => {
    const token = await g.createSession(reference, opts);
    tokens.push(token);
    return token;
  };
  const as = (token: string | null, application?: string | null) => ({
    authorization: token === null ? null : `Bearer ${token}`,
    'x-application': application ?? null,
  });
  const updates = () => g.counter.authStatements.filter((s) => /^\/\* auth \*\/\s*UPDATE/i.test(s)).length;

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo', clock: clock.now });
    tokens.push(g.token);
  });
  afterAll(async () => {
    await g.close();
  });

  it('refuses a request with no token, a malformed header, an unknown or a foreign-looking token: invalid-token, 401', async () => {
    const known = await session('emp-01');
    for (const authorization of [null, 'Basic dXNlcjpwdw==', 'Bearer', `Bearer ${known}x`, 'Bearer gwa_nothing', 'Bearer abc']) {
      const res = await g.gql('{ viewer { role } }', undefined, { authorization });
      expect({ authorization, status: res.status, code: res.body.errors?.[0].extensions.code, data: res.body.data }).toEqual({
        authorization,
        status: 401,
        code: 'invalid-token',
        data: undefined,
      });
    }
    const res = await g.gql('{ viewer { role } }', undefined, { authorization: null });
    expect(res.body.errors![0].message).toBe('An authentication token is required: send Authorization: Bearer <token>.');
  });

  it('answers with a session: the viewer has the session, user, application and role, and never the token', async () => {
    const token = await session('emp-01', { application: 'planox2' });
    const res = await g.gql(VIEWER, undefined, as(token, 'planox2'));
    expect(res.status).toBe(200);
    const [row] = await g.db.query('SELECT id FROM sessions WHERE token_hash = ?', [hashToken(token)]);
    expect(res.body.data.viewer).toEqual({
      role: 'EMPLOYEE',
      application: { slug: 'planox2', name: 'Plano Scheduler' },
      user: { id: expect.any(String), reference: 'emp-01', name: 'Blake Scheduler' },
      session: {
        id: String(row.id),
        createdAt: clock.now().toISOString(),
        lastUsedAt: clock.now().toISOString(),
        rememberMe: false,
        application: 'planox2',
        expiresAt: new Date(clock.now().getTime() + 72 * HOUR).toISOString(),
      },
    });
    expect(JSON.stringify(res.body)).not.toContain(token);
    expect(JSON.stringify(res.body)).not.toContain(hashToken(token));
  });

  it('stores only the SHA-256 of a token', async () => {
    const token = await session('emp-02');
    const rows = await g.db.query('SELECT token_hash FROM sessions');
    expect(rows.map((r: { token_hash: string }) => r.token_hash)).toContain(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(token).toMatch(/^gws_[A-Za-z0-9_-]{43}$/);
  });

  it("picks the role by application, from the user's records", async () => {
    const emp = await session('emp-01');
    const cli = await session('cli-01');
    const lia = await session('lia-01');
    const cases: [string, string, string | null][] = [
      [emp, 'planox2', 'EMPLOYEE'],
      [emp, 'planoauth', 'EMPLOYEE'],
      [emp, 'planoorder', null],
      [cli, 'planox2', null],
      [cli, 'planoorder', 'CLIENT'],
      [cli, 'planoauth', 'CLIENT'],
      [lia, 'planox2', null],
      [lia, 'planoorder', 'LIAISON'],
      [lia, 'planoauth', 'LIAISON'],
    ];
    for (const [token, application, role] of cases) {
      const res = await g.gql('{ viewer { role application { slug } } }', undefined, as(token, application));
      if (role) {
        expect({ application, viewer: res.body.data?.viewer }).toEqual({
          application,
          viewer: { role, application: { slug: application } },
        });
      } else {
        expect({ application, status: res.status, code: res.body.errors?.[0].extensions.code }).toEqual({
          application,
          status: 403,
          code: 'permission-denied',
        });
      }
    }
  });

  it("without X-Application uses the session's application, else planoauth", async () => {
    const inOrder = await session('lia-01', { application: 'planoorder' });
    expect((await g.gql('{ viewer { role application { slug } } }', undefined, as(inOrder))).body.data.viewer).toEqual({
      role: 'LIAISON',
      application: { slug: 'planoorder' },
    });
    const none = await session('emp-02', { application: null });
    expect((await g.gql('{ viewer { role application { slug } } }', undefined, as(none))).body.data.viewer).toEqual({
      role: 'EMPLOYEE',
      application: { slug: 'planoauth' },
    });
  });

  it('answers an unknown X-Application with invalid-param, 400', async () => {
    const res = await g.gql('{ viewer { role } }', undefined, { 'x-application': 'planoxyz' });
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'invalid-param', status: 400, params: ['X-Application'] });
    expect(res.body.data).toBeUndefined();
  });

  it('answers a user with no record with client-required, 401, and the session in extensions', async () => {
    const token = await session('new-01', { application: 'planoauth' });
    const res = await g.gql('{ viewer { role } }', undefined, as(token));
    expect(res.status).toBe(401);
    const [error] = res.body.errors!;
    expect(error.message).not.toMatch(/Context creation failed/);
    const [row] = await g.db.query(
      "SELECT s.id, u.id AS user_id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.reference = 'new-01'",
    );
    expect(error.extensions).toEqual({
      code: 'client-required',
      status: 401,
      requestId: expect.any(String),
      session: {
        id: String(row.id),
        createdAt: clock.now().toISOString(),
        lastUsedAt: clock.now().toISOString(),
        rememberMe: false,
        application: 'planoauth',
        expiresAt: new Date(clock.now().getTime() + 72 * HOUR).toISOString(),
        user: { id: String(row.user_id), reference: 'new-01', name: 'Jordan Newcomer' },
      },
    });
    expect(JSON.stringify(res.body)).not.toContain(token);
    expect(JSON.stringify(res.body)).not.toContain(hashToken(token));
  });

  it('refuses a revoked session and a revoked application token: invalid-token', async () => {
    const token = await session('emp-01');
    expect((await g.gql('{ viewer { role } }', undefined, as(token))).status).toBe(200);
    expect(await revokeToken(g.db, token, clock.now())).toBe(true);
    const res = await g.gql('{ viewer { role } }', undefined, as(token));
    expect(res.status).toBe(401);
    expect(res.body.errors![0].extensions.code).toBe('invalid-token');
    const [row] = await g.db.query('SELECT revoked_at FROM sessions WHERE token_hash = ?', [hashToken(token)]);
    expect(row.revoked_at).not.toBeNull();

    const app = await g.createAppToken({ name: 'revoked-bot' });
    tokens.push(app);
    expect((await g.gql('{ viewer { role } }', undefined, as(app))).status).toBe(200);
    expect(await revokeToken(g.db, app, clock.now())).toBe(true);
    expect((await g.gql('{ viewer { role } }', undefined, as(app))).body.errors![0].extensions.code).toBe('invalid-token');
    expect(await revokeToken(g.db, app, clock.now())).toBe(false);
  });

  describe("session expiry (on the gateway's clock)", () => {
    const expect401 = async (token: string, message: RegExp) => {
      const res = await g.gql('{ viewer { role } }', undefined, as(token));
      expect(res.status).toBe(401);
      expect(res.body.errors![0].extensions.code).toBe('session-expired');
      expect(res.body.errors![0].message).toMatch(message);
    };
    const expectOk = async (token: string) => {
      const res = await g.gql('{ viewer { role } }', undefined, as(token));
      expect(res.body.errors).toBeUndefined();
      expect(res.status).toBe(200);
    };

    it('expires a session unused for more than 72 hours, and keeps one in use alive', async () => {
      const idle = await session('emp-01');
      const used = await session('emp-02');
      clock.advance(71 * HOUR);
      await expectOk(used);
      clock.advance(HOUR);
      await expectOk(idle); // exactly 72 hours: still accepted
      clock.advance(71 * HOUR);
      await expectOk(used);
      const idle2 = await session('emp-01');
      clock.advance(72 * HOUR + 1);
      await expect401(idle2, /72 hours/);
    });

    it('expires a session older than seven days even when in use', async () => {
      const token = await session('emp-01');
      for (let day = 0; day < 7; day += 2) {
        await expectOk(token);
        clock.advance(2 * DAY);
      }
      // Now eight days old, last used two days ago.
      await expect401(token, /seven days/);
    });

    it('keeps a remember-me session alive however old or idle it is', async () => {
      const token = await session('emp-01', { rememberMe: true });
      clock.advance(90 * DAY);
      const res = await g.gql('{ viewer { session { rememberMe expiresAt } } }', undefined, as(token));
      expect(res.body.data.viewer.session).toEqual({ rememberMe: true, expiresAt: null });
    });
  });

  it('writes last_used_at at most once a minute per session, with a conditional UPDATE', async () => {
    const token = await session('emp-01');
    const lastUsed = async (): Promise<Date> => {
      const [row] = await g.db.query('SELECT last_used_at FROM sessions WHERE token_hash = ?', [hashToken(token)]);
      return row.last_used_at instanceof Date ? row.last_used_at : new Date(`${row.last_used_at}Z`);
    };
    const created = clock.now();
    g.counter.reset();
    for (let i = 0; i < 3; i += 1) {
      await g.gql('{ viewer { role } }', undefined, as(token));
      clock.advance(10_000);
    }
    expect(updates()).toBe(0);
    expect((await lastUsed()).getTime()).toBe(created.getTime());
    clock.advance(MINUTE);
    const res = await g.gql('{ viewer { session { lastUsedAt } } }', undefined, as(token));
    expect(res.body.data.viewer.session.lastUsedAt).toBe(clock.now().toISOString());
    expect(updates()).toBe(1);
    expect(g.counter.authStatements.find((s) => /UPDATE/i.test(s))).toMatch(/last_used_at\S* < /);
    expect((await lastUsed()).getTime()).toBe(clock.now().getTime());
    await g.gql('{ viewer { role } }', undefined, as(token));
    await g.gql('{ viewer { role } }', undefined, as(token));
    expect(updates()).toBe(1);
    // Another gateway instance touched it meanwhile: the conditional UPDATE writes nothing twice.
    clock.advance(2 * MINUTE);
    g.counter.reset();
    await Promise.all([1, 2, 3].map(() => g.gql('{ viewer { role } }', undefined, as(token))));
    expect((await lastUsed()).getTime()).toBe(clock.now().getTime());
  });

  it('costs one statement per request to authenticate a session, whatever the role', async () => {
    const [c02] = await g.db.getRepository(Customer).findBy({ reference: 'DEMO-C02' });
    expect(c02).toBeDefined();
    for (const [reference, application] of [
      ['emp-01', 'planox2'],
      ['cli-01', 'planoorder'],
      ['lia-01', 'planoorder'],
    ]) {
      const token = await session(reference);
      g.counter.reset();
      await g.gql('{ viewer { role } }', undefined, as(token, application));
      expect({ reference, auth: g.counter.authStatements.length, other: g.counter.count }).toEqual({ reference, auth: 1, other: 0 });
    }
  });

  it('acts with an application token as employee of its application, audited as app:<name>', async () => {
    const app = await g.createAppToken({ application: 'planox2', name: 'importer' });
    tokens.push(app);
    expect(app).toMatch(/^gwa_/);
    const res = await g.gql(VIEWER, undefined, as(app));
    expect(res.body.data.viewer).toEqual({
      role: 'EMPLOYEE',
      application: { slug: 'planox2', name: 'Plano Scheduler' },
      user: null,
      session: null,
    });
    const elsewhere = await g.gql('{ viewer { role } }', undefined, as(app, 'planoorder'));
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.errors![0].extensions.code).toBe('permission-denied');
    const created = await g.gql(
      `mutation { createAppointment(input: { title: "By the importer", startDate: "2026-06-02T10:00:00Z",
      endDate: "2026-06-02T11:00:00Z" }) { createdBy createdIn updatedBy updatedIn } }`,
      undefined,
      as(app, 'planox2'),
    );
    expect(created.body.data?.createAppointment).toEqual({
      createdBy: 'app:importer',
      createdIn: 'planox2',
      updatedBy: 'app:importer',
      updatedIn: 'planox2',
    });
  });

  it("audits a session's writes as the user's reference and the application", async () => {
    const token = await session('emp-02');
    const created = await g.gql(
      `mutation { createAppointment(input: { title: "By Casey", startDate: "2026-06-02T10:00:00Z",
      endDate: "2026-06-02T11:00:00Z" }) { createdBy createdIn } }`,
      undefined,
      as(token, 'planoauth'),
    );
    expect(created.body.data?.createAppointment).toEqual({ createdBy: 'emp-02', createdIn: 'planoauth' });
  });

  it('leaves /health and the Sandbox page open without a token', async () => {
    const none = { headers: { authorization: '', 'x-application': '' } };
    expect((await g.http('/health/live', none)).status).toBe(200);
    expect((await g.http('/health/ready', none)).status).toBe(200);
    const page = await g.http('/graphql', { headers: { accept: 'text/html', authorization: '' } });
    expect(page.status).toBe(200);
  });

  it('has no token or hash in any GraphQL type, and none in any log line', async () => {
    const res = await g.gql<IntrospectionQuery>(getIntrospectionQuery());
    const fields = res.body.data!.__schema.types.flatMap((t) =>
      [...(t.kind === 'OBJECT' || t.kind === 'INTERFACE' ? t.fields : []), ...(t.kind === 'INPUT_OBJECT' ? t.inputFields : [])].map(
        (f) => `${t.name}.${f.name}`,
      ),
    );
    expect(fields.length).toBeGreaterThan(50);
    expect(fields.filter((f) => /token|hash|secret|password/i.test(f))).toEqual([]);
    const logs = JSON.stringify(g.logLines);
    expect(tokens.length).toBeGreaterThan(20);
    for (const token of tokens) {
      expect(logs).not.toContain(token);
      expect(logs).not.toContain(hashToken(token));
      expect(logs).not.toContain(token.slice(4, 20));
    }
  });
});
