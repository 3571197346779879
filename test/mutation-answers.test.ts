import fs from 'node:fs';
import path from 'node:path';
import { Appointment, Customer } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * A write answers the appointment exactly as a query reads it right after: createAppointment,
 * updateAppointment and upsertAppointment read the row back with only the columns (and, but for
 * the upsert's locking read, the joined relations) their selection needs, so every field of the shipped fragments, and the relations with their
 * row rules, must come out the same as appointment(id) gives them, for an employee and a liaison.
 */

const fragment = (file: string) => fs.readFileSync(path.join(__dirname, '..', 'graphql', 'fragments', file), 'utf8');

const SELECTIONS: Record<string, { fragments: string; selection: string }> = {
  'the default fragment': { fragments: fragment('appointment-default.graphql'), selection: '...AppointmentDefault' },
  "the scheduler's view": { fragments: fragment('appointment-uss-scheduler-view.graphql'), selection: '...AppointmentUssSchedulerView' },
  'relations only': {
    fragments: '',
    selection: `title customer { id name contacts { id name } } contacts { id name email } order { id reference status }
      appointmentCategory { id name } user { id reference name email } photographer { id name }`,
  },
};

describe("a write's answer is the appointment as a query reads it", () => {
  let g: TestGateway;
  let a: Appointment;
  let liaison: Record<string, string>;

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
    a = (await g.db.getRepository(Appointment).find({ order: { id: 'ASC' } })).find(
      (x) => x.customerId && x.orderId && x.photographerUserId,
    )!;
    const customer = await g.db.getRepository(Customer).findOneByOrFail({ id: a.customerId! });
    liaison = await g.tokenFor({ role: 'liaison', customerIds: [customer.id] });
  });
  afterAll(async () => {
    await g?.close();
  });

  const read = async (id: string, { fragments, selection }: { fragments: string; selection: string }, headers: Record<string, string>) => {
    const res = await g.gql(`${fragments} query($id: ID!) { appointment(id: $id) { ${selection} } }`, { id }, headers);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.appointment;
  };

  for (const [name, sel] of Object.entries(SELECTIONS)) {
    for (const role of ['employee', 'liaison'] as const) {
      it(`updateAppointment, ${name}, as ${role === 'employee' ? 'an employee' : 'a liaison'}`, async () => {
        const headers = role === 'employee' ? g.defaultHeaders : liaison;
        const stamp = (await read(String(a.id), { fragments: '', selection: 'updatedAtMt' }, headers)).updatedAtMt;
        const res = await g.gql(
          `${sel.fragments} mutation($id: ID!, $i: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $i) { ${sel.selection} } }`,
          { id: String(a.id), i: { updatedAtMt: stamp, title: `Answered ${name} ${role}` } },
          headers,
        );
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.updateAppointment).toEqual(await read(String(a.id), sel, headers));
      });
    }

    for (const outcome of ['CREATED', 'UPDATED'] as const) {
      it(`upsertAppointment, ${name}, ${outcome.toLowerCase()}`, async () => {
        const reference = `ANSWER-${Object.keys(SELECTIONS).indexOf(name)}`;
        const upsert = () =>
          g.gql(
            `${sel.fragments} mutation($r: String!, $i: UpsertAppointmentInput!) {
              upsertAppointment(reference: $r, input: $i) { outcome appointment { id ${sel.selection} } } }`,
            {
              r: reference,
              i: {
                title: `Upserted ${name} ${outcome}`,
                startDate: '2026-03-03T09:00:00Z',
                endDate: '2026-03-03T10:00:00Z',
                customerId: a.customerId,
                orderId: a.orderId,
                photographerUserId: a.photographerUserId,
              },
            },
          );
        const res = await upsert();
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.upsertAppointment.outcome).toBe(outcome);
        const answered = res.body.data.upsertAppointment.appointment;
        expect(answered).toEqual(await read(answered.id, { fragments: sel.fragments, selection: `id ${sel.selection}` }, g.defaultHeaders));
      });
    }

    it(`createAppointment, ${name}`, async () => {
      const res = await g.gql(
        `${sel.fragments} mutation($i: CreateAppointmentInput!) { createAppointment(input: $i) { id ${sel.selection} } }`,
        {
          i: {
            title: `Created ${name}`,
            startDate: '2026-03-02T09:00:00Z',
            endDate: '2026-03-02T10:00:00Z',
            customerId: a.customerId,
            orderId: a.orderId,
            photographerUserId: a.photographerUserId,
          },
        },
      );
      expect(res.body.errors).toBeUndefined();
      const created = res.body.data.createAppointment;
      expect(created).toEqual(await read(created.id, { fragments: sel.fragments, selection: `id ${sel.selection}` }, g.defaultHeaders));
    });
  }
});
