import { newStamp } from '../src/domain/stamp';
import { Appointment, AppointmentCategory, Contact, Customer, Employee, Order, OrderLineItem, User } from '../src/database/entities';
import { insertAppointment } from './appointment-mutations.fixtures';
import { tableChecksum } from './support/table-checksum';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * The permission matrix, for what operations reach through: every relation of a visible row and
 * every pointer a write sets, for every role, pointing at a row of the caller's own customer and
 * at a foreign one. A relation or pointer added to the schema without a row here fails the
 * coverage tests at the bottom.
 *
 * Relations: `whole` = the related row as stored; `masked` = visible without staff-only fields
 * (a user's email); `hidden` = null for a to-one relation, left out of a to-many list.
 * Pointers: `ok` = the write is taken; `refused` = invalid-param naming the field, tables unchanged;
 * `denied` = permission-denied (the role may not update at all).
 */

type Caller = 'employee' | 'app-token' | 'liaison' | 'client';
type Seen = 'whole' | 'masked' | 'hidden';
type Written = 'ok' | 'refused' | 'denied';
const CALLERS: Caller[] = ['employee', 'app-token', 'liaison', 'client'];

const T0 = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

interface Fixture {
  own: number;
  foreign: number;
  sibling: number;
  ownContact: number;
  foreignContact: number;
  ownOrder: number;
  foreignOrder: number;
  photographer: number;
  staff: number;
  nobody: number;
  category: number;
}

interface RelationCase {
  /** Type.field in the schema. */
  field: string;
  /** Plants an own appointment (or order) whose relation points at an own or a foreign row; answers the query and how to read what is seen. */
  arrange(g: TestGateway, f: Fixture, target: 'own' | 'foreign'): Promise<{ query: string; seen(data: any): Seen }>;
  expect: Record<Caller, [own: Seen, foreign: Seen]>;
}

interface PointerCase {
  /** The input field of the appointment write inputs. */
  field: string;
  /** The value that names an own (acceptable) row and a foreign (or wrong) one. */
  value(f: Fixture, target: 'own' | 'foreign'): unknown;
  expect: Record<Caller, [own: Written, foreign: Written]>;
}

const STAFF_SEE_ALL: RelationCase['expect'] = {
  employee: ['whole', 'whole'],
  'app-token': ['whole', 'whole'],
  liaison: ['whole', 'hidden'],
  client: ['whole', 'hidden'],
};
const EVERYONE: RelationCase['expect'] = {
  employee: ['whole', 'whole'],
  'app-token': ['whole', 'whole'],
  liaison: ['whole', 'whole'],
  client: ['whole', 'whole'],
};
const USER: RelationCase['expect'] = {
  employee: ['whole', 'whole'],
  'app-token': ['whole', 'whole'],
  liaison: ['masked', 'masked'],
  client: ['masked', 'masked'],
};
const UPDATERS = (own: Written, foreign: Written, liaisonForeign: Written = foreign): PointerCase['expect'] => ({
  employee: [own, foreign],
  'app-token': [own, foreign],
  liaison: [own, liaisonForeign],
  client: ['denied', 'denied'],
});

/** An appointment of `customerId`, written straight to the table (as another application could). */
function plantAppointment(g: TestGateway, customerId: number, extra: Partial<Appointment> = {}): Promise<Appointment> {
  return insertAppointment(g.db, { customerId, ...extra });
}

const byId = (list: { id: string }[] | null | undefined, id: number) => (list ?? []).some((r) => r.id === String(id));

const RELATIONS: RelationCase[] = [
  {
    field: 'Appointment.order',
    expect: STAFF_SEE_ALL,
    async arrange(g, f, target) {
      const a = await plantAppointment(g, f.own, { orderId: target === 'own' ? f.ownOrder : f.foreignOrder });
      return { query: `{ appointment(id: ${a.id}) { order { id } } }`, seen: (d) => (d.appointment.order ? 'whole' : 'hidden') };
    },
  },
  {
    field: 'Appointment.contacts',
    expect: STAFF_SEE_ALL,
    async arrange(g, f, target) {
      const a = await plantAppointment(g, f.own);
      const contact = target === 'own' ? f.ownContact : f.foreignContact;
      await g.db.createQueryBuilder().insert().into('appointment_contacts').values({ appointment_id: a.id, contact_id: contact }).execute();
      return {
        query: `{ appointment(id: ${a.id}) { contacts { id } } }`,
        seen: (d) => (byId(d.appointment.contacts, contact) ? 'whole' : 'hidden'),
      };
    },
  },
  {
    // An appointment's customer is what makes it own or foreign: a visible appointment's customer is always visible.
    field: 'Appointment.customer',
    expect: EVERYONE,
    async arrange(g, f) {
      const a = await plantAppointment(g, f.own);
      return { query: `{ appointment(id: ${a.id}) { customer { id } } }`, seen: (d) => (d.appointment.customer ? 'whole' : 'hidden') };
    },
  },
  {
    field: 'Appointment.appointmentCategory',
    expect: EVERYONE,
    async arrange(g, f) {
      const a = await plantAppointment(g, f.own, { appointmentCategoryId: f.category });
      return {
        query: `{ appointment(id: ${a.id}) { appointmentCategory { id } } }`,
        seen: (d) => (d.appointment.appointmentCategory ? 'whole' : 'hidden'),
      };
    },
  },
  ...(['photographer', 'user'] as const).map((field): RelationCase => ({
    field: `Appointment.${field}`,
    expect: USER,
    async arrange(g, f, target) {
      const userId = target === 'own' ? f.photographer : f.staff;
      const a = await plantAppointment(g, f.own, field === 'photographer' ? { photographerUserId: userId } : { userId });
      return {
        query: `{ appointment(id: ${a.id}) { ${field} { id name reference email } } }`,
        seen: (d) => (!d.appointment[field] ? 'hidden' : d.appointment[field].email ? 'whole' : 'masked'),
      };
    },
  })),
  {
    // Not a record's relation (availability has no id), but the same user row rule: masked for liaisons and clients.
    field: 'PhotographerAvailability.photographer',
    expect: USER,
    async arrange(_g, f) {
      return {
        query: `{ photographerAvailability(from: "2026-01-05T00:00:00Z", to: "2026-01-06T00:00:00Z", photographerIds: ["${f.photographer}"]) {
          photographer { id name reference email } } }`,
        seen: (d) => {
          const p = d.photographerAvailability[0]?.photographer;
          return !p ? 'hidden' : p.email ? 'whole' : 'masked';
        },
      };
    },
  },
  {
    // What a notification says is built from the same loaders: the customer's and the photographer's names.
    field: 'Appointment.notificationParameters',
    expect: EVERYONE,
    async arrange(g, f) {
      const a = await plantAppointment(g, f.own, { photographerUserId: f.photographer, photographerName: null });
      return {
        query: `{ appointment(id: ${a.id}) { notificationParameters { customerName photographerName } } }`,
        seen: (d) =>
          d.appointment.notificationParameters.customerName && d.appointment.notificationParameters.photographerName ? 'whole' : 'hidden',
      };
    },
  },
  {
    // A change's appointment as it is now; the change of a foreign appointment is left out of a liaison's or client's feed.
    field: 'AppointmentChange.appointment',
    expect: STAFF_SEE_ALL,
    async arrange(g, f, target) {
      let end: string | null = null;
      for (;;) {
        const res: any = await g.gql(
          'query($a: String) { appointmentChanges(after: $a, first: 1000) { pageInfo { hasNextPage endCursor } } }',
          { a: end },
        );
        end = res.body.data.appointmentChanges.pageInfo.endCursor;
        if (!res.body.data.appointmentChanges.pageInfo.hasNextPage) break;
      }
      const a = await plantAppointment(g, target === 'own' ? f.own : f.foreign);
      return {
        query: `{ appointmentChanges(after: ${JSON.stringify(end)}) { edges { node { appointmentId appointment { id } } } } }`,
        seen: (d) =>
          d.appointmentChanges.edges.some((e: any) => e.node.appointmentId === String(a.id) && e.node.appointment?.id === String(a.id))
            ? 'whole'
            : 'hidden',
      };
    },
  },
  {
    // A customer's contacts are its own: a visible customer's contacts are always visible.
    field: 'Customer.contacts',
    expect: EVERYONE,
    async arrange(_g, f) {
      return {
        query: `{ customer(id: ${f.own}) { contacts { id } } }`,
        seen: (d) => (byId(d.customer.contacts, f.ownContact) ? 'whole' : 'hidden'),
      };
    },
  },
  {
    // A contact is visible with its customer: a visible contact's customer is always visible.
    field: 'Contact.customer',
    expect: EVERYONE,
    async arrange(_g, f) {
      return { query: `{ contact(id: ${f.ownContact}) { customer { id } } }`, seen: (d) => (d.contact.customer ? 'whole' : 'hidden') };
    },
  },
  {
    // A customer's orders are its own: those of a visible customer are listed; a foreign customer, and with it its
    // orders, is out of a liaison's or client's reach.
    field: 'Customer.orders',
    expect: STAFF_SEE_ALL,
    async arrange(_g, f, target) {
      const [customer, order] = target === 'own' ? [f.own, f.ownOrder] : [f.foreign, f.foreignOrder];
      return {
        query: `{ customers(filter: { ids: ["${customer}"] }) { data { orders { id } } } }`,
        seen: (d) => (d.customers.data.length && byId(d.customers.data[0].orders, order) ? 'whole' : 'hidden'),
      };
    },
  },
  {
    field: 'Order.appointments',
    expect: STAFF_SEE_ALL,
    async arrange(g, f, target) {
      const a = await plantAppointment(g, target === 'own' ? f.own : f.foreign, { orderId: f.ownOrder });
      return {
        query: `{ order(id: ${f.ownOrder}) { appointments { id } } }`,
        seen: (d) => (byId(d.order.appointments, a.id) ? 'whole' : 'hidden'),
      };
    },
  },
  {
    field: 'Order.customer',
    expect: EVERYONE,
    async arrange(_g, f) {
      return { query: `{ order(id: ${f.ownOrder}) { customer { id } } }`, seen: (d) => (d.order.customer ? 'whole' : 'hidden') };
    },
  },
  {
    field: 'Order.lineItems',
    expect: EVERYONE,
    async arrange(g, f) {
      const id = (
        await g.db
          .getRepository(OrderLineItem)
          .insert({ orderId: f.ownOrder, name: 'Photos', quantity: 1, completedQuantity: 0, lastUpdated: T0 } as never)
      ).identifiers[0].id;
      return {
        query: `{ order(id: ${f.ownOrder}) { lineItems { id } } }`,
        seen: (d) => (byId(d.order.lineItems, id) ? 'whole' : 'hidden'),
      };
    },
  },
  {
    // Sign-offs are written by the sign-off mutation; an order without one lists none, for every role.
    field: 'Order.signOffs',
    expect: EVERYONE,
    async arrange(_g, f) {
      return {
        query: `{ order(id: ${f.ownOrder}) { signOffs { id } } }`,
        seen: (d) => (Array.isArray(d.order.signOffs) ? 'whole' : 'hidden'),
      };
    },
  },
];

const POINTERS: PointerCase[] = [
  // A liaison moves an appointment only between its own customers; staff anywhere.
  { field: 'customerId', value: (f, t) => String(t === 'own' ? f.sibling : f.foreign), expect: UPDATERS('ok', 'ok', 'refused') },
  { field: 'orderId', value: (f, t) => String(t === 'own' ? f.ownOrder : f.foreignOrder), expect: UPDATERS('ok', 'refused') },
  { field: 'contacts', value: (f, t) => [String(t === 'own' ? f.ownContact : f.foreignContact)], expect: UPDATERS('ok', 'refused') },
  { field: 'photographerUserId', value: (f, t) => String(t === 'own' ? f.photographer : f.nobody), expect: UPDATERS('ok', 'refused') },
  // Only staff choose the responsible employee: a liaison may keep the stored one, not name another.
  {
    field: 'userId',
    value: (f, t) => String(t === 'own' ? f.staff : f.nobody),
    expect: { ...UPDATERS('ok', 'refused'), liaison: ['refused', 'refused'] },
  },
  { field: 'appointmentCategoryId', value: (f, t) => String(t === 'own' ? f.category : 999999), expect: UPDATERS('ok', 'refused') },
  // The same pointers by the related row's reference: the same outcomes, the refusal naming the reference field.
  { field: 'customerReference', value: (_f, t) => (t === 'own' ? 'RM-SIBLING' : 'RM-FOREIGN'), expect: UPDATERS('ok', 'ok', 'refused') },
  { field: 'orderReference', value: (_f, t) => (t === 'own' ? 'RM-O-OWN' : 'RM-O-FOREIGN'), expect: UPDATERS('ok', 'refused') },
  { field: 'photographerReference', value: (_f, t) => (t === 'own' ? 'rm-photographer' : 'rm-nobody'), expect: UPDATERS('ok', 'refused') },
  {
    field: 'userReference',
    value: (_f, t) => (t === 'own' ? 'rm-staff' : 'rm-nobody'),
    expect: { ...UPDATERS('ok', 'refused'), liaison: ['refused', 'refused'] },
  },
  {
    field: 'appointmentCategoryReference',
    value: (_f, t) => (t === 'own' ? 'RM-CAT' : 'RM-NO-SUCH-CAT'),
    expect: UPDATERS('ok', 'refused'),
  },
];

describe('permission matrix of relations and pointers: every role, own and foreign', () => {
  let g: TestGateway;
  let f: Fixture;
  const callers = {} as Record<Caller, Record<string, string>>;

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    const insert = async <T>(entity: new () => T, values: Partial<T>) =>
      (await g.db.getRepository(entity).insert(values as never)).identifiers[0].id as number;
    const customer = (ref: string) => insert(Customer, { reference: ref, name: ref, createdAt: T0 });
    const own = await customer('RM-OWN');
    const foreign = await customer('RM-FOREIGN');
    const sibling = await customer('RM-SIBLING');
    const user = async (ref: string, photographer: boolean | null) => {
      const id = await insert(User, { reference: ref, name: ref, email: `${ref}@example.com`, createdAt: T0 });
      if (photographer !== null) await insert(Employee, { userId: id, photographer, title: null });
      return id;
    };
    f = {
      own,
      foreign,
      sibling,
      ownContact: await insert(Contact, { customerId: own, name: 'Own', email: 'o@example.com', phone: null }),
      foreignContact: await insert(Contact, { customerId: foreign, name: 'Foreign', email: 'f@example.com', phone: null }),
      ownOrder: await insert(Order, { reference: 'RM-O-OWN', customerId: own, createdAt: T0, lastUpdated: T0, updatedAt: newStamp(T0) }),
      foreignOrder: await insert(Order, {
        reference: 'RM-O-FOREIGN',
        customerId: foreign,
        createdAt: T0,
        lastUpdated: T0,
        updatedAt: newStamp(T0),
      }),
      photographer: await user('rm-photographer', true),
      staff: await user('rm-staff', false),
      nobody: await user('rm-nobody', null),
      category: await insert(AppointmentCategory, { reference: 'RM-CAT', name: 'Matrix category' }),
    };
    callers.employee = await g.tokenFor({ role: 'employee' });
    callers['app-token'] = g.headersFor(await g.createAppToken({ application: 'planox2', name: 'relation-matrix' }), 'planox2');
    callers.liaison = await g.tokenFor({ role: 'liaison', customerIds: [own, sibling] });
    callers.client = await g.tokenFor({ role: 'client', customerIds: [own] });
  });
  afterAll(async () => {
    await g.close();
  });

  const relationCases = RELATIONS.flatMap((r) =>
    CALLERS.flatMap((caller) =>
      (['own', 'foreign'] as const).map(
        (target, i) =>
          [`${r.field} as ${caller}, pointing at a ${target} row: ${r.expect[caller][i]}`, r, caller, target, r.expect[caller][i]] as const,
      ),
    ),
  );

  it.each(relationCases)('%s', async (_name, r, caller, target, expected) => {
    const { query, seen } = await r.arrange(g, f, target);
    const res = await g.gql(query, undefined, callers[caller]);
    expect(res.body.errors).toBeUndefined();
    expect(seen(res.body.data)).toBe(expected);
  });

  const pointerCases = POINTERS.flatMap((p) =>
    CALLERS.flatMap((caller) =>
      (['own', 'foreign'] as const).map(
        (target, i) =>
          [`${p.field} set by ${caller} to a ${target} row: ${p.expect[caller][i]}`, p, caller, target, p.expect[caller][i]] as const,
      ),
    ),
  );

  it.each(pointerCases)('%s', async (_name, p, caller, target, expected) => {
    const a = await plantAppointment(g, f.own);
    const before = await tableChecksum(g.db);
    const res = await g.gql(
      'mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { id } }',
      { id: String(a.id), input: { updatedAtMt: a.updatedAtMt, [p.field]: p.value(f, target) } },
      callers[caller],
    );
    const error = res.body.errors?.[0]?.extensions;
    const outcome = !error
      ? 'ok'
      : error.code === 'invalid-param' && error.params?.includes(p.field)
        ? 'refused'
        : error.code === 'permission-denied'
          ? 'denied'
          : `unexpected: ${JSON.stringify(res.body)}`;
    expect(outcome).toBe(expected);
    if (outcome !== 'ok') expect(await tableChecksum(g.db)).toBe(before);
  });

  it('covers every relation of every object type an operation can reach', async () => {
    const res = await g.gql(
      `{ __schema { types { name kind fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`,
    );
    const types: { name: string; kind: string; fields: { name: string; type: any }[] | null }[] = res.body.data.__schema.types;
    const named = (t: any): { kind: string; name: string } => (t.ofType ? named(t.ofType) : t);
    // Record types: object types that have an id (rows of the database), not payloads or pages.
    const records = new Set(
      types.filter((t) => t.kind === 'OBJECT' && !t.name.startsWith('__') && t.fields?.some((x) => x.name === 'id')).map((t) => t.name),
    );
    const relations = types
      // Subscription events carry the changed row itself, not a relation of it: the subscription rows of
      // test/auth-matrix.test.ts cover who receives which row (and test/subscriptions.test.ts the relations below it).
      .filter((t) => records.has(t.name) && !['Viewer', 'ViewerApplication', 'AppointmentChangeEvent', 'OrderChangeEvent'].includes(t.name))
      .flatMap((t) => (t.fields ?? []).filter((x) => named(x.type).kind === 'OBJECT').map((x) => `${t.name}.${x.name}`));
    const covered = new Set(RELATIONS.map((r) => r.field));
    expect(relations.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('covers every pointer the appointment write inputs take', async () => {
    const res = await g.gql(
      `{ __schema { types { name inputFields { name type { kind name ofType { kind name ofType { kind name } } } } } } }`,
    );
    const named = (t: any): { name: string } => (t.ofType ? named(t.ofType) : t);
    const inputs = res.body.data.__schema.types.filter((t: any) => /^(Create|Update|Upsert)AppointmentInput$/.test(t.name));
    expect(inputs.length).toBeGreaterThanOrEqual(3);
    // A pointer is an ID field, or the reference form of one (xReference; the appointment's own reference is not a pointer).
    const isPointer = (x: any) => named(x.type).name === 'ID' || (x.name !== 'reference' && /Reference$/.test(x.name));
    const pointers = new Set<string>(inputs.flatMap((t: any) => t.inputFields.filter(isPointer).map((x: any) => x.name)));
    expect([...pointers].filter((p) => p.endsWith('Reference')).sort()).toEqual(
      ['appointmentCategoryReference', 'customerReference', 'orderReference', 'photographerReference', 'userReference'].sort(),
    );
    const covered = new Set(POINTERS.map((p) => p.field));
    expect([...pointers].filter((p) => !covered.has(p))).toEqual([]);
  });
});
