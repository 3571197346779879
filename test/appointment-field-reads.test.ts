import { createServices } from '../src/app';
import { appointmentFieldReads } from '../src/appointments/appointment-reads';
import { NOTIFICATION_READS } from '../src/appointments/notification-parameters';
import { Appointment } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * Appointment reads return only the columns a query's selection needs (issue #20): each field
 * reads its column, or what its code declares (`@Reads`, NOTIFICATION_READS, a relation's
 * pointer). Every field must be known, so a new computed field cannot read a column the
 * statement left out; test/executor-parity.test.ts compares the answers with whole rows.
 */
describe('appointment reads of the selected columns', () => {
  let g: TestGateway;
  let a: Appointment;
  const reads = appointmentFieldReads(createServices().relations.appointment);

  beforeAll(async () => {
    // The executor's reads, whose statements name the columns they read; direct reads (which
    // read the same columns as text) have their own tests: test/direct-reads.test.ts.
    g = await startTestGateway({ seed: 'demo', env: { DIRECT_READS: 'off' } });
    a = (await g.db.getRepository(Appointment).find({ order: { id: 'ASC' } })).find((x) => x.customerId && x.photographerUserId)!;
  });
  afterAll(() => g.close());

  const isColumn = (property: string) => g.db.getMetadata(Appointment).findColumnWithPropertyName(property) !== undefined;
  const columnOf = (property: string) => g.db.getMetadata(Appointment).findColumnWithPropertyName(property)!.databaseName;

  /** The appointment columns (of alias `a`) each statement read since `from`, that read any. */
  function readColumns(from: number): string[][] {
    return g.counter.statements
      .slice(from)
      .map((sql) => [...sql.matchAll(/[`"]a[`"]\.[`"](\w+)[`"] AS/g)].map((m) => m[1]).sort())
      .filter((columns) => columns.length > 0);
  }

  it('knows what every field of the Appointment type reads', async () => {
    const res = await g.gql('{ __type(name: "Appointment") { fields { name } } }');
    const fields: string[] = res.body.data.__type.fields.map((f: { name: string }) => f.name);
    expect(fields.length).toBeGreaterThan(60);
    expect(fields.filter((name) => !reads.has(name) && !isColumn(name))).toEqual([]);
    // What a field declares it reads are columns.
    expect([...reads.values()].flat().filter((property) => !isColumn(property))).toEqual([]);
    expect(reads.get('dateStartUtc')).toEqual(['startDate']);
    expect(reads.get('customer')).toEqual(['customerId']);
    expect(reads.get('notificationParameters')).toEqual(NOTIFICATION_READS);
  });

  it('reads only the selected columns and what the row rule and the cursor need', async () => {
    const always = ['id', 'customer_id', 'order_id'];
    let from = g.counter.statements.length;
    const connection = await g.gql('{ appointmentsConnection(first: 3, sort: TITLE) { nodes { dateStartUtc } pageInfo { endCursor } } }');
    expect(connection.body.errors).toBeUndefined();
    expect(readColumns(from)).toEqual([[...always, 'start_date', 'title'].sort()]);

    from = g.counter.statements.length;
    const page = await g.gql('{ appointments(max: 3) { data { photographer { name } notes } } }');
    expect(page.body.errors).toBeUndefined();
    expect(readColumns(from)).toEqual([[...always, 'notes', 'photographer_user_id'].sort()]);

    from = g.counter.statements.length;
    const one = await g.gql('query($id: ID!) { appointment(id: $id) { notificationParameters { title } } }', { id: String(a.id) });
    expect(one.body.errors).toBeUndefined();
    expect(readColumns(from)[0]).toEqual([...new Set([...always, ...NOTIFICATION_READS.map(columnOf)])].sort());
  });

  it("reads back only what a write answers, and what the row rule and an upsert's outcome need", async () => {
    const always = ['id', 'customer_id', 'order_id'];
    let from = g.counter.statements.length;
    const res = await g.gql('mutation($id: ID!, $i: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $i) { id } }', {
      id: String(a.id),
      i: { updatedAtMt: (await g.db.getRepository(Appointment).findOneByOrFail({ id: a.id })).updatedAtMt, note: 'read back' },
    });
    expect(res.body.errors).toBeUndefined();
    expect(readColumns(from)).toEqual([always.sort()]);

    from = g.counter.statements.length;
    const upserted = await g.gql(
      'mutation($r: String!, $i: UpsertAppointmentInput!) { upsertAppointment(reference: $r, input: $i) { outcome appointment { title } } }',
      { r: 'FIELD-READS-1', i: { title: 'Read back', startDate: '2026-04-01T09:00:00Z', endDate: '2026-04-01T10:00:00Z' } },
    );
    expect(upserted.body.errors).toBeUndefined();
    // The locking read: the answer's columns, and the uuid and stamp the outcome is judged by.
    expect(readColumns(from)).toEqual([[...always, 'title', 'updated_at_mt', 'uuid'].sort()]);
  });

  it('answers each field of a written appointment as a read of it does', async () => {
    const type = await g.gql(
      '{ __type(name: "Appointment") { fields { name type { kind ofType { kind ofType { kind ofType { kind } } } } } } }',
    );
    type Kind = { kind: string; ofType?: Kind };
    const fields: { name: string; type: Kind }[] = type.body.data.__type.fields;
    // An object field with its id; contacts and notificationParameters with a few of their fields.
    const objectSelection: Record<string, string> = {
      contacts: '{ id name }',
      notificationParameters: '{ title startDateLocal customerName }',
    };
    const composite = (t: Kind | undefined): boolean => !!t && (t.kind === 'OBJECT' || composite(t.ofType));
    for (const field of fields) {
      const f = composite(field.type) ? `${field.name} ${objectSelection[field.name] ?? '{ id }'}` : field.name;
      const updatedAtMt = (await g.db.getRepository(Appointment).findOneByOrFail({ id: a.id })).updatedAtMt;
      const written = await g.gql(`mutation($id: ID!, $i: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $i) { ${f} } }`, {
        id: String(a.id),
        i: { updatedAtMt, note: `field ${field.name}` },
      });
      const read = await g.gql(`query($id: ID!) { appointment(id: $id) { ${f} } }`, { id: String(a.id) });
      expect({ field: field.name, errors: read.body.errors }).toEqual({ field: field.name });
      expect({ field: field.name, answer: written.body }).toEqual({
        field: field.name,
        answer: { data: { updateAppointment: read.body.data.appointment } },
      });
    }
  });

  it('keeps a bounded number of column sets, then reads whole rows with the same answers', async () => {
    const fields = [
      'title',
      'note',
      'notes',
      'summary',
      'location',
      'allday',
      'confirmed',
      'done',
      'apptType',
      'deliveryType',
      'fmApptId',
      'organization',
    ];
    const pairs = fields.flatMap((x, i) => fields.slice(i + 1).map((y) => [x, y]));
    expect(pairs.length).toBeGreaterThan(64);
    const row = await g.db.getRepository(Appointment).findOneByOrFail({ id: a.id });
    for (const [x, y] of pairs) {
      const res = await g.gql(`query($id: ID!) { appointment(id: $id) { ${x} ${y} } }`, { id: String(a.id) });
      expect(res.body).toEqual({ data: { appointment: { [x]: row[x as keyof Appointment], [y]: row[y as keyof Appointment] } } });
    }
    const from = g.counter.statements.length;
    const res = await g.gql('query($id: ID!) { appointment(id: $id) { cancelReason updatedIn } }', { id: String(a.id) });
    expect(res.body).toEqual({ data: { appointment: { cancelReason: row.cancelReason, updatedIn: row.updatedIn } } });
    expect(readColumns(from)[0]).toHaveLength(g.db.getMetadata(Appointment).columns.length);
  });
});
