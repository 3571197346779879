import pino, { Logger } from 'pino';
import { Writable } from 'node:stream';
import type { ApplicationSlug } from '../../src/accounts/applications';
import type { Config } from '../../src/config/config';
import { seedDemoData } from '../../src/database/seeds/demo-data.seed';
import { createGateway, Gateway } from '../../src/app';
import type { ChangeSource } from '../../src/live/change.types';
import { createTestDatabase, TestDatabase } from './test-database';
import { createTestAppToken, createTestSession, createTestUser, SessionOptions, TestUserRecord } from './test-users';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; path?: string[]; extensions: Record<string, any> }[] };
}

/** Request headers; a header set to null is left out (e.g. `{ authorization: null }` sends no token). */
export type TestHeaders = Record<string, string | null | undefined>;

/** The user every request is made as unless a test says otherwise: an employee, in planox2. */
export const TEST_EMPLOYEE_REFERENCE = 'test-employee';

export interface TestGateway extends TestDatabase {
  url: string;
  gateway: Gateway;
  /** Every log line the gateway wrote, parsed. */
  logLines: Record<string, any>[];
  /** The default employee session's token (remember_me, so moving the clock never expires it). */
  token: string;
  /** The headers g.gql and g.http send unless overridden: the default token and X-Application: planox2. */
  defaultHeaders: Record<string, string>;
  /** POSTs a GraphQL document over real HTTP, as the default employee unless `headers` say otherwise. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: TestHeaders): Promise<GraphQLResponse<T>>;
  /** Raw HTTP against the gateway, for transport-level tests; default auth headers unless overridden. */
  http(path: string, init?: RequestInit): Promise<Response>;
  /** Creates a user with one record (or none), for arranging role tests. */
  createUser(reference: string, record: TestUserRecord, customerIds?: number[]): Promise<number>;
  /** Signs a user in; returns the session token. */
  createSession(userReference: string, opts?: SessionOptions): Promise<string>;
  /** An application token (role employee). */
  createAppToken(opts?: { application?: ApplicationSlug; name?: string }): Promise<string>;
  /**
   * Headers for a fresh user acting in `role`: an employee, a client of `customerIds[0]` or a
   * liaison of `customerIds`, in the application that picks that role.
   */
  tokenFor(opts: {
    role: 'employee' | 'client' | 'liaison';
    customerIds?: number[];
    application?: ApplicationSlug;
  }): Promise<Record<string, string>>;
  /** The headers that make a request with `token` in `application`. */
  headersFor(token: string, application?: ApplicationSlug): Record<string, string>;
  close(): Promise<void>;
}

/** A log sink that keeps every line, so tests can look for what the gateway logged. */
function capturingLogger(lines: Record<string, any>[]): Logger {
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return pino({ level: 'info', base: undefined }, sink);
}

/** Defaults overridden case-insensitively by the caller's headers; null values dropped. */
function mergeHeaders(defaults: Record<string, string>, given: TestHeaders | RequestInit['headers']): Record<string, string> {
  const out: Record<string, string | null | undefined> = { ...defaults };
  const entries: [string, unknown][] =
    given instanceof Headers
      ? [...given.entries()]
      : Array.isArray(given)
        ? given.map(([k, v]) => [k, v] as [string, string])
        : Object.entries(given ?? {});
  for (const [key, value] of entries) out[key.toLowerCase()] = value == null ? null : String(value);
  return Object.fromEntries(Object.entries(out).filter((e): e is [string, string] => e[1] != null));
}

const APPLICATION_OF_ROLE = { employee: 'planox2', client: 'planoorder', liaison: 'planoorder' } as const;

/**
 * Boots the real gateway (schema, Apollo, HTTP on a free port) on a fresh database of its
 * own. `seed: 'demo'` loads the demo data set; tests that need exact rows insert their own.
 * `clock` is the gateway's clock (see TestClock), for the session expiry rules; `limits`
 * override the configured query and response limits.
 */
export async function startTestGateway(
  options: {
    seed?: 'demo' | 'none';
    poolSize?: number;
    clock?: () => Date;
    limits?: Partial<Config['limits']>;
    /** More configuration, as environment variables (e.g. LOCK_WAIT_TIMEOUT_S). */
    env?: Record<string, string>;
    /** Where subscriptions hear of changes (test/support/test-change-source.ts in tests). */
    changes?: ChangeSource;
  } = {},
): Promise<TestGateway> {
  const database = await createTestDatabase({ poolSize: options.poolSize, env: options.env });
  if (options.limits) database.config = { ...database.config, limits: { ...database.config.limits, ...options.limits } };
  if (options.seed === 'demo') await seedDemoData(database.db, new Date(Date.UTC(2026, 0, 1)));
  const clock = options.clock ?? (() => new Date());
  const db = database.db;
  await createTestUser(db, { reference: TEST_EMPLOYEE_REFERENCE, name: 'Test Employee', record: 'employee', createdAt: clock() });
  const token = await createTestSession(db, TEST_EMPLOYEE_REFERENCE, { application: 'planox2', rememberMe: true }, clock());
  const logLines: Record<string, any>[] = [];
  const gateway = await createGateway(database.config, db, capturingLogger(logLines), { clock, changes: options.changes });
  const port = await gateway.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const headersFor = (t: string, application: ApplicationSlug = 'planox2') => ({
    authorization: `Bearer ${t}`,
    'x-application': application,
  });
  const defaultHeaders = headersFor(token);
  let users = 0;
  const createUser = async (reference: string, record: TestUserRecord, customerIds?: number[]) =>
    (await createTestUser(db, { reference, record, customerIds, createdAt: clock() })).id;
  const createSession = (reference: string, opts: SessionOptions = {}) => createTestSession(db, reference, opts, clock());
  database.counter.reset();
  return {
    ...database,
    url,
    gateway,
    logLines,
    token,
    defaultHeaders,
    headersFor,
    createUser,
    createSession,
    createAppToken: (opts = {}) => createTestAppToken(db, opts, clock()),
    async tokenFor({ role, customerIds, application }) {
      users += 1;
      const reference = `test-${role}-${users}`;
      await createUser(reference, role, customerIds);
      const app = application ?? APPLICATION_OF_ROLE[role];
      return headersFor(await createSession(reference, { application: app }), app);
    },
    http: (path, init) => fetch(`${url}${path}`, { ...init, headers: mergeHeaders(defaultHeaders, init?.headers) }),
    async gql(query, variables, headers) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: mergeHeaders({ ...defaultHeaders, 'content-type': 'application/json' }, headers),
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse['body'] };
    },
    async close() {
      await gateway.stop();
      await database.drop();
    },
  };
}
