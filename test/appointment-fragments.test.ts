import fs from 'node:fs';
import path from 'node:path';
import { Appointment, Customer } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

/** The shipped fragments and operations (graphql/) are valid against the gateway and return the data. */
describe('shipped fragments and operations', () => {
  let g: TestGateway;
  let a: Appointment;
  const read = (...parts: string[]) => fs.readFileSync(path.join(__dirname, '..', 'graphql', ...parts), 'utf8');

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
    a = (await g.db.getRepository(Appointment).find({ order: { id: 'ASC' } })).find(
      (x) => x.customerId && x.photographerUserId && !x.allday,
    )!;
  });
  afterAll(() => g.close());

  async function run(view: string, variables: Record<string, unknown>) {
    const document = `${read('fragments', `${view}.graphql`)}\n${read('operations', `${view}.graphql`)}`;
    const res = await g.gql(document, variables);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    return res.body.data;
  }

  it('AppointmentDefault returns the appointment with its relations', async () => {
    const data = await run('appointment-default', { uuid: a.uuid });
    expect(data.appointmentByUuid).toMatchObject({
      id: String(a.id),
      uuid: a.uuid,
      reference: a.reference,
      title: a.title,
      startDate: a.startDate.toISOString(),
      customer: { id: String(a.customerId) },
      photographer: { id: String(a.photographerUserId) },
      updatedAtMt: a.updatedAtMt,
    });
  });

  it('AppointmentUssSchedulerView returns what the calendar needs', async () => {
    const data = await run('appointment-uss-scheduler-view', { uuid: a.uuid });
    expect(data.appointmentByUuid).toMatchObject({
      id: String(a.id),
      dateStartLocal: a.dateStartLocal,
      timeStartLocal: a.timeStartLocal,
      dateStartOffice: a.dateStartOffice,
      photographerUserId: String(a.photographerUserId),
      confirmed: a.confirmed,
      customer: { id: String(a.customerId) },
    });
  });

  it('AppointmentUssAvailabilityView returns when the photographer is busy', async () => {
    const data = await run('appointment-uss-availability-view', { uuid: a.uuid });
    expect(data.appointmentByUuid).toEqual({
      id: String(a.id),
      uuid: a.uuid,
      startDate: a.startDate.toISOString(),
      endDate: a.endDate.toISOString(),
      allday: a.allday,
      dateStartLocal: a.dateStartLocal,
      timeStartLocal: a.timeStartLocal,
      dateStopLocal: a.dateStopLocal,
      timeStopLocal: a.timeStopLocal,
      photographerUserId: String(a.photographerUserId),
      cancelled: a.cancelled,
      optional: a.optional,
    });
  });

  it('AppointmentNotificationParameters returns the notification parameters', async () => {
    const customer = await g.db.getRepository(Customer).findOneByOrFail({ id: a.customerId! });
    const data = await run('appointment-notification-parameters', { uuid: a.uuid });
    expect(data.appointmentByUuid.notificationParameters).toMatchObject({
      uuid: a.uuid,
      title: a.title,
      customerName: customer.name,
      photographerName: a.photographerName,
      startDateLocal: a.dateStartLocal,
      startTimeLocal: a.timeStartLocal,
    });
  });

  it('SchedulerAppointments walks a date range with the scheduler view', async () => {
    const filter = { startDate: { gte: '2025-01-01T00:00:00Z' }, cancelled: false };
    const document = `${read('fragments', 'appointment-uss-scheduler-view.graphql')}\n${read('operations', 'scheduler-appointments.graphql')}`;
    const page1 = await g.gql(document, { filter, first: 10 });
    expect(page1.body.errors).toBeUndefined();
    const c = page1.body.data.appointmentsConnection;
    expect(c.edges).toHaveLength(10);
    expect(c.totalCount).toBeGreaterThan(10);
    const page2 = await g.gql(document, { filter, first: 10, after: c.pageInfo.endCursor });
    const edges = [...c.edges, ...page2.body.data.appointmentsConnection.edges];
    const starts = edges.map((e: any) => e.node.startDate);
    expect(starts).toEqual([...starts].sort());
    expect(new Set(edges.map((e: any) => e.node.id)).size).toBe(20);
    expect(edges.every((e: any) => e.node.cancelled === false)).toBe(true);
  });
});
