import { randomUUID } from 'node:crypto';
import { newStamp } from '../src/domain/stamp';
import { AppointmentCategory, Customer, Employee, Order, User } from '../src/database/entities';
import { createInput, insertAppointment } from './appointment-mutations.fixtures';
import { tableChecksum } from './support/table-checksum';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * References on every write (#18): wherever a write input takes the id of a related row it also
 * takes that row's reference (contacts: by id only). Known, unknown, foreign, and both forms at
 * once, on create, update, update by reference and upsert; every refusal leaves the tables as
 * they were.
 */

const T0 = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));
const POINTED = 'id customerId appointmentCategoryId photographerUserId userId orderId';
const OPS = ['create', 'update', 'updateByReference', 'upsert'] as const;
type Op = (typeof OPS)[number];

interface Rows {
  own: number;
  foreign: number;
  category: number;
  photographer: number;
  staff: number;
  ownOrder: number;
  foreignOrder: number;
}

describe('references on every appointment write', () => {
  let g: TestGateway;
  let ids: Rows;
  let liaison: Record<string, string>;
  const tag = randomUUID().slice(0, 8);
  const ref = {
    own: `WR-OWN-${tag}`,
    foreign: `WR-FOREIGN-${tag}`,
    category: `WR-CAT-${tag}`,
    photographer: `wr-photo-${tag}`,
    staff: `wr-staff-${tag}`,
    ownOrder: `WR-O-OWN-${tag}`,
    foreignOrder: `WR-O-FOREIGN-${tag}`,
  };

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    const insert = async <T>(entity: new () => T, values: Partial<T>) =>
      (await g.db.getRepository(entity).insert(values as never)).identifiers[0].id as number;
    const own = await insert(Customer, { reference: ref.own, name: 'Own', createdAt: T0 });
    const foreign = await insert(Customer, { reference: ref.foreign, name: 'Foreign', createdAt: T0 });
    const order = (reference: string, customerId: number) =>
      insert(Order, { reference, customerId, createdAt: T0, lastUpdated: T0, updatedAt: newStamp(T0) });
    const user = async (reference: string, photographer: boolean) => {
      const id = await insert(User, { reference, name: reference, email: null, createdAt: T0 });
      await insert(Employee, { userId: id, photographer, title: null });
      return id;
    };
    ids = {
      own,
      foreign,
      category: await insert(AppointmentCategory, { reference: ref.category, name: 'References' }),
      photographer: await user(ref.photographer, true),
      staff: await user(ref.staff, false),
      ownOrder: await order(ref.ownOrder, own),
      foreignOrder: await order(ref.foreignOrder, foreign),
    };
    liaison = await g.tokenFor({ role: 'liaison', customerIds: [own] });
  });
  afterAll(async () => {
    await g.close();
  });

  /** Runs `op` with these pointer fields on an appointment of the own customer (a new one for create and upsert). */
  async function write(op: Op, fields: Record<string, unknown>, headers?: Record<string, string>) {
    if (op === 'create') {
      const res = await g.gql(
        `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { ${POINTED} } }`,
        {
          input: createInput({
            ...('customerId' in fields || 'customerReference' in fields ? {} : { customerId: String(ids.own) }),
            ...fields,
          }),
        },
        headers,
      );
      return { body: res.body, row: res.body.data?.createAppointment };
    }
    if (op === 'upsert') {
      const res = await g.gql(
        `mutation($reference: String!, $input: UpsertAppointmentInput!) { upsertAppointment(reference: $reference, input: $input) { appointment { ${POINTED} } } }`,
        { reference: `WR-UP-${randomUUID()}`, input: createInput(fields) },
        headers,
      );
      return { body: res.body, row: res.body.data?.upsertAppointment?.appointment };
    }
    const a = await insertAppointment(g.db, { customerId: ids.own });
    const input = { updatedAtMt: a.updatedAtMt, ...fields };
    const res =
      op === 'update'
        ? await g.gql(
            `mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { ${POINTED} } }`,
            { id: String(a.id), input },
            headers,
          )
        : await g.gql(
            `mutation($reference: String!, $input: UpdateAppointmentInput!) { updateAppointmentByReference(reference: $reference, input: $input) { ${POINTED} } }`,
            { reference: a.reference, input },
            headers,
          );
    return { body: res.body, row: res.body.data?.[op === 'update' ? 'updateAppointment' : 'updateAppointmentByReference'] };
  }

  /** The write is refused with invalid-param naming `params`, and no table changed. */
  async function refused(op: Op, fields: Record<string, unknown>, params: string[], message: string, headers?: Record<string, string>) {
    // The update's own appointment is planted before the checksum (write() plants it first).
    if (op === 'update' || op === 'updateByReference') {
      const a = await insertAppointment(g.db, { customerId: ids.own });
      const before = await tableChecksum(g.db);
      const input = { updatedAtMt: a.updatedAtMt, ...fields };
      const res =
        op === 'update'
          ? await g.gql(
              'mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { id } }',
              {
                id: String(a.id),
                input,
              },
              headers,
            )
          : await g.gql(
              'mutation($reference: String!, $input: UpdateAppointmentInput!) { updateAppointmentByReference(reference: $reference, input: $input) { id } }',
              { reference: a.reference, input },
              headers,
            );
      expectRefusal(res.body, params, message);
      expect(await tableChecksum(g.db)).toBe(before);
      return;
    }
    const before = await tableChecksum(g.db);
    const { body } = await write(op, fields, headers);
    expectRefusal(body, params, message);
    expect(await tableChecksum(g.db)).toBe(before);
  }

  function expectRefusal(body: any, params: string[], message: string) {
    expect(body.errors).toHaveLength(1);
    expect({ code: body.errors[0].extensions.code, params: body.errors[0].extensions.params, message: body.errors[0].message }).toEqual({
      code: 'invalid-param',
      params,
      message,
    });
  }

  const KNOWN: [field: string, idField: string, row: keyof Rows, extra: Record<string, unknown>][] = [
    ['customerReference', 'customerId', 'own', {}],
    ['appointmentCategoryReference', 'appointmentCategoryId', 'category', {}],
    ['photographerReference', 'photographerUserId', 'photographer', {}],
    ['userReference', 'userId', 'staff', {}],
    // An order must belong to the appointment's customer: named by reference too.
    ['orderReference', 'orderId', 'ownOrder', { customerReference: `WR-OWN-${tag}` }],
  ];

  describe.each(OPS)('%s', (op) => {
    it.each(KNOWN)('stores the id of the row %s names', async (field, idField, row, extra) => {
      const { body, row: written } = await write(op, { [field]: ref[row], ...extra });
      expect(body.errors).toBeUndefined();
      expect(written[idField]).toBe(String(ids[row]));
      const stored = await g.db.query(
        `SELECT ${idField.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} AS v FROM appointments WHERE id = ?`,
        [Number(written.id)],
      );
      expect(Number(stored[0].v)).toBe(ids[row]);
    });

    it.each([
      ['customerReference', 'customer'],
      ['appointmentCategoryReference', 'appointment category'],
      ['photographerReference', 'photographer'],
      ['userReference', 'user'],
      ['orderReference', 'order'],
    ])('refuses an unknown %s', async (field, label) => {
      await refused(op, { [field]: `NOPE-${tag}` }, [field], `The ${label} with the reference NOPE-${tag} doesn't exist.`);
    });

    it('compares a reference byte for byte (a trailing space names no customer)', async () => {
      await refused(
        op,
        { customerReference: `${ref.own} ` },
        ['customerReference'],
        `The customer with the reference ${ref.own}  doesn't exist.`,
      );
    });

    it('refuses a photographerReference naming a user who is not a photographer', async () => {
      await refused(
        op,
        { photographerReference: ref.staff },
        ['photographerReference'],
        `The photographer with the reference ${ref.staff} doesn't exist.`,
      );
    });

    it("refuses an orderReference naming another customer's order", async () => {
      await refused(
        op,
        { customerReference: ref.own, orderReference: ref.foreignOrder },
        ['orderReference'],
        `The order with the reference ${ref.foreignOrder} doesn't belong to the appointment's customer.`,
      );
    });

    it.each([
      ['customerId', 'customerReference', 'own'],
      ['appointmentCategoryId', 'appointmentCategoryReference', 'category'],
      ['photographerUserId', 'photographerReference', 'photographer'],
      ['userId', 'userReference', 'staff'],
      ['orderId', 'orderReference', 'ownOrder'],
    ] as const)('refuses %s and %s both sent, even naming the same row', async (idField, field, row) => {
      await refused(op, { [idField]: String(ids[row]), [field]: ref[row] }, [idField, field], `Send ${idField} or ${field}, not both.`);
    });
  });

  describe.each(['update', 'updateByReference'] as const)('%s as a liaison', (op) => {
    it("stores the liaison's own customer and order by reference", async () => {
      const { body, row } = await write(op, { customerReference: ref.own, orderReference: ref.ownOrder }, liaison);
      expect(body.errors).toBeUndefined();
      expect([row.customerId, row.orderId]).toEqual([String(ids.own), String(ids.ownOrder)]);
    });

    it("refuses another customer's customer by reference: it reads as missing", async () => {
      await refused(
        op,
        { customerReference: ref.foreign },
        ['customerReference'],
        `The customer with the reference ${ref.foreign} doesn't exist.`,
        liaison,
      );
    });

    it("refuses another customer's order by reference: it reads as missing", async () => {
      await refused(
        op,
        { orderReference: ref.foreignOrder },
        ['orderReference'],
        `The order with the reference ${ref.foreignOrder} doesn't exist.`,
        liaison,
      );
    });

    it('refuses clearing the customer by a null reference', async () => {
      await refused(
        op,
        { customerReference: null },
        ['customerReference'],
        'customerReference cannot be cleared by a user limited to their customers',
        liaison,
      );
    });
  });

  it('clears a pointer by a null reference, as by a null id', async () => {
    const a = await insertAppointment(g.db, { customerId: ids.own, orderId: ids.ownOrder, appointmentCategoryId: ids.category });
    const res = await g.gql(
      `mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { ${POINTED} } }`,
      { id: String(a.id), input: { updatedAtMt: a.updatedAtMt, orderReference: null, appointmentCategoryReference: null } },
    );
    expect(res.body.errors).toBeUndefined();
    expect([res.body.data.updateAppointment.orderId, res.body.data.updateAppointment.appointmentCategoryId]).toEqual([null, null]);
  });

  it('creates an appointment by references only', async () => {
    const res = await g.gql(`mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { ${POINTED} } }`, {
      input: createInput({
        customerReference: ref.own,
        orderReference: ref.ownOrder,
        appointmentCategoryReference: ref.category,
        photographerReference: ref.photographer,
        userReference: ref.staff,
      }),
    });
    expect(res.body.errors).toBeUndefined();
    const { id: _id, ...pointers } = res.body.data.createAppointment;
    expect(pointers).toEqual({
      customerId: String(ids.own),
      orderId: String(ids.ownOrder),
      appointmentCategoryId: String(ids.category),
      photographerUserId: String(ids.photographer),
      userId: String(ids.staff),
    });
  });
});
