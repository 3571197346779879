import { startTestGateway, TEST_EMPLOYEE_REFERENCE, TestGateway } from './support/test-gateway';
import {
  arrangeWorld,
  DELETE,
  DELETE_BY_REFERENCE,
  insertAppointment,
  link,
  snapshot,
  UPSERT,
  World,
} from './appointment-mutations.fixtures';

const BASE = { title: 'Shoot', startDate: '2026-02-01T09:00:00Z', endDate: '2026-02-01T10:00:00Z' };

describe('upsertAppointment', () => {
  let g: TestGateway;
  let w: World;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    w = await arrangeWorld(g.db);
  });
  afterAll(async () => {
    await g.close();
  });

  const upsert = (reference: string, input: Record<string, unknown>, monthFirst?: boolean, headers?: Record<string, string>) =>
    g.gql(UPSERT, { reference, input, monthFirst }, headers);

  it('creates, then reports UNCHANGED for the same values and UPDATED for new ones, overwriting only the fields sent', async () => {
    const created = await upsert('up-1', {
      ...BASE,
      note: 'first',
      location: 'Lyon',
      customerId: String(w.customerId),
      contacts: [String(w.contactIds[0])],
    });
    expect(created.body.errors).toBeUndefined();
    const c = created.body.data.upsertAppointment;
    expect(c.outcome).toBe('CREATED');
    expect(c.appointment).toMatchObject({
      reference: 'up-1',
      title: 'Shoot',
      note: 'first',
      location: 'Lyon',
      contacts: [{ id: String(w.contactIds[0]) }],
      createdBy: TEST_EMPLOYEE_REFERENCE,
      createdIn: 'planox2',
      updatedBy: TEST_EMPLOYEE_REFERENCE,
    });

    const same = await upsert('up-1', { ...BASE, note: 'first', customerId: String(w.customerId), contacts: [String(w.contactIds[0])] });
    expect(same.body.data.upsertAppointment.outcome).toBe('UNCHANGED');
    expect(same.body.data.upsertAppointment.appointment).toMatchObject({
      id: c.appointment.id,
      uuid: c.appointment.uuid,
      updatedAtMt: c.appointment.updatedAtMt,
      updatedAt: c.appointment.updatedAt,
      location: 'Lyon',
    });

    const changed = await upsert('up-1', { ...BASE, title: 'Shoot 2', note: null });
    const u = changed.body.data.upsertAppointment;
    expect(u.outcome).toBe('UPDATED');
    expect(u.appointment).toMatchObject({
      id: c.appointment.id,
      uuid: c.appointment.uuid,
      title: 'Shoot 2',
      note: null,
      location: 'Lyon',
      createdAt: c.appointment.createdAt,
    });
    expect(u.appointment.contacts).toEqual([{ id: String(w.contactIds[0]) }]);
    expect(u.appointment.updatedAtMt).not.toBe(c.appointment.updatedAtMt);

    const contactsOnly = await upsert('up-1', {
      ...BASE,
      title: 'Shoot 2',
      customerId: String(w.customerId),
      contacts: [String(w.contactIds[1])],
    });
    expect(contactsOnly.body.data.upsertAppointment.outcome).toBe('UPDATED');
    expect(contactsOnly.body.data.upsertAppointment.appointment.contacts).toEqual([{ id: String(w.contactIds[1]) }]);
    expect(contactsOnly.body.data.upsertAppointment.appointment.updatedAtMt).not.toBe(u.appointment.updatedAtMt);
    expect(await g.db.query('SELECT COUNT(*) AS n FROM appointments WHERE reference = ?', ['up-1'])).toEqual([
      { n: g.kind === 'mysql' ? '1' : 1 },
    ]);
  });

  it('reports UNCHANGED for an instant sent in another offset, and honours monthFirst', async () => {
    const first = await upsert('up-2', { ...BASE, dateStartLocal: '02/01/2026', allday: true }, true);
    expect(first.body.data.upsertAppointment).toMatchObject({
      outcome: 'CREATED',
      appointment: { dateStartLocal: '2026-02-01', allday: true },
    });
    const again = await upsert('up-2', { ...BASE, startDate: '2026-02-01T10:00:00+01:00', dateStartLocal: '2026-02-01', allday: true });
    expect(again.body.data.upsertAppointment.outcome).toBe('UNCHANGED');
  });

  it('refuses what create refuses, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ startDate: BASE.startDate, endDate: BASE.endDate }, 'missing-param', 'title'],
      [{ title: 't', endDate: BASE.endDate }, 'missing-param', 'startDate'],
      [{ ...BASE, endDate: '2026-02-01T08:00:00Z' }, 'date-validation-error', 'startDate'],
      [{ ...BASE, customerId: '999999' }, 'invalid-param', 'customerId'],
      [{ ...BASE, requestedDate: '2026-02-01' }, 'invalid-datetime-format', 'requestedDate'],
    ];
    await upsert('up-3', BASE);
    for (const [input, code, param] of cases) {
      for (const reference of ['up-3', 'up-new']) {
        const before = await snapshot(g.db);
        const res = await upsert(reference, input, code === 'invalid-datetime-format');
        expect(res.body.errors![0].extensions).toMatchObject({ code });
        expect(res.body.errors![0].extensions.params).toContain(param);
        expect(await snapshot(g.db)).toEqual(before);
      }
    }
    const before = await snapshot(g.db);
    const long = await upsert('r'.repeat(101), BASE);
    expect(long.body.errors![0].extensions).toMatchObject({ code: 'invalid-param', params: ['reference'] });
    const liaison = await g.tokenFor({ role: 'liaison', customerIds: [w.customerId] });
    const denied = await upsert('up-3', { ...BASE, customerId: String(w.customerId) }, false, liaison);
    expect(denied.body.errors![0].extensions).toMatchObject({ code: 'permission-denied', status: 403 });
    expect(await snapshot(g.db)).toEqual(before);
  });
});

