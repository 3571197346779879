import { Customer, Order } from '../src/database/entities';
import { insertAppointment, snapshot, UPDATE, UPDATE_BY_REFERENCE, UPSERT, CREATE, createInput } from './appointment-mutations.fixtures';
import { arrangeOrder, SIGN_OFF } from './order-sign-off.fixtures';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * Issue 17: references and stamps compare byte for byte, on MariaDB as on SQLite. Values that a
 * case- and accent-insensitive collation took for one (`RT-REF-1`, `rt-ref-1`, `RT-RÉF-1`) are
 * different rows, and every change to a stored value, of case or accents alone included, moves
 * the stamp, so a client holding an older stamp cannot overwrite it (a lost update).
 */
const WHEN = { startDate: '2026-02-01T09:00:00Z', endDate: '2026-02-01T10:00:00Z' };
const BY_REFERENCE = 'query ByRef($reference: String!) { appointmentByReference(reference: $reference) { id reference } }';
const DELETE_BY_REFERENCE = 'mutation Del($reference: String!) { deleteAppointmentByReference(reference: $reference) { success id } }';
const LIST = 'query List($filter: AppointmentFilter) { appointments(filter: $filter, max: 1000) { data { id } } }';

describe('exact values', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
  });
  afterAll(async () => {
    await g.close();
  });

  const upsert = (reference: string, input: Record<string, unknown>) => g.gql(UPSERT, { reference, input });
  const update = (id: number | string, input: Record<string, unknown>) => g.gql(UPDATE, { id: String(id), input });
  const firstError = (res: { body: { errors?: { extensions: Record<string, any> }[] } }) => res.body.errors?.[0]?.extensions;

  describe('references', () => {
    it('that differ in case or accents are different appointments, each found exactly', async () => {
      const ids = new Map<string, string>();
      for (const reference of ['RT-REF-1', 'rt-ref-1', 'RT-RÉF-1']) {
        const res = await upsert(reference, { title: `Shoot ${reference}`, ...WHEN });
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.upsertAppointment.outcome).toBe('CREATED');
        expect(res.body.data.upsertAppointment.appointment.reference).toBe(reference);
        ids.set(reference, res.body.data.upsertAppointment.appointment.id);
      }
      expect(new Set(ids.values()).size).toBe(3);
      for (const [reference, id] of ids) {
        const res = await g.gql(BY_REFERENCE, { reference });
        expect(res.body.data.appointmentByReference).toEqual({ id, reference });
      }
      for (const reference of ['RT-REF-1 ', 'Rt-Ref-1', 'RT-REF-1\t']) {
        const res = await g.gql(BY_REFERENCE, { reference });
        expect(firstError(res)).toMatchObject({ code: 'not-found', params: ['reference'] });
      }
    });

    it('with whitespace at either end are refused on every write, and nothing changes', async () => {
      const stored = await insertAppointment(g.db, { reference: 'RT-WS-1' });
      const before = await snapshot(g.db);
      for (const reference of ['RT-WS-1 ', ' RT-WS-1', 'RT-WS-1\n']) {
        const refused = [
          await upsert(reference, { title: 'Shoot', ...WHEN }),
          await g.gql(CREATE, { input: createInput({ reference }) }),
          await update(stored.id, { updatedAtMt: stored.updatedAtMt, reference }),
        ];
        for (const res of refused) expect(firstError(res)).toMatchObject({ code: 'invalid-param', params: ['reference'] });
      }
      expect(await snapshot(g.db)).toEqual(before);
    });

    it('name a row for update and delete in their exact case only', async () => {
      const a = await insertAppointment(g.db, { reference: 'RT-KEY-1' });
      const before = await snapshot(g.db);
      for (const reference of ['rt-key-1', 'RT-KEY-1 ']) {
        const upd = await g.gql(UPDATE_BY_REFERENCE, { reference, input: { updatedAtMt: a.updatedAtMt, title: 'lost' } });
        expect(firstError(upd)).toMatchObject({ code: 'not-found' });
        expect(firstError(await g.gql(DELETE_BY_REFERENCE, { reference }))).toMatchObject({ code: 'not-found' });
      }
      expect(await snapshot(g.db)).toEqual(before);
    });

    it('match customerReference and employeeReference patterns in their exact case', async () => {
      const customer = await g.db.getRepository(Customer).save({ reference: 'CX-Ref-é1', name: 'Exact', createdAt: new Date() });
      const a = await insertAppointment(g.db, { customerId: customer.id, userId: null });
      const found = async (filter: Record<string, unknown>) =>
        ((await g.gql(LIST, { filter })).body.data.appointments.data as { id: string }[]).map((r) => Number(r.id));
      for (const pattern of ['CX-Ref-é1', 'CX-Ref*', '*Ref-é1', '*-Ref-*'])
        expect(await found({ customerReference: pattern })).toEqual([a.id]);
      for (const pattern of ['cx-ref-é1', 'CX-REF*', '*ref-é1', '*-REF-*', 'CX-Ref-e1', 'CX-Ref-É1', 'CX-Ref-é1 ']) {
        expect(await found({ customerReference: pattern })).toEqual([]);
      }
      // GLOB's and LIKE's own wildcards in a reference are literal characters of the pattern.
      const odd = await g.db.getRepository(Customer).save({ reference: 'CX-[q]?%_!', name: 'Odd', createdAt: new Date() });
      const b = await insertAppointment(g.db, { customerId: odd.id, userId: null });
      for (const pattern of ['CX-[q]?%_!', 'CX-[*', '*]?%_!', '*?%*']) expect(await found({ customerReference: pattern })).toEqual([b.id]);
      for (const pattern of ['CX-[Q]*', 'CX-q*', 'CX-[q]x%_!', '*_', '*-[q]_%_!'])
        expect(await found({ customerReference: pattern })).toEqual([]);
      // The title still ignores ASCII case.
      expect(await found({ title: a.title.toUpperCase(), customerReference: 'CX-Ref*' })).toEqual([a.id]);
    });
  });

  describe('a change of case or accents alone', () => {
    it('moves the stamp on upsert, so the stamp read before it is stale', async () => {
      const created = await upsert('RT-TITLE-1', { title: 'Café meeting', ...WHEN });
      const read = created.body.data.upsertAppointment.appointment;
      const stamps = [read.updatedAtMt];
      for (const title of ['CAFÉ MEETING', 'CAFE MEETING', 'CAFE MEETING ']) {
        const res = await upsert('RT-TITLE-1', { title, ...WHEN });
        expect(res.body.data.upsertAppointment).toMatchObject({ outcome: 'UPDATED', appointment: { title } });
        stamps.push(res.body.data.upsertAppointment.appointment.updatedAtMt);
      }
      expect(new Set(stamps).size).toBe(4);
      const same = await upsert('RT-TITLE-1', { title: 'CAFE MEETING ', ...WHEN });
      expect(same.body.data.upsertAppointment).toMatchObject({ outcome: 'UNCHANGED', appointment: { updatedAtMt: stamps[3] } });
      // The client that read the row first would overwrite all three changes: refused.
      const lost = await update(read.id, { updatedAtMt: read.updatedAtMt, title: 'Café meeting' });
      expect(firstError(lost)).toMatchObject({ code: 'stale-update', currentStamp: stamps[3] });
    });

    it('moves the stamp on update, so the stamp read before it is stale', async () => {
      const a = await insertAppointment(g.db, { title: 'Café meeting' });
      let stamp = a.updatedAtMt;
      for (const title of ['CAFÉ MEETING', 'CAFE MEETING']) {
        const res = await update(a.id, { updatedAtMt: stamp, title });
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.updateAppointment.title).toBe(title);
        expect(res.body.data.updateAppointment.updatedAtMt).not.toBe(stamp);
        stamp = res.body.data.updateAppointment.updatedAtMt;
      }
      const lost = await update(a.id, { updatedAtMt: a.updatedAtMt, title: 'Café meeting' });
      expect(firstError(lost)).toMatchObject({ code: 'stale-update', currentStamp: stamp });
    });
  });

  describe('stamps', () => {
    // A suffix with letters, so that another case is another string.
    const STAMP = '2026-01-05T09:00:00.000Z~abcdef12';

    it('sent in another case, or with a trailing space, are stale and change nothing', async () => {
      const a = await insertAppointment(g.db, { updatedAtMt: STAMP });
      const before = await snapshot(g.db);
      for (const sent of [STAMP.toUpperCase(), `${STAMP} `]) {
        const res = await update(a.id, { updatedAtMt: sent, title: 'lost' });
        expect(firstError(res)).toMatchObject({ code: 'stale-update', currentStamp: STAMP });
      }
      expect(await snapshot(g.db)).toEqual(before);
      const ok = await update(a.id, { updatedAtMt: STAMP, title: 'kept' });
      expect(ok.body.errors).toBeUndefined();
    });

    it("of an order's sign-off, sent in another case, are stale", async () => {
      const o = await arrangeOrder(g.db);
      await g.db.getRepository(Order).update(o.orderId, { updatedAt: STAMP });
      const input = { orderId: String(o.orderId), appointment: { apptId: String(o.apptId) } };
      const stale = await g.gql(SIGN_OFF, { input: { ...input, updatedAt: STAMP.toUpperCase() } });
      expect(firstError(stale)).toMatchObject({ code: 'stale-update', currentStamp: STAMP });
      const ok = await g.gql(SIGN_OFF, { input: { ...input, updatedAt: STAMP } });
      expect(ok.body.errors).toBeUndefined();
    });
  });
});
