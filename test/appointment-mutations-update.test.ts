import { startTestGateway, TEST_EMPLOYEE_REFERENCE, TestGateway } from './support/test-gateway';
import { arrangeWorld, insertAppointment, link, snapshot, UPDATE, UPDATE_BY_REFERENCE, World } from './appointment-mutations.fixtures';

/* updateAppointment / updateAppointmentByReference: partial updates, the concurrency stamp, and refusals that change nothing. */
describe('updateAppointment', () => {
  let g: TestGateway;
  let w: World;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    w = await arrangeWorld(g.db);
  });
  afterAll(async () => {
    await g.close();
  });

  async function refused(id: number | string, input: Record<string, unknown>, headers?: Record<string, string>, monthFirst?: boolean) {
    const before = await snapshot(g.db);
    const res = await g.gql(UPDATE, { id: String(id), input, monthFirst }, headers);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.data?.updateAppointment ?? null).toBeNull();
    expect(await snapshot(g.db)).toEqual(before);
    return res.body.errors![0];
  }

  it('writes without contacts as one conditional UPDATE in a transaction (so it can be rolled back if the request ends), reading first only what the write depends on', async () => {
    const a = await insertAppointment(g.db, { customerId: w.customerId });
    const kinds = () => g.counter.statements.map((sql) => /^\s*(\w+(?: TRANSACTION)?)/i.exec(sql)![1].toUpperCase());
    g.counter.reset();
    const plain = await g.gql(
      'mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { updatedAtMt } }',
      { id: String(a.id), input: { updatedAtMt: a.updatedAtMt, title: 'One statement' } },
    );
    expect(plain.body.errors).toBeUndefined();
    // A title depends on nothing stored: the conditional UPDATE, then the row as written.
    const begin = g.kind === 'mysql' ? 'START TRANSACTION' : 'BEGIN TRANSACTION';
    expect(kinds()).toEqual([begin, 'UPDATE', 'COMMIT', 'SELECT']);
    // An end date is checked against the stored start: the row is read first.
    g.counter.reset();
    const dated = await g.gql(
      'mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { updatedAtMt } }',
      {
        id: String(a.id),
        input: {
          updatedAtMt: plain.body.data.updateAppointment.updatedAtMt,
          endDate: new Date(a.startDate.getTime() + 7_200_000).toISOString(),
        },
      },
    );
    expect(dated.body.errors).toBeUndefined();
    expect(kinds()).toEqual([begin, 'SELECT', 'UPDATE', 'COMMIT', 'SELECT']);
    g.counter.reset();
    const linked = await g.gql('mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { id } }', {
      id: String(a.id),
      input: { updatedAtMt: dated.body.data.updateAppointment.updatedAtMt, contacts: [String(w.contactIds[0])] },
    });
    expect(linked.body.errors).toBeUndefined();
    expect(kinds()[0]).toMatch(/^(START|BEGIN) TRANSACTION$/);
    expect(kinds()).toContain('COMMIT');
  });

  it('changes only the fields sent, clears the ones sent as null, and moves the stamp and audit columns', async () => {
    const a = await insertAppointment(g.db, {
      note: 'keep me',
      location: 'Paris',
      done: true,
      customerId: w.customerId,
      timeDurationS: 60,
    });
    await link(g.db, a.id, [w.contactIds[0]]);
    const res = await g.gql(UPDATE, {
      id: String(a.id),
      input: {
        updatedAtMt: a.updatedAtMt,
        title: 'New title',
        location: null,
        timeDurationS: null,
        contacts: [String(w.contactIds[1]), String(w.contactIds[2])],
      },
    });
    expect(res.body.errors).toBeUndefined();
    const u = res.body.data.updateAppointment;
    expect(u).toMatchObject({
      title: 'New title',
      note: 'keep me',
      location: null,
      done: true,
      timeDurationS: null,
      customerId: String(w.customerId),
      startDate: a.startDate.toISOString(),
      createdBy: 'fixture',
      updatedBy: TEST_EMPLOYEE_REFERENCE,
      updatedIn: 'planox2',
      uuid: a.uuid,
      reference: a.reference,
    });
    expect(u.contacts.map((c: { id: string }) => Number(c.id)).sort()).toEqual([w.contactIds[1], w.contactIds[2]].sort());
    expect(u.updatedAtMt).not.toBe(a.updatedAtMt);
    expect(Date.parse(u.updatedAt)).toBeGreaterThan(a.updatedAt.getTime());
    expect(u.createdAt).toBe(a.createdAt.toISOString());

    const again = await g.gql(UPDATE, { id: String(a.id), input: { updatedAtMt: u.updatedAtMt, contacts: null } });
    expect(again.body.data.updateAppointment).toMatchObject({ title: 'New title', contacts: [] });
    expect(again.body.data.updateAppointment.updatedAtMt).not.toBe(u.updatedAtMt);
  });

  it('gives every write a new stamp, even with nothing but the stamp sent', async () => {
    const a = await insertAppointment(g.db);
    const stamps = new Set([a.updatedAtMt]);
    let stamp = a.updatedAtMt;
    for (let i = 0; i < 5; i += 1) {
      const res = await g.gql(UPDATE, { id: String(a.id), input: { updatedAtMt: stamp } });
      stamp = res.body.data.updateAppointment.updatedAtMt;
      stamps.add(stamp);
    }
    expect(stamps.size).toBe(6);
  });

  it('moves the UTC views with startDate, and completes a half-sent UTC pair from the stored instant', async () => {
    const a = await insertAppointment(g.db, { startDate: new Date('2026-01-05T09:00:00Z'), endDate: new Date('2026-01-05T10:00:00Z') });
    const r1 = await g.gql(UPDATE, { id: String(a.id), input: { updatedAtMt: a.updatedAtMt, startDate: '2026-01-04T23:30:00-01:00' } });
    expect(r1.body.data.updateAppointment).toMatchObject({
      startDate: '2026-01-05T00:30:00.000Z',
      dateStartUtc: '2026-01-05',
      timeStartUtc: '00:30:00',
    });
    const r2 = await g.gql(UPDATE, {
      id: String(a.id),
      input: { updatedAtMt: r1.body.data.updateAppointment.updatedAtMt, timeStopUtc: '12:15' },
    });
    expect(r2.body.data.updateAppointment).toMatchObject({ endDate: '2026-01-05T12:15:00.000Z', dateStopUtc: '2026-01-05' });
    const r3 = await g.gql(UPDATE, {
      id: String(a.id),
      input: { updatedAtMt: r2.body.data.updateAppointment.updatedAtMt, dateStopUtc: '01/06/2026' },
      monthFirst: true,
    });
    expect(r3.body.data.updateAppointment).toMatchObject({ endDate: '2026-01-06T12:15:00.000Z' });
  });

  it('checks start/end order against the stored values', async () => {
    const a = await insertAppointment(g.db, {
      startDate: new Date('2026-01-05T09:00:00Z'),
      endDate: new Date('2026-01-05T10:00:00Z'),
      windowDateStart: '2026-01-01',
    });
    expect((await refused(a.id, { updatedAtMt: a.updatedAtMt, endDate: '2026-01-05T08:00:00Z' })).extensions).toMatchObject({
      code: 'date-validation-error',
      params: ['startDate', 'endDate'],
    });
    expect((await refused(a.id, { updatedAtMt: a.updatedAtMt, windowDateEnd: '2025-12-31' })).extensions).toMatchObject({
      code: 'date-validation-error',
      params: ['windowDateStart', 'windowDateEnd'],
    });
  });

  it('refuses to clear a required column', async () => {
    const a = await insertAppointment(g.db);
    for (const field of ['title', 'startDate', 'endDate', 'dateStartUtc', 'timeStopUtc', 'allday', 'done']) {
      const e = await refused(a.id, { updatedAtMt: a.updatedAtMt, [field]: null });
      expect(e.extensions).toMatchObject({ code: 'invalid-param', status: 400, params: [field] });
    }
  });

  it('answers a stamp that is not current with stale-update, the current stamp, and no change', async () => {
    const a = await insertAppointment(g.db);
    const e = await refused(a.id, { updatedAtMt: `${a.updatedAtMt}x`, title: 'lost' });
    expect(e.extensions).toMatchObject({
      code: 'stale-update',
      status: 409,
      params: ['updatedAtMt'],
      currentStamp: a.updatedAtMt,
      currentUpdatedAtMt: a.updatedAtMt,
    });
    const ok = await g.gql(UPDATE, { id: String(a.id), input: { updatedAtMt: a.updatedAtMt, title: 'first' } });
    expect(ok.body.errors).toBeUndefined();
    const late = await refused(a.id, { updatedAtMt: a.updatedAtMt, title: 'second' });
    expect(late.extensions).toMatchObject({ code: 'stale-update', currentUpdatedAtMt: ok.body.data.updateAppointment.updatedAtMt });
  });

  it('answers a missing stamp with missing-param, a missing row with not-found, a bad id with invalid-param-type', async () => {
    const a = await insertAppointment(g.db);
    const missing = await refused(a.id, { title: 'x' });
    expect(missing).toMatchObject({
      message: 'updatedAtMt parameter is missing',
      extensions: { code: 'missing-param', params: ['updatedAtMt'] },
    });
    const gone = await refused(999999, { updatedAtMt: 'x' });
    expect(gone).toMatchObject({
      message: "The appointment with the id 999999 doesn't exist.",
      extensions: { code: 'not-found', status: 404 },
    });
    expect((await refused('12abc', { updatedAtMt: 'x' })).extensions).toMatchObject({ code: 'invalid-param-type', params: ['id'] });
  });

  it('refuses a reference another appointment has with save-failed, and unknown ids with invalid-param', async () => {
    const a = await insertAppointment(g.db, { customerId: w.customerId });
    const b = await insertAppointment(g.db);
    await link(g.db, a.id, [w.contactIds[0]]);
    const e = await refused(a.id, { updatedAtMt: a.updatedAtMt, reference: b.reference, contacts: [String(w.contactIds[2])] });
    expect(e.extensions).toMatchObject({ code: 'save-failed', status: 400 });
    expect(e.message).not.toMatch(/duplicate|uq_|constraint/i);
    const c = await refused(a.id, { updatedAtMt: a.updatedAtMt, title: 'x', customerId: '424242' });
    expect(c).toMatchObject({
      message: "The customer with the id 424242 doesn't exist.",
      extensions: { code: 'invalid-param', params: ['customerId'] },
    });
    const f = await refused(a.id, { updatedAtMt: a.updatedAtMt, title: 'x', requestedDate: '2026-13-01' });
    expect(f.extensions).toMatchObject({ code: 'invalid-datetime-format', params: ['requestedDate'] });
  });

  it('updates by reference, and answers an unknown reference with not-found', async () => {
    const a = await insertAppointment(g.db);
    const res = await g.gql(UPDATE_BY_REFERENCE, { reference: a.reference, input: { updatedAtMt: a.updatedAtMt, summary: 'by ref' } });
    expect(res.body.data.updateAppointmentByReference).toMatchObject({ id: String(a.id), summary: 'by ref' });
    const before = await snapshot(g.db);
    const gone = await g.gql(UPDATE_BY_REFERENCE, { reference: 'nope', input: { updatedAtMt: 'x' } });
    expect(gone.body.errors![0]).toMatchObject({
      message: "The appointment with the reference nope doesn't exist.",
      extensions: { code: 'not-found' },
    });
    expect(await snapshot(g.db)).toEqual(before);
    // A new reference for a row named by its old one: answered with the row as renamed.
    const renamed = await g.gql(UPDATE_BY_REFERENCE, {
      reference: a.reference,
      input: { updatedAtMt: res.body.data.updateAppointmentByReference.updatedAtMt, reference: `${a.reference}-NEW` },
    });
    expect(renamed.body.errors).toBeUndefined();
    expect(renamed.body.data.updateAppointmentByReference).toMatchObject({
      id: String(a.id),
      reference: `${a.reference}-NEW`,
      summary: 'by ref',
    });
  });

  it('lets a liaison update rows of their customers only, and not move one to another customer', async () => {
    const liaison = await g.tokenFor({ role: 'liaison', customerIds: [w.customerId] });
    const mine = await insertAppointment(g.db, { customerId: w.customerId });
    const theirs = await insertAppointment(g.db, { customerId: w.otherCustomerId });
    const ok = await g.gql(UPDATE, { id: String(mine.id), input: { updatedAtMt: mine.updatedAtMt, note: 'liaison' } }, liaison);
    expect(ok.body.errors).toBeUndefined();
    const stamp = ok.body.data.updateAppointment.updatedAtMt;
    const hidden = await refused(theirs.id, { updatedAtMt: theirs.updatedAtMt, note: 'x' }, liaison);
    expect(hidden).toMatchObject({ message: `The appointment with the id ${theirs.id} doesn't exist.`, extensions: { code: 'not-found' } });
    const move = await refused(mine.id, { updatedAtMt: stamp, customerId: String(w.otherCustomerId) }, liaison);
    expect(move).toMatchObject({
      message: `The customer with the id ${w.otherCustomerId} doesn't exist.`,
      extensions: { code: 'invalid-param', params: ['customerId'] },
    });
    const client = await g.tokenFor({ role: 'client', customerIds: [w.customerId] });
    expect((await refused(mine.id, { updatedAtMt: stamp, note: 'x' }, client)).extensions).toMatchObject({
      code: 'permission-denied',
      status: 403,
    });
  });
});
