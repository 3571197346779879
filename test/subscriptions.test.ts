import WebSocket from 'ws';
import { revokeToken } from '../src/accounts/token.service';
import { Customer, Order } from '../src/database/entities';
import { newStamp } from '../src/domain/stamp';
import { insertAppointment } from './appointment-mutations.fixtures';
import { TestChangeSource } from './support/test-change-source';
import { DAY, TestClock } from './support/test-clock';
import { startTestGateway, TestGateway } from './support/test-gateway';
import { connectSubscriber, initPayload, TestSubscriber, until, wsUrl } from './support/test-subscriber';

/*
 * Subscriptions as a client sees them: real sockets (graphql-ws's client over `ws`) on the
 * gateway's /graphql, fed by a test ChangeSource in place of the change table's poller.
 * Authentication in connection_init, filters, the row rules of every role, deletions,
 * orderChanged, the limits, a slow consumer cut off while others keep receiving, a session
 * expiring or revoked under an open socket, and shutdown.
 */

const T0 = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

const APPOINTMENTS = `subscription($filter: AppointmentFilter) {
  appointmentChanged(filter: $filter) { kind id updatedAtMt changedAt appointment { id title customerId customer { reference } } } }`;
const ORDER = 'subscription($id: ID!) { orderChanged(id: $id) { kind id updatedAt order { id reference customer { reference } } } }';

