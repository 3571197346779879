import pino from 'pino';
import { createGateway, Gateway } from '../src/app';
import { SYSTEM_ACTOR } from '../src/context/actor';
import { createDataSource } from '../src/database/data-source';
import { Customer } from '../src/database/entities';
import { decodeChangeCursor } from '../src/live/change-cursor';
import { ChangeRepository } from '../src/live/change.repository';
import { pruneChanges } from '../src/live/change-retention';
import { arrangeOrder, SIGN_OFF } from './order-sign-off.fixtures';
import { otherWriter, OtherWriter } from './support/other-writer';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * The durable change feed (#19), as an integration reads it over HTTP: every writer's changes
 * (the gateway's mutations and another application's SQL: inserts, updates, a multi-row update,
 * deletes) in the order they were recorded; row rules per role; resuming from a cursor on a new
 * gateway with nothing skipped or repeated; a cursor older than the retention; the appointments
 * of a page in one statement whatever its size; the poller's delivery to a listener.
 */

const FEED = `query($after: String, $first: Int) {
  appointmentChanges(after: $after, first: $first) {
    edges { cursor node { kind appointmentId updatedAtMt changedAt appointment { id title customerId } } }
    pageInfo { hasNextPage endCursor } } }`;

interface Node {
  kind: string;
  appointmentId: string;
  updatedAtMt: string | null;
  changedAt: string;
  appointment: { id: string; title: string; customerId: string | null } | null;
}

describe('appointmentChanges', () => {
  let g: TestGateway;
  let other: OtherWriter;
  let own: number;
  let foreign: number;

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    other = await otherWriter(g.config);
    const customer = async (reference: string) =>
      (await g.db.getRepository(Customer).insert({ reference, name: reference, createdAt: new Date() })).identifiers[0].id as number;
    own = await customer('CF-OWN');
    foreign = await customer('CF-FOREIGN');
  });
  afterAll(async () => {
    await other.close();
    await g.close();
  });

  interface Page {
    nodes: Node[];
    cursors: string[];
    hasNextPage: boolean;
    endCursor: string | null;
  }
  const page = async (variables: { after?: string | null; first?: number }, headers?: Record<string, string>): Promise<Page> => {
    const res = await g.gql(FEED, variables, headers);
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data.appointmentChanges;
    return {
      nodes: c.edges.map((e: { node: Node }) => e.node) as Node[],
      cursors: c.edges.map((e: { cursor: string }) => e.cursor) as string[],
      ...c.pageInfo,
    };
  };

  /** Everything after `after`, page by page; and where it ended. */
  const readAll = async (after: string | null, headers?: Record<string, string>, first = 100) => {
    const nodes: Node[] = [];
    let cursor = after;
    for (;;) {
      const p = await page({ after: cursor, first }, headers);
      nodes.push(...p.nodes);
      cursor = p.endCursor;
      if (!p.hasNextPage) return { nodes, endCursor: cursor };
    }
  };

  /** The cursor at the end of the feed now. */
  const end = async () => (await readAll(null, undefined, 1000)).endCursor;
  const kinds = (nodes: Node[]) => nodes.map((n) => `${n.kind} ${n.appointmentId}`);

  it('records every kind of the gateway’s own writes, in order, with the stamps the mutations answered', async () => {
    const start = await end();
    const created = await g.gql(
      `mutation { createAppointment(input: { title: "Feed", startDate: "2026-02-01T09:00:00Z", endDate: "2026-02-01T10:00:00Z", customerId: ${own} }) { id updatedAtMt } }`,
    );
    const a = created.body.data.createAppointment;
    const updated = await g.gql(
      'mutation($id: ID!, $s: String!) { updateAppointment(id: $id, input: { title: "Feed 2", updatedAtMt: $s }) { updatedAtMt } }',
      {
        id: a.id,
        s: a.updatedAtMt,
      },
    );
    const upsertDoc =
      'mutation($t: String!) { upsertAppointment(reference: "CF-UP", input: { title: $t, startDate: "2026-02-01T09:00:00Z", endDate: "2026-02-01T10:00:00Z" }) { outcome appointment { id updatedAtMt } } }';
    const up1 = (await g.gql(upsertDoc, { t: 'Up' })).body.data.upsertAppointment;
    const up2 = (await g.gql(upsertDoc, { t: 'Up 2' })).body.data.upsertAppointment;
    expect([up1.outcome, up2.outcome]).toEqual(['CREATED', 'UPDATED']);
    const o = await arrangeOrder(g.db, { customerId: own });
    const signed = await g.gql(SIGN_OFF, {
      input: { orderId: String(o.orderId), updatedAt: o.stamp, appointment: { apptId: String(o.apptId) } },
    });
    expect(signed.body.errors).toBeUndefined();
    const deleted = await g.gql('mutation($id: ID!) { deleteAppointment(id: $id) { success } }', { id: a.id });
    expect(deleted.body.data.deleteAppointment.success).toBe(true);

    const { nodes } = await readAll(start);
    const ofInterest = nodes.filter((n) => [a.id, up1.appointment.id, String(o.apptId)].includes(n.appointmentId));
    expect(kinds(ofInterest)).toEqual([
      `CREATED ${a.id}`,
      `UPDATED ${a.id}`,
      `CREATED ${up1.appointment.id}`,
      `UPDATED ${up1.appointment.id}`,
      // The fixture's two appointments of the order, inserted straight into the table.
      `CREATED ${o.apptId}`,
      `SIGNED_OFF ${o.apptId}`,
      `DELETED ${a.id}`,
    ]);
    expect(ofInterest.map((n) => n.updatedAtMt)).toEqual([
      a.updatedAtMt,
      updated.body.data.updateAppointment.updatedAtMt,
      up1.appointment.updatedAtMt,
      up2.appointment.updatedAtMt,
      expect.any(String),
      signed.body.data.signOffOrder.appointment.updatedAtMt,
      null,
    ]);
    // The appointment as it is now: gone for the deleted one, the latest title for the others.
    expect(ofInterest[0].appointment).toBeNull();
    expect(ofInterest[3].appointment).toMatchObject({ id: up1.appointment.id, title: 'Up 2' });
    // The order's own changes (for subscriptions; the feed shows appointments): created, then signed off.
    const orderChanges = (
      await new ChangeRepository().read({ db: g.db }, SYSTEM_ACTOR, start ? decodeChangeCursor(start) : 0, 1000, 15_000)
    ).changes
      .filter((c) => c.entity === 'order' && c.rowId === o.orderId)
      .map((c) => c.kind);
    expect(orderChanges).toEqual(['CREATED', 'SIGNED_OFF']);
    const times = nodes.map((n) => Date.parse(n.changedAt));
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });

  it('records another application’s SQL: insert, update, a multi-row update (one change per row) and delete', async () => {
    const start = await end();
    const ids = [await other.insertAppointment(own), await other.insertAppointment(own), await other.insertAppointment(foreign)];
    await other.run("UPDATE appointments SET note = 'one' WHERE id = ?", [ids[0]]);
    const bulk = await other.run(`UPDATE appointments SET note = 'bulk' WHERE id IN (${ids.join(', ')})`);
    expect(bulk.affected).toBe(3);
    await other.run('DELETE FROM appointments WHERE id = ?', [ids[1]]);
    const { nodes } = await readAll(start);
    expect(kinds(nodes)).toEqual([
      ...ids.map((id) => `CREATED ${id}`),
      `UPDATED ${ids[0]}`,
      ...ids.map((id) => `UPDATED ${id}`),
      `DELETED ${ids[1]}`,
    ]);
    expect(nodes[nodes.length - 1]).toMatchObject({ updatedAtMt: null, appointment: null });
  });

  it('shows liaisons and clients the changes of their customers only; a move shows to both sides', async () => {
    const liaison = await g.tokenFor({ role: 'liaison', customerIds: [own] });
    const client = await g.tokenFor({ role: 'client', customerIds: [own] });
    const foreignLiaison = await g.tokenFor({ role: 'liaison', customerIds: [foreign] });
    const appToken = g.headersFor(await g.createAppToken({ application: 'planox2', name: 'feed' }), 'planox2');
    const start = await end();
    const mine = await other.insertAppointment(own);
    const theirs = await other.insertAppointment(foreign);
    const moving = await other.insertAppointment(own);
    await other.run('UPDATE appointments SET customer_id = ? WHERE id = ?', [foreign, moving]);
    const seen = async (headers?: Record<string, string>) => kinds((await readAll(start, headers, 2)).nodes);
    const all = [`CREATED ${mine}`, `CREATED ${theirs}`, `CREATED ${moving}`, `UPDATED ${moving}`];
    expect(await seen()).toEqual(all);
    expect(await seen(appToken)).toEqual(all);
    expect(await seen(liaison)).toEqual([`CREATED ${mine}`, `CREATED ${moving}`, `UPDATED ${moving}`]);
    expect(await seen(client)).toEqual([`CREATED ${mine}`, `CREATED ${moving}`, `UPDATED ${moving}`]);
    expect(await seen(foreignLiaison)).toEqual([`CREATED ${theirs}`, `UPDATED ${moving}`]);
    // The side it left sees the move without the appointment (no longer theirs); the side it joined sees it whole.
    const left = (await readAll(start, liaison)).nodes.at(-1)!;
    const joined = (await readAll(start, foreignLiaison)).nodes.at(-1)!;
    expect(left.appointment).toBeNull();
    expect(joined.appointment).toMatchObject({ id: String(moving), customerId: String(foreign) });
  });

  it('moves endCursor past changes the caller may not see, so a page without edges still advances', async () => {
    const client = await g.tokenFor({ role: 'client', customerIds: [own] });
    const start = await end();
    for (let i = 0; i < 3; i++) await other.insertAppointment(foreign);
    const p = await page({ after: start, first: 2 }, client);
    expect(p.nodes).toEqual([]);
    expect(p.hasNextPage).toBe(true);
    expect(decodeChangeCursor(p.endCursor!)).toBe(decodeChangeCursor(start!) + 2);
    const rest = await page({ after: p.endCursor, first: 2 }, client);
    expect(rest).toMatchObject({ nodes: [], hasNextPage: false });
  });

  it('reads the appointments of a page in one statement, whatever the page size', async () => {
    const start = await end();
    for (let i = 0; i < 30; i++) await other.insertAppointment(own);
    const counts: number[] = [];
    for (const first of [3, 30]) {
      g.counter.reset();
      const p = await page({ after: start, first });
      expect(p.nodes).toHaveLength(first);
      expect(p.nodes.every((n) => n.appointment !== null)).toBe(true);
      counts.push(g.counter.count);
    }
    expect(counts).toEqual([2, 2]);
  });

  it('refuses first outside 0..1000 and a cursor that is not the feed’s', async () => {
    for (const first of [-1, 1001]) {
      const res = await g.gql(FEED, { first });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'invalid-param', params: ['first'] });
    }
    const res = await g.gql(FEED, { after: 'bm90IGEgY3Vyc29y.AAAAAAAAAAAAAAAAAAAAAA' });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'invalid-param', params: ['after'] });
  });

  it('resumes from a cursor on a new gateway (a restart) with nothing skipped or repeated', async () => {
    const start = await end();
    const log = pino({ level: 'silent' });
    const open = async (): Promise<{ gateway: Gateway; url: string; close(): Promise<void> }> => {
      const db = await createDataSource(g.config).initialize();
      const gateway = await createGateway(g.config, db, log);
      const port = await gateway.listen(0, '127.0.0.1');
      return {
        gateway,
        url: `http://127.0.0.1:${port}/graphql`,
        close: async () => {
          await gateway.stop();
          await db.destroy();
        },
      };
    };
    const ask = async (url: string, after: string | null) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { ...g.defaultHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ query: FEED, variables: { after, first: 4 } }),
      });
      return ((await res.json()) as any).data.appointmentChanges as {
        edges: { node: Node }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const written: number[] = [];
    for (let i = 0; i < 6; i++) written.push(await other.insertAppointment(own));
    const first = await open();
    const p1 = await ask(first.url, start);
    await first.close();
    for (let i = 0; i < 3; i++) written.push(await other.insertAppointment(own));
    const second = await open();
    const seen = p1.edges.map((e: { node: Node }) => Number(e.node.appointmentId));
    let cursor = p1.pageInfo.endCursor;
    for (;;) {
      const p = await ask(second.url, cursor);
      seen.push(...p.edges.map((e: { node: Node }) => Number(e.node.appointmentId)));
      cursor = p.pageInfo.endCursor;
      if (!p.pageInfo.hasNextPage) break;
    }
    await second.close();
    expect(seen).toEqual(written);
  });

  it('answers cursor-expired for a cursor whose change was pruned, and starts from the oldest change kept without one', async () => {
    const before = await end();
    const stale = await other.insertAppointment(own);
    const afterStale = (await readAll(before)).endCursor!;
    const kept = await other.insertAppointment(own);
    // Everything up to the stale change was recorded long ago.
    await other.run("UPDATE row_changes SET changed_at = '2000-01-01 00:00:00.000' WHERE seq <= ?", [decodeChangeCursor(afterStale)]);
    const pruned = await pruneChanges(new ChangeRepository(), { db: g.db }, g.config.changes.retentionHours, new Date());
    expect(pruned).toBeGreaterThan(0);
    const res = await g.gql(FEED, { after: before });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'cursor-expired', status: 410, params: ['after'] });
    expect(res.body.data).toBeNull();
    // The cursor of the last pruned change is expired too: its successors may be gone.
    expect((await g.gql(FEED, { after: afterStale })).body.errors?.[0].extensions.code).toBe('cursor-expired');
    // Read from the start, the seqs before the oldest kept are a gap like any other (pruned, or a
    // transaction still open): the oldest kept shows once it is older than CHANGE_GAP_TIMEOUT_MS.
    expect((await page({ first: 1 })).nodes).toEqual([]);
    const aMinuteAgo = new Date(Date.now() - 60_000).toISOString().replace('T', ' ').replace('Z', '');
    await other.run('UPDATE row_changes SET changed_at = ? WHERE seq > ?', [aMinuteAgo, decodeChangeCursor(afterStale)]);
    const fromStart = await page({ first: 1 });
    expect(fromStart.nodes.map((n: Node) => Number(n.appointmentId))).toEqual([kept]);
    expect(stale).toBeLessThan(kept);
  });

  it('delivers the gateway’s own writes to a listener of the poller within 250 ms, other writers’ within a second', async () => {
    const received: { id: number; at: number }[] = [];
    const stop = g.gateway.changes.onChanges((batch) => {
      for (const c of batch) if (c.entity === 'appointment') received.push({ id: c.rowId, at: Date.now() });
    });
    try {
      const waitFor = async (id: number, limitMs: number) => {
        const t0 = Date.now();
        while (!received.some((r) => r.id === id) && Date.now() - t0 < limitMs + 1000) await new Promise((r) => setTimeout(r, 5));
        return received.find((r) => r.id === id);
      };
      const res = await g.gql(
        `mutation { createAppointment(input: { title: "Live", startDate: "2026-02-01T09:00:00Z", endDate: "2026-02-01T10:00:00Z" }) { id } }`,
      );
      const answered = Date.now();
      const own = await waitFor(Number(res.body.data.createAppointment.id), 250);
      expect(own).toBeDefined();
      expect(own!.at - answered).toBeLessThan(250);
      const sent = Date.now();
      const id = await other.insertAppointment(null);
      const theirs = await waitFor(id, 1000);
      expect(theirs).toBeDefined();
      expect(theirs!.at - sent).toBeLessThan(1000);
    } finally {
      stop();
    }
  });
});
