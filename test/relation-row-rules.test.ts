import { newStamp } from '../src/domain/stamp';
import { Appointment, Contact, Customer, Employee, Order, User } from '../src/database/entities';
import { insertAppointment, link as linkContacts } from './appointment-mutations.fixtures';
import { tableChecksum } from './support/table-checksum';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * Attack cases of issue 15, kept as the project's memory: a row reached through a relation
 * obeys the row rules of its own query, and every pointer a write sets must name a row that
 * belongs with the appointment (integrity, for employees too).
 *
 * The fixture plants, directly in the database (as another application could), an appointment
 * of customer OWN that points at an order and a contact of customer OTHER.
 */

const T0 = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

describe('row rules on relations and integrity of pointers', () => {
  let g: TestGateway;
  const ids = {} as Record<string, number>;
  let employee: Record<string, string>;
  let liaison: Record<string, string>;
  let client: Record<string, string>;

  async function insert<T>(entity: new () => T, values: Partial<T>): Promise<number> {
    return (await g.db.getRepository(entity).insert(values as never)).identifiers[0].id as number;
  }

  async function appointment(customerId: number | null, extra: Partial<Appointment> = {}): Promise<{ id: number; stamp: string }> {
    const row = await insertAppointment(g.db, { customerId, ...extra });
    return { id: row.id, stamp: row.updatedAtMt };
  }

  const link = (appointmentId: number, contactIds: number[]) => linkContacts(g.db, appointmentId, contactIds);

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    for (const c of ['OWN', 'OTHER', 'THIRD'])
      ids[c] = await insert(Customer, { reference: `RR-${c}`, name: `Customer ${c}`, createdAt: T0 });
    ids.contactOwn = await insert(Contact, { customerId: ids.OWN, name: 'Own Contact', email: 'own@example.com', phone: '1' });
    ids.contactOwn2 = await insert(Contact, { customerId: ids.OWN, name: 'Own Contact 2', email: 'own2@example.com', phone: '2' });
    ids.contactOther = await insert(Contact, { customerId: ids.OTHER, name: 'Other Contact', email: 'other@example.com', phone: '3' });
    ids.contactThird = await insert(Contact, { customerId: ids.THIRD, name: 'Third Contact', email: 'third@example.com', phone: '4' });
    ids.orderOwn = await insert(Order, {
      reference: 'RR-O-OWN',
      customerId: ids.OWN,
      createdAt: T0,
      lastUpdated: T0,
      updatedAt: newStamp(T0),
    });
    ids.orderOther = await insert(Order, {
      reference: 'RR-O-OTHER',
      customerId: ids.OTHER,
      createdAt: T0,
      lastUpdated: T0,
      updatedAt: newStamp(T0),
    });
    const user = (reference: string) =>
      insert(User, { reference, name: `User ${reference}`, email: `${reference}@example.com`, createdAt: T0 });
    ids.staff = await user('rr-staff');
    await insert(Employee, { userId: ids.staff, photographer: false, title: 'Scheduler' });
    ids.photographer = await user('rr-photographer');
    await insert(Employee, { userId: ids.photographer, photographer: true, title: 'Photographer' });
    ids.nobody = await user('rr-nobody');
    employee = await g.tokenFor({ role: 'employee' });
    liaison = await g.tokenFor({ role: 'liaison', customerIds: [ids.OWN, ids.THIRD] });
    client = await g.tokenFor({ role: 'client', customerIds: [ids.OWN] });
  });
  afterAll(async () => {
    await g.close();
  });

  describe('reads through relations', () => {
    let planted: number;
    beforeAll(async () => {
      planted = (await appointment(ids.OWN, { orderId: ids.orderOther, photographerUserId: ids.photographer, userId: ids.staff })).id;
      await link(planted, [ids.contactOwn, ids.contactOther]);
      // An appointment of OTHER planted on OWN's order: a client of OWN must not see it through the order.
      await appointment(ids.OTHER, { orderId: ids.orderOwn });
      await appointment(ids.OWN, { orderId: ids.orderOwn });
    });

    const RELATIONS = `id order { id customer { id } lineItems { id } signOffs { id } appointments { id customerId } }
      contacts { id name email phone } photographer { id name email reference } user { id name email reference } customer { id }`;

    it('answers a foreign order as null and leaves foreign contacts out, on every read path', async () => {
      const planted2 = await g.db.getRepository(Appointment).findOneByOrFail({ id: planted });
      const res = await g.gql(
        `query($id: ID!, $ref: String!, $uuid: String!, $ids: [ID!]) {
        a: appointment(id: $id) { ${RELATIONS} }
        b: appointmentByReference(reference: $ref) { ${RELATIONS} }
        c: appointmentByUuid(uuid: $uuid) { ${RELATIONS} }
        d: appointments(filter: { ids: $ids }) { data { ${RELATIONS} } }
        e: appointmentsConnection(filter: { ids: $ids }) { nodes { ${RELATIONS} } edges { node { ${RELATIONS} } } } }`,
        { id: String(planted), ref: planted2.reference, uuid: planted2.uuid, ids: [String(planted)] },
        client,
      );
      expect(res.body.errors).toBeUndefined();
      const d = res.body.data;
      for (const row of [d.a, d.b, d.c, d.d.data[0], d.e.nodes[0], d.e.edges[0].node]) {
        expect(row.order).toBeNull();
        expect(row.contacts.map((c: { id: string }) => Number(c.id))).toEqual([ids.contactOwn]);
        expect(row.customer).toEqual({ id: String(ids.OWN) });
        // Staff reached through an appointment: their name and reference, not their email.
        expect(row.photographer).toEqual({
          id: String(ids.photographer),
          name: 'User rr-photographer',
          email: null,
          reference: 'rr-photographer',
        });
        expect(row.user).toEqual({ id: String(ids.staff), name: 'User rr-staff', email: null, reference: 'rr-staff' });
      }
    });

    it('shows an employee every relation whole', async () => {
      const res = await g.gql(`query($id: ID!) { appointment(id: $id) { ${RELATIONS} } }`, { id: String(planted) }, employee);
      expect(res.body.errors).toBeUndefined();
      const a = res.body.data.appointment;
      expect(Number(a.order.id)).toBe(ids.orderOther);
      expect(a.contacts.map((c: { id: string }) => Number(c.id))).toEqual([ids.contactOwn, ids.contactOther]);
      expect(a.photographer.email).toBe('rr-photographer@example.com');
    });

    it("lists only the order's appointments the caller may see", async () => {
      const res = await g.gql(`query($id: ID!) { order(id: $id) { appointments { customerId } } }`, { id: String(ids.orderOwn) }, client);
      expect(res.body.errors).toBeUndefined();
      const customers = res.body.data.order.appointments.map((a: { customerId: string }) => Number(a.customerId));
      expect(customers.length).toBeGreaterThan(0);
      expect(customers.every((c: number) => c === ids.OWN)).toBe(true);
    });

    it('answers a foreign order reached by id exactly as a missing one', async () => {
      const res = await g.gql(`query($id: ID!) { order(id: $id) { id } }`, { id: String(ids.orderOther) }, client);
      expect(res.body.errors![0].extensions.code).toBe('not-found');
    });
  });

  describe('integrity of every pointer a write sets', () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) {
      id customerId orderId contacts { id } photographer { id } user { id } } }`;

    /** Sends `input` as `headers` on a fresh appointment of `customerId`; answers the response and whether the tables changed. */
    async function update(
      headers: Record<string, string>,
      input: Record<string, unknown>,
      customerId = ids.OWN,
      contacts = [ids.contactOwn],
    ) {
      const row = await appointment(customerId);
      await link(row.id, contacts);
      const before = await tableChecksum(g.db);
      const res = await g.gql(UPDATE, { id: String(row.id), input: { updatedAtMt: row.stamp, ...input } }, headers);
      return { res, changed: (await tableChecksum(g.db)) !== before, id: row.id };
    }

    function expectRefused(r: { res: any; changed: boolean }, param: string, message: string): void {
      expect(r.res.body.errors).toHaveLength(1);
      expect(r.res.body.errors[0].extensions).toMatchObject({ code: 'invalid-param', params: expect.arrayContaining([param]) });
      expect(r.res.body.errors[0].message).toBe(message);
      expect(r.changed).toBe(false);
    }

    it('refuses a liaison the contacts of a customer it cannot see, as if they did not exist', async () => {
      expectRefused(
        await update(liaison, { contacts: [String(ids.contactOther)] }),
        'contacts',
        `The contact with the id ${ids.contactOther} doesn't exist.`,
      );
    });

    it("refuses contacts of another customer than the appointment's, for employees too", async () => {
      for (const headers of [liaison, employee]) {
        expectRefused(
          await update(headers, { contacts: [String(ids.contactOwn), String(ids.contactThird)] }),
          'contacts',
          `The contact with the id ${ids.contactThird} doesn't belong to the appointment's customer.`,
        );
      }
      expectRefused(
        await update(employee, { contacts: [String(ids.contactOther)] }),
        'contacts',
        `The contact with the id ${ids.contactOther} doesn't belong to the appointment's customer.`,
      );
    });

    it('refuses a photographer that is not one', async () => {
      for (const [headers, id] of [
        [liaison, ids.staff],
        [liaison, ids.nobody],
        [employee, ids.staff],
        [employee, ids.nobody],
      ] as const) {
        expectRefused(
          await update(headers, { photographerUserId: String(id) }),
          'photographerUserId',
          `The photographer with the id ${id} doesn't exist.`,
        );
      }
      const ok = await update(liaison, { photographerUserId: String(ids.photographer) });
      expect(ok.res.body.errors).toBeUndefined();
      expect(ok.res.body.data.updateAppointment.photographer).toEqual({ id: String(ids.photographer) });
    });

    it('lets only staff assign the responsible employee, and only to an employee', async () => {
      for (const id of [ids.staff, ids.nobody, ids.photographer]) {
        expectRefused(await update(liaison, { userId: String(id) }), 'userId', `The user with the id ${id} doesn't exist.`);
      }
      expectRefused(await update(employee, { userId: String(ids.nobody) }), 'userId', `The user with the id ${ids.nobody} doesn't exist.`);
      const ok = await update(employee, { userId: String(ids.staff) });
      expect(ok.res.body.errors).toBeUndefined();
      expect(ok.res.body.data.updateAppointment.user).toEqual({ id: String(ids.staff) });
    });

    it('refuses an order of another customer', async () => {
      expectRefused(
        await update(liaison, { orderId: String(ids.orderOther) }),
        'orderId',
        `The order with the id ${ids.orderOther} doesn't exist.`,
      );
      expectRefused(
        await update(employee, { orderId: String(ids.orderOther) }),
        'orderId',
        `The order with the id ${ids.orderOther} doesn't belong to the appointment's customer.`,
      );
      const ok = await update(employee, { orderId: String(ids.orderOwn) });
      expect(ok.res.body.errors).toBeUndefined();
    });

    it('refuses a customer change that would leave contacts or the order behind, and takes one that brings them along', async () => {
      const row = await appointment(ids.OWN, { orderId: ids.orderOwn });
      await link(row.id, [ids.contactOwn]);
      const before = await tableChecksum(g.db);
      const res = await g.gql(UPDATE, { id: String(row.id), input: { updatedAtMt: row.stamp, customerId: String(ids.THIRD) } }, employee);
      expect(res.body.errors![0].extensions).toMatchObject({ code: 'invalid-param', params: expect.arrayContaining(['customerId']) });
      expect(await tableChecksum(g.db)).toBe(before);
      const moved = await g.gql(
        UPDATE,
        {
          id: String(row.id),
          input: {
            updatedAtMt: row.stamp,
            customerId: String(ids.THIRD),
            contacts: [String(ids.contactThird)],
            orderId: null,
          },
        },
        employee,
      );
      expect(moved.body.errors).toBeUndefined();
      expect(moved.body.data.updateAppointment).toMatchObject({
        customerId: String(ids.THIRD),
        orderId: null,
        contacts: [{ id: String(ids.contactThird) }],
      });
    });

    it('applies the same rules to create, update by reference and upsert', async () => {
      const window = { startDate: '2026-03-01T10:00:00Z', endDate: '2026-03-01T11:00:00Z' };
      const attempts: [string, Record<string, unknown>, string][] = [
        [
          'mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { id } }',
          { input: { title: 'x', customerId: String(ids.OWN), contacts: [String(ids.contactOther)], ...window } },
          'contacts',
        ],
        [
          'mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { id } }',
          { input: { title: 'x', customerId: String(ids.OWN), orderId: String(ids.orderOther), ...window } },
          'orderId',
        ],
        [
          'mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { id } }',
          { input: { title: 'x', photographerUserId: String(ids.nobody), ...window } },
          'photographerUserId',
        ],
        [
          'mutation($input: UpsertAppointmentInput!) { upsertAppointment(reference: "RR-UPSERT", input: $input) { outcome } }',
          { input: { title: 'x', customerId: String(ids.OWN), contacts: [String(ids.contactThird)], ...window } },
          'contacts',
        ],
        [
          'mutation($input: UpsertAppointmentInput!) { upsertAppointment(reference: "RR-UPSERT", input: $input) { outcome } }',
          { input: { title: 'x', customerId: String(ids.OWN), orderId: String(ids.orderOther), ...window } },
          'orderId',
        ],
        [
          'mutation($input: UpsertAppointmentInput!) { upsertAppointment(reference: "RR-UPSERT", input: $input) { outcome } }',
          { input: { title: 'x', userId: String(ids.nobody), ...window } },
          'userId',
        ],
      ];
      for (const [query, variables, param] of attempts) {
        const before = await tableChecksum(g.db);
        const res = await g.gql(query, variables, employee);
        expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'invalid-param', params: expect.arrayContaining([param]) });
        expect(await tableChecksum(g.db)).toBe(before);
      }
      const row = await appointment(ids.OWN);
      const ref = (await g.db.getRepository(Appointment).findOneByOrFail({ id: row.id })).reference;
      const before = await tableChecksum(g.db);
      const res = await g.gql(
        'mutation($r: String!, $s: String!, $c: [ID!]) { updateAppointmentByReference(reference: $r, input: { updatedAtMt: $s, contacts: $c }) { id } }',
        { r: ref, s: row.stamp, c: [String(ids.contactOther)] },
        liaison,
      );
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'invalid-param', params: ['contacts'] });
      expect(await tableChecksum(g.db)).toBe(before);
    });
  });
});
