import { ChangeRepository } from '../src/live/change.repository';
import type { ChangeEvent } from '../src/live/change.types';
import { otherWriter, OtherWriter } from './support/other-writer';
import { testDbKind } from './support/test-database';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * Commits out of seq order (#19). The change table's seq is an auto-increment, taken when a
 * transaction inserts, not when it commits: T1 takes seq 11, T2 seq 12, T2 commits first. Neither
 * the poller nor the feed may move past 11 until T1 commits (then both, in order), or until the
 * gap is older than CHANGE_GAP_TIMEOUT_MS (T1 rolled back). Two raw connections stand for two
 * other applications. MariaDB only: SQLite has one writer at a time, and its AUTOINCREMENT
 * hands a rolled-back seq out again, so its commits are always in seq order.
 */

const FEED = `query($after: String) { appointmentChanges(after: $after, first: 100) {
  edges { node { kind appointmentId } } pageInfo { hasNextPage endCursor } } }`;

const GAP_TIMEOUT_MS = 2000;

(testDbKind() === 'mysql' ? describe : describe.skip)('changes committed out of seq order', () => {
  let g: TestGateway;
  let t1: OtherWriter;
  let t2: OtherWriter;
  const received: ChangeEvent[] = [];

  beforeAll(async () => {
    g = await startTestGateway({
      seed: 'none',
      env: {
        REQUEST_TIMEOUT_MS: '2000',
        DB_STATEMENT_TIMEOUT_MS: '1000',
        CHANGE_GAP_TIMEOUT_MS: String(GAP_TIMEOUT_MS),
        CHANGE_POLL_INTERVAL_MS: '50',
      },
    });
    g.gateway.changes.onChanges((batch) => received.push(...batch));
    t1 = await otherWriter(g.config);
    t2 = await otherWriter(g.config);
  });
  afterAll(async () => {
    await t1.close();
    await t2.close();
    await g.close();
  });
  beforeEach(() => {
    received.length = 0;
  });

  const feedAfter = async (after: string | null) => {
    const res = await g.gql(FEED, { after });
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data.appointmentChanges;
    return {
      ids: c.edges.map((e: { node: { appointmentId: string } }) => Number(e.node.appointmentId)) as number[],
      end: c.pageInfo.endCursor,
    };
  };
  const feedEnd = async () => (await feedAfter(null)).end as string | null;
  const deliveredIds = () => received.filter((c) => c.entity === 'appointment').map((c) => c.rowId);

  it('delivers nothing past a seq whose transaction is open, then both in seq order once it commits', async () => {
    const start = await feedEnd();
    await t1.run('START TRANSACTION');
    const first = await t1.insertAppointment(null, 'T1, committed last');
    const second = await t2.insertAppointment(null, 'T2, committed first');
    await g.gateway.changes.pollNow();
    await new Promise((r) => setTimeout(r, 200));
    expect(deliveredIds()).toEqual([]);
    const held = await feedAfter(start);
    expect(held.ids).toEqual([]);
    expect(held.end).toBe(start);

    await t1.run('COMMIT');
    await g.gateway.changes.pollNow();
    expect(deliveredIds()).toEqual([first, second]);
    expect(received[0].seq).toBeLessThan(received[1].seq);
    expect((await feedAfter(start)).ids).toEqual([first, second]);
  });

  it('moves past the gap of a rolled-back transaction once it is older than CHANGE_GAP_TIMEOUT_MS', async () => {
    const start = await feedEnd();
    await t1.run('START TRANSACTION');
    await t1.insertAppointment(null, 'rolled back');
    const kept = await t2.insertAppointment(null, 'kept');
    await t1.run('ROLLBACK');
    const t0 = Date.now();
    await g.gateway.changes.pollNow();
    expect(deliveredIds()).toEqual([]);
    expect((await feedAfter(start)).ids).toEqual([]);
    while (!deliveredIds().includes(kept) && Date.now() - t0 < GAP_TIMEOUT_MS + 2000) await new Promise((r) => setTimeout(r, 20));
    expect(deliveredIds()).toEqual([kept]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(GAP_TIMEOUT_MS - 300);
    expect((await feedAfter(start)).ids).toEqual([kept]);
  });

  it('reads the changes along the primary key, stopping at the limit (no sort of the backlog)', async () => {
    const { sql, params } = new ChangeRepository().readStatement({ db: g.db }, 0, 500);
    const plan: { table: string | null; type: string | null; key: string | null; Extra: string | null }[] = await g.db.query(
      `EXPLAIN ${sql}`,
      params,
    );
    const read = plan.find((p) => p.table === 'row_changes' && p.type === 'range');
    expect(read).toMatchObject({ key: 'PRIMARY' });
    expect(read!.Extra ?? '').not.toMatch(/filesort|temporary/i);
  });

  it('reads the change table once per interval, however many listeners there are', async () => {
    const perSecond = async (listeners: number) => {
      const stops = Array.from({ length: listeners }, () => g.gateway.changes.onChanges(() => undefined));
      g.counter.reset();
      await new Promise((r) => setTimeout(r, 1000));
      const n = g.counter.backgroundStatements.length;
      stops.forEach((stop) => stop());
      return n;
    };
    const one = await perSecond(1);
    const many = await perSecond(1000);
    // 50 ms interval: about 20 reads a second either way.
    expect(one).toBeLessThanOrEqual(25);
    expect(many).toBeLessThanOrEqual(25);
    expect(many).toBeGreaterThanOrEqual(10);
  });
});