describe('subscriptions', () => {
  let g: TestGateway;
  const source = new TestChangeSource();
  const open: TestSubscriber[] = [];
  let own: number;
  let foreign: number;
  let ownOrder: number;
  let foreignOrder: number;

  const customer = async (reference: string) =>
    (await g.db.getRepository(Customer).insert({ reference, name: reference, createdAt: T0 })).identifiers[0].id as number;
  const order = async (customerId: number) =>
    (
      await g.db.getRepository(Order).insert({
        reference: `SUB-O-${customerId}-${Math.random().toString(36).slice(2, 8)}`,
        customerId,
        notes: null,
        createdAt: T0,
        lastUpdated: T0,
        updatedAt: newStamp(T0),
      } as never)
    ).identifiers[0].id as number;
  const connect = (headers: Record<string, string>) => {
    const s = connectSubscriber(g, initPayload(headers));
    open.push(s);
    return s;
  };
  /** An appointment change as the poller would report it for `row`. */
  const changed = (row: { id: number; customerId: number | null; orderId?: number | null; updatedAtMt: string }, kind = 'UPDATED') => ({
    entity: 'appointment' as const,
    kind: kind as 'UPDATED',
    rowId: row.id,
    customerId: row.customerId,
    orderId: row.orderId ?? null,
    updatedAtMt: kind === 'DELETED' ? null : row.updatedAtMt,
  });

  beforeAll(async () => {
    g = await startTestGateway({
      seed: 'none',
      changes: source,
      env: {
        MAX_SUBSCRIPTIONS_PER_CONNECTION: '3',
        MAX_SUBSCRIPTIONS_PER_TOKEN: '4',
        SUBSCRIPTION_BUFFER_BYTES: '65536',
      },
    });
    own = await customer('SUB-OWN');
    foreign = await customer('SUB-FOREIGN');
    ownOrder = await order(own);
    foreignOrder = await order(foreign);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.dispose()));
  });
  afterAll(async () => {
    await g.close();
  });

  describe('connection_init', () => {
    it('refuses a socket without a token: closed 4401 invalid-token', async () => {
      const s = connectSubscriber(g, {});
      open.push(s);
      expect(await s.closed).toEqual({ code: 4401, reason: 'invalid-token' });
    });

    it('refuses an unknown token (4401 invalid-token) and an unknown application (4400 invalid-param)', async () => {
      const bad = connect({ authorization: 'Bearer sess_nope', 'x-application': 'planox2' });
      expect(await bad.closed).toEqual({ code: 4401, reason: 'invalid-token' });
      const app = connect({ ...g.defaultHeaders, 'x-application': 'nope' });
      expect(await app.closed).toEqual({ code: 4400, reason: 'invalid-param' });
    });

    it('refuses a user with no role in the application: 4403 permission-denied', async () => {
      const client = await g.tokenFor({ role: 'client', customerIds: [own] });
      const s = connect({ ...client, 'x-application': 'planox2' });
      expect(await s.closed).toEqual({ code: 4403, reason: 'permission-denied' });
    });

    it('accepts the token and application as HTTP takes them, also under `headers`', async () => {
      const s = connectSubscriber(g, { headers: { authorization: `Bearer ${g.token}`, 'x-application': 'planox2' } });
      open.push(s);
      await s.connected;
      const sub = s.subscribe(APPOINTMENTS);
      const a = await insertAppointment(g.db, { customerId: own });
      // The subscription is registered once the server answered the subscribe: retry the event until it lands.
      await emitUntil(
        () => sub.results.length > 0,
        () => source.emit(changed(a)),
      );
      expect(sub.results[0].data.appointmentChanged).toMatchObject({ kind: 'UPDATED', id: String(a.id), updatedAtMt: a.updatedAtMt });
    });
  });

  describe('what is served over which transport', () => {
    it('still refuses a subscription over HTTP (invalid-query)', async () => {
      const res = await g.gql('subscription { appointmentChanged { id } }');
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions.code).toBe('invalid-query');
    });

    it('refuses a query over the socket (invalid-query) and keeps the socket', async () => {
      const s = connect(g.defaultHeaders);
      const q = s.subscribe('{ viewer { role } }');
      await q.ended();
      expect(q.error?.[0].extensions.code).toBe('invalid-query');
      const sub = s.subscribe(APPOINTMENTS);
      const a = await insertAppointment(g.db, { customerId: own });
      await emitUntil(
        () => sub.results.length > 0,
        () => source.emit(changed(a)),
      );
    });

    it('answers a syntax error and a document past MAX_QUERY_TOKENS as HTTP does (invalid-query, query-too-complex)', async () => {
      // They used to reach the client as application-crash: graphql-js raises both without a code.
      const s = connect(g.defaultHeaders);
      const broken = 'subscription { appointmentChanged { id }';
      const long = `subscription { appointmentChanged { ${'id '.repeat(6000)} } }`;
      // The long one twice: it is over the size of the documents kept checked, and judged each time.
      for (const [document, code] of [
        [broken, 'invalid-query'],
        [long, 'query-too-complex'],
        [long, 'query-too-complex'],
      ]) {
        const sub = s.subscribe(document);
        await sub.ended();
        const http = await g.gql(document);
        expect(http.body.errors?.[0].extensions.code).toBe(code);
        expect(sub.error).toEqual([
          expect.objectContaining({ message: http.body.errors?.[0].message, extensions: expect.objectContaining({ code, status: 400 }) }),
        ]);
      }
    });

    it('judges a document sent again as the first time: a refused one again, a valid one with other variables', async () => {
      // Documents are parsed and validated once per text; what is kept must not change an answer.
      const s = connect(g.defaultHeaders);
      const bad = 'subscription { appointmentChanged { nope } }';
      for (const sub of [s.subscribe(bad), s.subscribe(bad)]) {
        await sub.ended();
        expect(sub.error?.[0].extensions.code).toBe('invalid-query');
      }
      const broken = 'subscription { appointmentChanged { id }';
      for (const sub of [s.subscribe(broken), s.subscribe(broken)]) {
        await sub.ended();
        expect(sub.error?.[0].extensions.code).toBe('invalid-query');
      }
      const hit = s.subscribe(APPOINTMENTS, { filter: { title: 'Again *' } });
      const miss = s.subscribe(APPOINTMENTS, { filter: { title: 'Never *' } });
      const a = await insertAppointment(g.db, { customerId: own, title: 'Again one' });
      await emitUntil(
        () => hit.results.length > 0,
        () => source.emit(changed(a)),
      );
      expect(miss.results).toEqual([]);
    });

    it('applies the depth limit to subscription documents (query-too-complex)', async () => {
      const s = connect(g.defaultHeaders);
      const deep = `subscription { appointmentChanged { appointment { order { appointments { order { appointments { order { appointments { order { appointments { id } } } } } } } } } } }`;
      const sub = s.subscribe(deep);
      await sub.ended();
      expect(sub.error?.[0].extensions.code).toBe('query-too-complex');
    });

    it('answers a bad filter with its code (invalid-datetime-format), as appointments does', async () => {
      const s = connect(g.defaultHeaders);
      const sub = s.subscribe(APPOINTMENTS, { filter: { startDate: { gte: '2016-08-1Z' } } });
      await sub.ended();
      expect([sub.error?.[0]?.extensions?.code, sub.results[0]?.errors?.[0]?.extensions?.code]).toContain('invalid-datetime-format');
    });
  });

  describe('appointmentChanged', () => {
    it('sends the changes that match the filter, with the selection asked for, and not the others', async () => {
      const s = connect(g.defaultHeaders);
      const sub = s.subscribe(APPOINTMENTS, { filter: { title: 'Match *' } });
      const hit = await insertAppointment(g.db, { customerId: own, title: 'Match one' });
      const miss = await insertAppointment(g.db, { customerId: own, title: 'Other' });
      await emitUntil(
        () => sub.results.length > 0,
        () => source.emit(changed(miss), changed(hit)),
      );
      await new Promise((r) => setTimeout(r, 100));
      expect(sub.results.map((r) => r.data.appointmentChanged.id)).not.toContain(String(miss.id));
      sub.results.length = 0;
      source.emit(changed(miss, 'CREATED'), changed(hit, 'CREATED'), changed(miss), changed(hit));
      await sub.received(2);
      await new Promise((r) => setTimeout(r, 50));
      const events = sub.results.map((r) => r.data.appointmentChanged);
      expect(events.map((e) => e.id)).toEqual([String(hit.id), String(hit.id)]);
      expect(events[0]).toMatchObject({
        kind: 'CREATED',
        appointment: { id: String(hit.id), title: 'Match one', customerId: String(own), customer: { reference: 'SUB-OWN' } },
      });
      expect(new Date(events[1].changedAt).getTime()).not.toBeNaN();
    });

    it("never sends a client or a liaison another customer's change; employees and application tokens get both", async () => {
      const client = connect(await g.tokenFor({ role: 'client', customerIds: [own] }));
      const liaison = connect(await g.tokenFor({ role: 'liaison', customerIds: [own] }));
      const app = connect(g.headersFor(await g.createAppToken({ application: 'planox2', name: 'subs' }), 'planox2'));
      const employee = connect(await g.tokenFor({ role: 'employee' }));
      const subs = [client, liaison, app, employee].map((s) => s.subscribe(APPOINTMENTS));
      const mine = await insertAppointment(g.db, { customerId: own });
      const theirs = await insertAppointment(g.db, { customerId: foreign });
      await emitUntil(
        () => subs.every((s) => s.results.length > 0),
        () => source.emit(changed(mine)),
      );
      await new Promise((r) => setTimeout(r, 50));
      for (const s of subs) s.results.length = 0;
      source.emit(changed(theirs), changed(mine));
      for (const s of subs.slice(0, 2)) {
        await s.received(1);
        await new Promise((r) => setTimeout(r, 50));
        expect(s.results.map((r) => r.data.appointmentChanged.id)).toEqual([String(mine.id)]);
      }
      for (const s of subs.slice(2)) {
        await s.received(2);
        expect(s.results.map((r) => r.data.appointmentChanged.id)).toEqual([String(theirs.id), String(mine.id)]);
      }
    });

    it("hides a relation the subscriber may not see: a client's appointment whose order is another customer's", async () => {
      const client = connect(await g.tokenFor({ role: 'client', customerIds: [own] }));
      const sub = client.subscribe('subscription { appointmentChanged { appointment { id order { id } } } }');
      const a = await insertAppointment(g.db, { customerId: own, orderId: foreignOrder });
      await emitUntil(
        () => sub.results.length > 0,
        () => source.emit(changed(a)),
      );
      expect(sub.results[0].data.appointmentChanged.appointment).toEqual({ id: String(a.id), order: null });
    });

    it('sends a deletion without the appointment, by the customer it had, whatever the filter says of its other columns', async () => {
      const client = connect(await g.tokenFor({ role: 'client', customerIds: [own] }));
      const filtered = connect(g.defaultHeaders);
      const other = connect(await g.tokenFor({ role: 'client', customerIds: [foreign] }));
      const all = client.subscribe(APPOINTMENTS);
      const byTitle = filtered.subscribe(APPOINTMENTS, { filter: { title: 'Nothing like it', customerId: String(own) } });
      const foreignSub = other.subscribe(APPOINTMENTS);
      const marker = await insertAppointment(g.db, { customerId: foreign });
      await emitUntil(
        () => foreignSub.results.length > 0,
        () => source.emit(changed(marker)),
      );
      foreignSub.results.length = 0;
      await new Promise((r) => setTimeout(r, 50));
      const gone = { id: 999_001, customerId: own, orderId: null, updatedAtMt: '' };
      source.emit(changed(gone, 'DELETED'));
      const [event] = await all.received(1);
      expect(event.data.appointmentChanged).toEqual({
        kind: 'DELETED',
        id: '999001',
        updatedAtMt: null,
        changedAt: expect.any(String),
        appointment: null,
      });
      const [seen] = await byTitle.received(1);
      expect(seen.data.appointmentChanged.kind).toBe('DELETED');
      source.emit(changed(marker));
      await foreignSub.received(1);
      await new Promise((r) => setTimeout(r, 50));
      expect(foreignSub.results.map((r) => r.data.appointmentChanged.kind)).toEqual(['UPDATED']);
    });

    it('leaves out a deletion whose customer or order the filter names otherwise', async () => {
      const s = connect(g.defaultHeaders);
      const sub = s.subscribe(APPOINTMENTS, { filter: { customerId: String(foreign) } });
      const marker = await insertAppointment(g.db, { customerId: foreign });
      await emitUntil(
        () => sub.results.length > 0,
        () => source.emit(changed(marker)),
      );
      await new Promise((r) => setTimeout(r, 50));
      sub.results.length = 0;
      source.emit(changed({ id: 999_002, customerId: own, updatedAtMt: '' }, 'DELETED'), changed(marker));
      await sub.received(1);
      await new Promise((r) => setTimeout(r, 50));
      expect(sub.results.map((r) => r.data.appointmentChanged.id)).toEqual([String(marker.id)]);
    });
  });

  describe('orderChanged', () => {
    const orderChange = (id: number, customerId: number, kind = 'SIGNED_OFF') => ({
      entity: 'order' as const,
      kind: kind as 'SIGNED_OFF',
      rowId: id,
      customerId,
      updatedAtMt: kind === 'DELETED' ? null : 'stamp-after',
    });

    it("sends the order's changes with its selection, sign-offs included", async () => {
      const client = connect(await g.tokenFor({ role: 'client', customerIds: [own] }));
      const sub = client.subscribe(ORDER, { id: String(ownOrder) });
      await emitUntil(
        () => sub.results.length > 0,
        () => source.emit(orderChange(foreignOrder, foreign, 'UPDATED'), orderChange(ownOrder, own)),
      );
      expect(sub.results[0].data.orderChanged).toMatchObject({
        kind: 'SIGNED_OFF',
        id: String(ownOrder),
        updatedAt: 'stamp-after',
        order: { id: String(ownOrder), customer: { reference: 'SUB-OWN' } },
      });
      await new Promise((r) => setTimeout(r, 50));
      const before = sub.results.length;
      source.emit(orderChange(ownOrder, own, 'DELETED'));
      const deleted = (await sub.received(before + 1))[before];
      expect(deleted.data.orderChanged).toMatchObject({ kind: 'DELETED', order: null, updatedAt: null });
    });

    it('is not-found for an order the caller may not see, as order(id), and invalid-param-type for a bad id', async () => {
      const client = connect(await g.tokenFor({ role: 'client', customerIds: [own] }));
      const hidden = client.subscribe(ORDER, { id: String(foreignOrder) });
      const bad = client.subscribe(ORDER, { id: 'x' });
      await hidden.ended();
      await bad.ended();
      const codeOf = (s: typeof hidden) => s.error?.[0]?.extensions?.code ?? s.results[0]?.errors?.[0]?.extensions?.code;
      expect(codeOf(hidden)).toBe('not-found');
      expect(codeOf(bad)).toBe('invalid-param-type');
    });
  });

  describe('limits', () => {
    it('refuses a subscription past MAX_SUBSCRIPTIONS_PER_CONNECTION (too-many-subscriptions); completing one frees its place', async () => {
      const s = connect(await g.tokenFor({ role: 'employee' }));
      const subs = [1, 2, 3].map(() => s.subscribe(APPOINTMENTS));
      const a = await insertAppointment(g.db, { customerId: own });
      await emitUntil(
        () => subs.every((x) => x.results.length > 0),
        () => source.emit(changed(a)),
      );
      const fourth = s.subscribe(APPOINTMENTS);
      await fourth.ended();
      expect(fourth.error?.[0].extensions).toMatchObject({ code: 'too-many-subscriptions', status: 429 });
      subs[0].unsubscribe();
      const again = s.subscribe(APPOINTMENTS);
      await emitUntil(
        () => again.results.length > 0,
        () => source.emit(changed(a)),
      );
    });

    it('refuses a subscription past MAX_SUBSCRIPTIONS_PER_TOKEN across connections', async () => {
      const headers = await g.tokenFor({ role: 'employee' });
      const one = connect(headers);
      const two = connect(headers);
      const subs = [one, one, one, two].map((s) => s.subscribe(APPOINTMENTS));
      const a = await insertAppointment(g.db, { customerId: own });
      await emitUntil(
        () => subs.every((x) => x.results.length > 0),
        () => source.emit(changed(a)),
      );
      const fifth = two.subscribe(APPOINTMENTS);
      await fifth.ended();
      expect(fifth.error?.[0].extensions.code).toBe('too-many-subscriptions');
    });

    it('cuts off a client that stops reading once its buffer passes SUBSCRIPTION_BUFFER_BYTES (slow-consumer); others keep receiving', async () => {
      const big = await insertAppointment(g.db, { customerId: own, description: 'x'.repeat(60_000) });
      const query = 'subscription { appointmentChanged { id appointment { description } } }';
      const fast = connect(g.defaultHeaders);
      const fastSub = fast.subscribe(query);
      // The slow client speaks the protocol by hand, so that it can stop reading its socket.
      const slow = new WebSocket(wsUrl(g), 'graphql-transport-ws');
      const slowClosed = new Promise<number>((resolve) => slow.on('close', (code) => resolve(code)));
      let slowAcked = false;
      let slowReceived = 0;
      slow.on('message', (data) => {
        const m = JSON.parse(String(data));
        if (m.type === 'connection_ack') slowAcked = true;
        if (m.type === 'next') slowReceived += 1;
      });
      await new Promise((r) => slow.once('open', r));
      slow.send(JSON.stringify({ type: 'connection_init', payload: initPayload(g.defaultHeaders) }));
      await until(() => slowAcked, 'the slow client to be acknowledged');
      slow.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
      await emitUntil(
        () => slowReceived > 0 && fastSub.results.length > 0,
        () => source.emit(changed(big)),
      );
      (slow as unknown as { _socket: { pause(): void } })._socket.pause();
      const before = fastSub.results.length;
      const rounds = 400;
      for (let i = 0; i < rounds; i++) {
        source.emit(changed(big));
        // The fast client keeps up (on a loaded machine it could otherwise fall behind by the
        // buffer's size and be cut off too); the slow one, paused, falls further behind.
        if (i % 20 === 19) await fastSub.received(before + i + 1, 20_000);
      }
      await fastSub.received(before + rounds, 20_000);
      const metrics = await (await g.http('/metrics')).text();
      expect(metrics).toMatch(/gateway_subscription_sockets_closed_total\{code="slow-consumer"\} [1-9]/);
      (slow as unknown as { _socket: { resume(): void } })._socket.resume();
      expect([4503, 1006]).toContain(await slowClosed);
      expect(slowReceived).toBeLessThan(rounds);
    }, 30_000);
  });

  describe('metrics', () => {
    it('count the open subscriptions, the events sent and their delivery lag', async () => {
      const s = connect(g.defaultHeaders);
      const sub = s.subscribe(APPOINTMENTS);
      const a = await insertAppointment(g.db, { customerId: own });
      await emitUntil(
        () => sub.results.length > 0,
        () => source.emit(changed(a)),
      );
      const text = await (await g.http('/metrics')).text();
      expect(Number(/^gateway_subscriptions_active (\d+)/m.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
      expect(Number(/^gateway_subscription_events_total (\d+)/m.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
      expect(text).toMatch(/^gateway_subscription_delivery_lag_seconds_count [1-9]/m);
    });
  });

  /** Emits until `received` holds: a subscription is live once the server has processed its subscribe message. */
  async function emitUntil(received: () => boolean, emit: () => void, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!received()) {
      if (Date.now() > deadline) throw new Error('no event arrived');
      emit();
      await new Promise((r) => setTimeout(r, 25));
    }
    // Events of the earlier tries may still be on their way.
    await new Promise((r) => setTimeout(r, 100));
  }
});

describe('subscription sockets over time', () => {
  const clock = new TestClock(new Date());
  const source = new TestChangeSource();
  let g: TestGateway;
  let stopped = false;

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none', clock: clock.now, changes: source, env: { SUBSCRIPTION_AUTH_CHECK_MS: '100' } });
  });
  afterAll(async () => {
    if (stopped) await g.drop();
    else await g.close();
  });

  const subscribed = async (token: string) => {
    const s = connectSubscriber(g, initPayload(g.headersFor(token)));
    await s.connected;
    return s;
  };

  it('closes the socket of a session that expires: 4401 session-expired', async () => {
    await g.createUser('sub-expiring', 'employee');
    const s = await subscribed(await g.createSession('sub-expiring', { application: 'planox2' }));
    s.subscribe('subscription { appointmentChanged { id } }');
    clock.advance(8 * DAY);
    source.emit({ entity: 'appointment', kind: 'DELETED', rowId: 1, customerId: null });
    expect(await s.closed).toEqual({ code: 4401, reason: 'session-expired' });
    clock.advance(-8 * DAY);
  });

  it('closes the socket of a session revoked while it is open: 4401 invalid-token', async () => {
    await g.createUser('sub-revoked', 'employee');
    const token = await g.createSession('sub-revoked', { application: 'planox2' });
    const s = await subscribed(token);
    expect(await revokeToken(g.db, token, clock.now())).toBe(true);
    expect(await s.closed).toEqual({ code: 4401, reason: 'invalid-token' });
  });

  it('closes every socket on shutdown (1001 shutting-down) and stops without hanging', async () => {
    const s = await subscribed(g.token);
    const sub = s.subscribe('subscription { appointmentChanged { id } }');
    stopped = true;
    await g.gateway.stop();
    expect(await s.closed).toEqual({ code: 1001, reason: 'shutting-down' });
    await sub.ended().catch(() => undefined);
  });
});
