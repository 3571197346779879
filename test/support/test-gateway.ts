import pino, { Logger } from 'pino';
import { Writable } from 'node:stream';
import { seedDemoData } from '../../src/database/seeds/demo-data.seed';
import { createGateway, Gateway } from '../../src/server/gateway';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; path?: string[]; extensions: Record<string, any> }[] };
}

export interface TestGateway extends TestDatabase {
  url: string;
  gateway: Gateway;
  /** Every log line the gateway wrote, parsed. */
  logLines: Record<string, any>[];
  /** POSTs a GraphQL document over real HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Raw HTTP against the gateway, for transport-level tests. */
  http(path: string, init?: RequestInit): Promise<Response>;
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

/**
 * Boots the real gateway (schema, Apollo, HTTP on a free port) on a fresh database of its
 * own. `seed: 'demo'` loads the demo data set; tests that need exact rows insert their own.
 */
export async function startTestGateway(options: { seed?: 'demo' | 'none'; poolSize?: number } = {}): Promise<TestGateway> {
  const database = await createTestDatabase({ poolSize: options.poolSize });
  if (options.seed === 'demo') await seedDemoData(database.db, new Date(Date.UTC(2026, 0, 1)));
  const logLines: Record<string, any>[] = [];
  const gateway = await createGateway(database.config, database.db, capturingLogger(logLines));
  const port = await gateway.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  database.counter.reset();
  return {
    ...database,
    url,
    gateway,
    logLines,
    http: (path, init) => fetch(`${url}${path}`, init),
    async gql(query, variables, headers) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse["body"] };
    },
    async close() {
      await gateway.stop();
      await database.drop();
    },
  };
}