describe('deleteAppointment', () => {
  let g: TestGateway;
  let w: World;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    w = await arrangeWorld(g.db);
  });
  afterAll(async () => {
    await g.close();
  });

  it('deletes by id with its contact links; the customer, contacts and order stay', async () => {
    const a = await insertAppointment(g.db, { customerId: w.customerId, orderId: w.orderId });
    const b = await insertAppointment(g.db);
    await link(g.db, a.id, [w.contactIds[0], w.contactIds[1]]);
    await link(g.db, b.id, [w.contactIds[0]]);
    const res = await g.gql(DELETE, { id: String(a.id) });
    expect(res.body).toEqual({ data: { deleteAppointment: { success: true, id: String(a.id) } } });
    expect(await g.db.query('SELECT appointment_id, contact_id FROM appointment_contacts ORDER BY appointment_id')).toEqual([
      { appointment_id: b.id, contact_id: w.contactIds[0] },
    ]);
    expect(await g.db.query('SELECT id FROM appointments WHERE id = ?', [a.id])).toEqual([]);
    expect(await g.db.query('SELECT id FROM customers WHERE id = ?', [w.customerId])).toHaveLength(1);
    expect(await g.db.query('SELECT id FROM orders WHERE id = ?', [w.orderId])).toHaveLength(1);
    expect(await g.db.query('SELECT id FROM contacts')).toHaveLength(3);
  });

  it('deletes by reference', async () => {
    const a = await insertAppointment(g.db);
    const res = await g.gql(DELETE_BY_REFERENCE, { reference: a.reference });
    expect(res.body.data.deleteAppointmentByReference).toEqual({ success: true, id: String(a.id) });
  });

  async function refused(doc: string, variables: Record<string, unknown>, headers?: Record<string, string>) {
    const before = await snapshot(g.db);
    const res = await g.gql(doc, variables, headers);
    expect(res.body.errors).toHaveLength(1);
    expect(await snapshot(g.db)).toEqual(before);
    return res.body.errors![0];
  }

  it('refuses a signed-off appointment with delete-failed, and unknown ones with not-found', async () => {
    const a = await insertAppointment(g.db, { signedOffAt: new Date('2026-01-10T00:00:00Z') });
    await link(g.db, a.id, [w.contactIds[2]]);
    const e = await refused(DELETE, { id: String(a.id) });
    expect(e.message).toMatch(/^Failed to delete instance\. .*signed off/);
    expect(e.extensions).toMatchObject({ code: 'delete-failed', status: 400 });
    expect(await refused(DELETE, { id: '999999' })).toMatchObject({
      message: "The appointment with the id 999999 doesn't exist.",
      extensions: { code: 'not-found', status: 404 },
    });
    expect((await refused(DELETE_BY_REFERENCE, { reference: 'nope' })).extensions).toMatchObject({ code: 'not-found' });
    expect((await refused(DELETE, { id: 'x1' })).extensions).toMatchObject({ code: 'invalid-param-type' });
  });

  it('lets only roles with the delete grant delete', async () => {
    const a = await insertAppointment(g.db, { customerId: w.customerId });
    const liaison = await g.tokenFor({ role: 'liaison', customerIds: [w.customerId] });
    expect((await refused(DELETE, { id: String(a.id) }, liaison)).extensions).toMatchObject({ code: 'permission-denied', status: 403 });
  });
});
