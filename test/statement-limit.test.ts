import { select } from '../src/database/statements';
import { createTestDatabase, TestDatabase } from './support/test-database';

/*
 * The statement limit (DB_STATEMENT_TIMEOUT_MS) against a busy event loop. A loop turn longer
 * than the limit (thousands of subscriptions set up at once, in the bench's live section) used to
 * turn statements the database had already answered into DB_STATEMENT_TIMEOUT: Node runs
 * expired timers before it reads the sockets, so the limit's timer fired while the answer sat
 * unread, cost the connection, and closed a subscriber's socket as database-unavailable.
 * MySQL only: the limit is kept around mysql2's connections.
 */
const describeMysql = process.env.TEST_DB === 'mysql' ? describe : describe.skip;

const LIMIT_MS = 300;

/** Keeps the event loop busy for `ms`: no timer, no socket read, nothing else runs meanwhile. */
function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

describeMysql('the statement limit under a busy event loop', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase({ env: { DB_STATEMENT_TIMEOUT_MS: String(LIMIT_MS) } });
  });
  afterAll(async () => {
    await t.db.destroy();
    await t.drop();
  });

  it('takes an answer that arrived while the loop was busy past the limit', async () => {
    const scope = { db: t.db };
    await select(scope, 'primary', 'SELECT 1 AS warm', []); // the pool holds an idle connection: obtained without I/O
    const answer = select(scope, 'primary', 'SELECT 42 AS answer', []);
    // By the check phase the connection was obtained (promise and nextTick callbacks only) and
    // the statement sent; its answer comes while the loop is kept busy three times past the limit.
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        busy(LIMIT_MS * 3);
        resolve();
      }),
    );
    await expect(answer).resolves.toEqual([{ answer: 42 }]);
  });

  it('still ends a statement that has no answer by the limit, with DB_STATEMENT_TIMEOUT', async () => {
    const scope = { db: t.db };
    await expect(select(scope, 'primary', 'SELECT SLEEP(2) AS slept', [])).rejects.toMatchObject({ code: 'DB_STATEMENT_TIMEOUT' });
  });
});
