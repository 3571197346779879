import { Appointment } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

/** A client sees only its customer's appointments, in lists, counts and look-ups alike. */
describe('appointment visibility', () => {
  let g: TestGateway;
  let all: Appointment[];
  let customerId: number;
  let client: Record<string, string>;

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
    all = await g.db.getRepository(Appointment).find({ order: { id: 'ASC' } });
    customerId = all.find((a) => a.customerId != null)!.customerId!;
    client = await g.tokenFor({ role: 'client', customerIds: [customerId] });
  });
  afterAll(() => g.close());

  it("limits the offset page, its total and the connection (and its totalCount) to the client's customer", async () => {
    const own = all.filter((a) => a.customerId === customerId).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
    const res = await g.gql(
      `{ appointments(max: 1000) { paging { total } data { id } }
      appointmentsConnection(first: 1000) { totalCount nodes { id } } }`,
      undefined,
      client,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.appointments.paging.total).toBe(own.length);
    expect(res.body.data.appointments.data.map((a: any) => Number(a.id))).toEqual(own.map((a) => a.id));
    expect(res.body.data.appointmentsConnection.totalCount).toBe(own.length);
    expect(res.body.data.appointmentsConnection.nodes.map((a: any) => Number(a.id))).toEqual(own.map((a) => a.id));
  });

  it("answers a look-up of another customer's appointment exactly as a missing one", async () => {
    const foreign = all.find((a) => a.customerId !== customerId)!;
    const res = await g.gql(
      `query($id: ID!, $ref: String!, $uuid: String!) {
      a: appointment(id: $id) { id } b: appointmentByReference(reference: $ref) { id } c: appointmentByUuid(uuid: $uuid) { id } }`,
      { id: String(foreign.id), ref: foreign.reference, uuid: foreign.uuid },
      client,
    );
    expect(res.body.data).toEqual({ a: null, b: null, c: null });
    expect(res.body.errors!.map((e) => [e.extensions.code, e.message]).sort()).toEqual([
      ['not-found', `The appointment with the id ${foreign.id} doesn't exist.`],
      ['not-found', `The appointment with the reference ${foreign.reference} doesn't exist.`],
      ['not-found', `The appointment with the uuid ${foreign.uuid} doesn't exist.`],
    ]);
    const own = all.find((a) => a.customerId === customerId)!;
    expect((await g.gql(`{ appointment(id: "${own.id}") { id } }`, undefined, client)).body.data.appointment).toEqual({
      id: String(own.id),
    });
  });
});
