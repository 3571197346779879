import { startTestGateway, TEST_EMPLOYEE_REFERENCE, TestGateway } from './support/test-gateway';
import { arrangeWorld, CREATE, createInput, insertAppointment, link, snapshot, World } from './appointment-mutations.fixtures';

/*
 * createAppointment over HTTP, on both databases: what is stored, what is refused, and that a
 * refused create leaves every table as it was.
 */
describe('createAppointment', () => {
  let g: TestGateway;
  let w: World;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    w = await arrangeWorld(g.db);
  });
  afterAll(async () => {
    await g.close();
  });

  /** Sends a create that must fail, and checks that nothing changed. */
  async function refused(input: Record<string, unknown>, monthFirst?: boolean) {
    const before = await snapshot(g.db);
    const res = await g.gql(CREATE, { input, monthFirst });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.data?.createAppointment ?? null).toBeNull();
    expect(await snapshot(g.db)).toEqual(before);
    return res.body.errors![0];
  }

  it('stores every writable field, links the contacts and sets the server-owned columns', async () => {
    const before = Date.now();
    const res = await g.gql(CREATE, {
      input: {
        reference: 'ref-create-1',
        title: 'Check the rest',
        note: 'a note',
        notes: 'notes',
        summary: 'sum',
        description: 'desc',
        location: 'Paris',
        startDate: '2016-10-12T09:20:00Z',
        endDate: '2016-10-12T11:25:00+02:00',
        dateStartLocal: '2016-10-12',
        dateStopLocal: '2016-10-12',
        timeStartLocal: '11:20',
        timeStopLocal: '11:25:00',
        dateStartOffice: '2016-10-12',
        dateStopOffice: '2016-10-13',
        timeStartOffice: '23:20:00',
        timeStopOffice: '00:25:00',
        allday: true,
        timeDuration: '5m',
        timeDurationS: 300,
        confirmed: true,
        confirmedAt: '2016-10-01T08:00:00Z',
        confirmedBy: 'ann',
        cancelled: false,
        sameDayCancel: true,
        onSiteCancel: true,
        optional: true,
        done: true,
        readyToSchedule: true,
        apptType: 'shoot',
        deliveryType: 'digital',
        requestedDate: '2016-10-10',
        requestedTime: '09:00',
        windowDateStart: '2016-10-10',
        windowDateEnd: '2016-10-20',
        windowTimeStart: 480,
        windowTimeEnd: 1020,
        fmApptId: 4,
        orderId: String(w.orderId),
        orderRequestId: 59,
        orderRequestApptId: 29,
        photographerUserId: String(w.photographerId),
        photographerName: 'Pat',
        userId: String(w.userId),
        customerId: String(w.customerId),
        appointmentCategoryId: String(w.categoryId),
        contacts: [String(w.contactIds[1]), String(w.contactIds[0])],
        organization: 'entity1',
      },
    });
    expect(res.body.errors).toBeUndefined();
    const a = res.body.data.createAppointment;
    expect(a).toMatchObject({
      reference: 'ref-create-1',
      title: 'Check the rest',
      note: 'a note',
      notes: 'notes',
      summary: 'sum',
      description: 'desc',
      location: 'Paris',
      startDate: '2016-10-12T09:20:00.000Z',
      endDate: '2016-10-12T09:25:00.000Z',
      dateStartUtc: '2016-10-12',
      timeStartUtc: '09:20:00',
      dateStopUtc: '2016-10-12',
      timeStopUtc: '09:25:00',
      dateStartLocal: '2016-10-12',
      timeStartLocal: '11:20:00',
      timeStopLocal: '11:25:00',
      dateStopOffice: '2016-10-13',
      allday: true,
      timeDuration: '5m',
      timeDurationS: 300,
      confirmed: true,
      confirmedAt: '2016-10-01T08:00:00.000Z',
      confirmedBy: 'ann',
      cancelled: false,
      sameDayCancel: true,
      onSiteCancel: true,
      optional: true,
      done: true,
      readyToSchedule: true,
      apptType: 'shoot',
      deliveryType: 'digital',
      requestedDate: '2016-10-10',
      requestedTime: '09:00:00',
      windowDateStart: '2016-10-10',
      windowDateEnd: '2016-10-20',
      windowTimeStart: 480,
      windowTimeEnd: 1020,
      fmApptId: 4,
      orderId: String(w.orderId),
      orderRequestId: 59,
      orderRequestApptId: 29,
      photographerUserId: String(w.photographerId),
      photographerName: 'Pat',
      userId: String(w.userId),
      customerId: String(w.customerId),
      appointmentCategoryId: String(w.categoryId),
      organization: 'entity1',
      createdBy: TEST_EMPLOYEE_REFERENCE,
      createdIn: 'planox2',
      updatedBy: TEST_EMPLOYEE_REFERENCE,
      updatedIn: 'planox2',
      signedOffAt: null,
    });
    expect(a.contacts.map((c: { id: string }) => c.id).sort()).toEqual([String(w.contactIds[0]), String(w.contactIds[1])].sort());
    expect(a.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.updatedAtMt).toEqual(expect.any(String));
    expect(Date.parse(a.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(a.dateCreated).toBe(a.createdAt);
    expect(a.lastUpdated).toBe(a.updatedAt);
  });

  it('leaves unsent fields at their defaults and accepts the UTC date+time pairs instead of the instants', async () => {
    const res = await g.gql(CREATE, {
      input: { title: 'utc', dateStartUtc: '2026-03-01', timeStartUtc: '10:00', dateStopUtc: '2026-03-01', timeStopUtc: '11:30:00' },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createAppointment).toMatchObject({
      startDate: '2026-03-01T10:00:00.000Z',
      endDate: '2026-03-01T11:30:00.000Z',
      reference: null,
      note: null,
      allday: false,
      done: false,
      customerId: null,
      contacts: [],
    });
  });

  it('accepts startDate together with a UTC pair that agrees, and refuses one that disagrees', async () => {
    const ok = await g.gql(CREATE, { input: createInput({ dateStartUtc: '2016-10-12', timeStartUtc: '09:20:00' }) });
    expect(ok.body.errors).toBeUndefined();
    const e = await refused(createInput({ dateStartUtc: '2016-10-13', timeStartUtc: '09:20:00' }));
    expect(e.extensions).toMatchObject({ code: 'date-validation-error', status: 400, params: ['startDate', 'dateStartUtc'] });
  });

  it('reads date-only inputs as MM/DD/YYYY with monthFirst, and refuses the other format either way', async () => {
    const dates = {
      dateStartLocal: '03/04/2026',
      dateStopLocal: '03/05/2026',
      requestedDate: '12/31/2025',
      windowDateStart: '03/01/2026',
      windowDateEnd: '03/31/2026',
    };
    const us = await g.gql(CREATE, { input: createInput(dates), monthFirst: true });
    expect(us.body.errors).toBeUndefined();
    expect(us.body.data.createAppointment).toMatchObject({
      dateStartLocal: '2026-03-04',
      dateStopLocal: '2026-03-05',
      requestedDate: '2025-12-31',
      windowDateStart: '2026-03-01',
      windowDateEnd: '2026-03-31',
    });
    const iso = await g.gql(CREATE, { input: createInput({ dateStartLocal: '2026-03-04' }), monthFirst: false });
    expect(iso.body.data.createAppointment.dateStartLocal).toBe('2026-03-04');
    const utc = await g.gql(CREATE, {
      input: { title: 'utc us', dateStartUtc: '03/04/2026', timeStartUtc: '10:00', dateStopUtc: '03/04/2026', timeStopUtc: '11:00' },
      monthFirst: true,
    });
    expect(utc.body.data.createAppointment.startDate).toBe('2026-03-04T10:00:00.000Z');

    for (const field of [
      'dateStartLocal',
      'dateStopLocal',
      'dateStartOffice',
      'dateStopOffice',
      'requestedDate',
      'windowDateStart',
      'windowDateEnd',
    ]) {
      const e1 = await refused(createInput({ [field]: '2026-03-04' }), true);
      expect(e1.extensions).toMatchObject({ code: 'invalid-datetime-format', status: 400, params: [field] });
      expect(e1.message).toContain(field);
      const e2 = await refused(createInput({ [field]: '03/04/2026' }), false);
      expect(e2.extensions).toMatchObject({ code: 'invalid-datetime-format', params: [field] });
    }
    const e3 = await refused(
      { title: 't', dateStartUtc: '2026-03-04', timeStartUtc: '10:00', dateStopUtc: '03/04/2026', timeStopUtc: '11:00' },
      true,
    );
    expect(e3.extensions).toMatchObject({ code: 'invalid-datetime-format', params: ['dateStartUtc'] });
  });

  it('reads M/D/YYYY without leading zeros with monthFirst, as the FileMaker apps write it', async () => {
    const res = await g.gql(CREATE, {
      input: createInput({ dateStartLocal: '3/4/2026', dateStopLocal: '12/31/2026', requestedDate: '2/29/2028' }),
      monthFirst: true,
    });
    expect(res.body.errors).toBeUndefined();
    const stored = await g.db.query('SELECT date_start_local, date_stop_local, requested_date FROM appointments WHERE id = ?', [
      Number(res.body.data.createAppointment.id),
    ]);
    expect(stored).toEqual([{ date_start_local: '2026-03-04', date_stop_local: '2026-12-31', requested_date: '2028-02-29' }]);
    for (const bad of ['13/1/2026', '2/29/2027']) {
      const e = await refused(createInput({ dateStartLocal: bad }), true);
      expect(e.extensions).toMatchObject({ code: 'invalid-datetime-format', params: ['dateStartLocal'] });
    }
  });

  it('refuses malformed instants and times with invalid-datetime-format naming the field', async () => {
    for (const [field, value] of [
      ['startDate', '2016-10-1Z'],
      ['endDate', '2016-10-12 09:25:00'],
      ['confirmedAt', 'yesterday'],
      ['timeStartLocal', '25:00'],
      ['requestedTime', '9am'],
      ['timeStopOffice', '12:60'],
    ] as const) {
      const e = await refused(createInput({ [field]: value }));
      expect(e.extensions).toMatchObject({ code: 'invalid-datetime-format', status: 400, params: [field] });
    }
  });

  it("answers a missing title with missing-param in the seed's words, with variables and with a literal", async () => {
    const e = await refused({ startDate: '2016-10-12T09:20:00Z', endDate: '2016-10-12T09:25:00Z' });
    expect(e.message).toBe('title parameter is missing');
    expect(e.extensions).toMatchObject({ code: 'missing-param', status: 400, params: ['title'] });
    const before = await snapshot(g.db);
    const literal = await g.gql(
      'mutation { createAppointment(input: { startDate: "2016-10-12T09:20:00Z", endDate: "2016-10-12T09:25:00Z" }) { id } }',
    );
    expect(literal.body.errors![0]).toMatchObject({
      message: 'title parameter is missing',
      extensions: { code: 'missing-param', params: ['title'] },
    });
    expect(await snapshot(g.db)).toEqual(before);
    const empty = await refused(createInput({ title: '' }));
    expect(empty.extensions).toMatchObject({ code: 'missing-param', params: ['title'] });
  });

  it('answers a missing start or end with missing-param', async () => {
    expect((await refused({ title: 't', endDate: '2016-10-12T09:25:00Z' })).extensions).toMatchObject({
      code: 'missing-param',
      params: ['startDate'],
    });
    expect((await refused({ title: 't', startDate: '2016-10-12T09:25:00Z' })).extensions).toMatchObject({
      code: 'missing-param',
      params: ['endDate'],
    });
    expect((await refused({ title: 't', dateStartUtc: '2016-10-12', endDate: '2016-10-12T09:25:00Z' })).extensions).toMatchObject({
      code: 'missing-param',
      params: ['timeStartUtc'],
    });
  });

  it('refuses pairs that end before they start with date-validation-error', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ startDate: '2016-10-12T09:20:00Z', endDate: '2016-10-12T09:19:59Z' }, ['startDate', 'endDate']],
      [
        { dateStartLocal: '2016-10-12', timeStartLocal: '10:00', dateStopLocal: '2016-10-12', timeStopLocal: '09:00' },
        ['dateStartLocal', 'timeStartLocal', 'dateStopLocal', 'timeStopLocal'],
      ],
      [{ dateStartLocal: '2016-10-12', dateStopLocal: '2016-10-11' }, ['dateStartLocal', 'dateStopLocal']],
      [
        { dateStartOffice: '2016-10-13', timeStartOffice: '10:00', dateStopOffice: '2016-10-12', timeStopOffice: '11:00' },
        ['dateStartOffice', 'timeStartOffice', 'dateStopOffice', 'timeStopOffice'],
      ],
      [{ windowDateStart: '2016-10-20', windowDateEnd: '2016-10-10' }, ['windowDateStart', 'windowDateEnd']],
      [{ windowTimeStart: 600, windowTimeEnd: 540 }, ['windowDateStart', 'windowTimeStart', 'windowDateEnd', 'windowTimeEnd']],
      [
        {
          dateStartUtc: '2016-10-12',
          timeStartUtc: '10:00',
          dateStopUtc: '2016-10-12',
          timeStopUtc: '09:00',
          startDate: undefined,
          endDate: undefined,
        },
        ['startDate', 'endDate'],
      ],
    ];
    for (const [fields, params] of cases) {
      const e = await refused(JSON.parse(JSON.stringify(createInput(fields))));
      expect(e.extensions).toMatchObject({ code: 'date-validation-error', status: 400, params });
    }
    const ok = await g.gql(CREATE, {
      input: createInput({
        dateStartOffice: '2016-10-12',
        timeStartOffice: '23:00',
        dateStopOffice: '2016-10-13',
        timeStopOffice: '01:00',
      }),
    });
    expect(ok.body.errors).toBeUndefined();
  });

  it('refuses values that break a rule with invalid-param, and wrong types with invalid-param-type', async () => {
    const rules: [Record<string, unknown>, string][] = [
      [{ title: 'x'.repeat(256) }, 'title'],
      [{ reference: 'r'.repeat(101) }, 'reference'],
      [{ location: 'l'.repeat(256) }, 'location'],
      [{ timeDuration: 'd'.repeat(33) }, 'timeDuration'],
      [{ apptType: 'a'.repeat(51) }, 'apptType'],
      [{ timeDurationS: -1 }, 'timeDurationS'],
      [{ windowTimeStart: 1440 }, 'windowTimeStart'],
      [{ windowTimeEnd: -1 }, 'windowTimeEnd'],
      [{ note: '😀'.repeat(16384) }, 'note'],
    ];
    for (const [fields, param] of rules) {
      const e = await refused(createInput(fields));
      expect(e.extensions).toMatchObject({ code: 'invalid-param', status: 400, params: [param] });
    }
    for (const [fields, param] of [
      [{ timeDurationS: 'long' }, 'input'],
      [{ done: 'yes' }, 'input'],
      [{ customerId: 'abc' }, 'customerId'],
      [{ contacts: ['1', 'x'] }, 'contacts'],
    ] as const) {
      const e = await refused(createInput(fields));
      expect(e.extensions).toMatchObject({ code: 'invalid-param-type', status: 400, params: [param] });
    }
    const n = await refused(createInput({ done: null }));
    expect(n.extensions).toMatchObject({ code: 'invalid-param', params: ['done'] });
  });

  it("refuses ids of rows that do not exist with invalid-param in the seed's words", async () => {
    const cases: [string, unknown, string][] = [
      ['customerId', '999999', "The customer with the id 999999 doesn't exist."],
      ['appointmentCategoryId', '999999', "The appointment category with the id 999999 doesn't exist."],
      ['orderId', '999999', "The order with the id 999999 doesn't exist."],
      ['userId', '999999', "The user with the id 999999 doesn't exist."],
      ['photographerUserId', '999999', "The photographer with the id 999999 doesn't exist."],
      ['contacts', [String(w.contactIds[0]), '999999'], "The contact with the id 999999 doesn't exist."],
    ];
    for (const [field, value, message] of cases) {
      const e = await refused(createInput({ [field]: value }));
      expect(e).toMatchObject({ message, extensions: { code: 'invalid-param', status: 400, params: [field] } });
    }
  });

  it("refuses a reference another appointment has with save-failed, without the driver's text", async () => {
    const taken = await insertAppointment(g.db);
    await link(g.db, taken.id, [w.contactIds[0]]);
    const e = await refused(
      createInput({ reference: taken.reference, customerId: String(w.customerId), contacts: [String(w.contactIds[1])] }),
    );
    expect(e.extensions).toMatchObject({ code: 'save-failed', status: 400, params: ['reference'] });
    expect(e.message).not.toMatch(/duplicate|uq_|constraint|sqlite|ER_/i);
  });

  it('does not accept server-owned columns as input', async () => {
    for (const field of ['id', 'uuid', 'createdBy', 'updatedIn', 'updatedAtMt', 'createdAt', 'signedOffAt', 'cancelReason']) {
      const e = await refused(createInput({ [field]: 'x' }));
      expect(e.extensions.code).toMatch(/^invalid-param-type|invalid-query$/);
    }
  });
});
