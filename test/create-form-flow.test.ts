import { FreePhotographersDocument } from '../examples/generated/graphql';
import { book, categories, contactsOf, findCustomers, photographersFreeAt } from '../examples/create-form';
import { gatewayClient } from '../examples/list-appointments';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * The scheduler's create form, end to end through the typed client codegen makes of
 * graphql/operations/create-form.graphql (examples/create-form.ts): find a customer by a `*`
 * search, list its contacts, pick a category and a photographer free at the wanted time, create
 * the appointment by references only, and see the slot no longer free.
 */

// A Wednesday inside the default working hours (Mon-Fri 08:00-18:00, UTC), after the demo data.
const START = '2027-03-03T10:00:00.000Z';

describe('the create form through the typed client', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
  });
  afterAll(async () => {
    await g.close();
  });

  it('finds the customer, its contacts, a category and a free photographer, books by references, and the slot is taken', async () => {
    const client = gatewayClient(`${g.url}/graphql`, g.token);

    const customers = await findCustomers(client, 'harbor*');
    expect(customers.map((c) => c.reference)).toEqual(['DEMO-C01']);
    const contacts = await contactsOf(client, customers[0].id);
    expect(contacts.map((c) => c.name)).toEqual(['Agent 1A', 'Agent 1B']);
    expect((await categories(client)).map((c) => c.reference)).toContain('photo_shoot');
    const free = await photographersFreeAt(client, START, 60);
    expect(free.length).toBeGreaterThan(0);

    const created = await book(client, {
      title: 'Twilight shoot',
      customerName: 'harbor*',
      categoryReference: 'photo_shoot',
      start: START,
      minutes: 60,
    });
    expect(created).toMatchObject({
      title: 'Twilight shoot',
      startDate: START,
      endDate: '2027-03-03T11:00:00.000Z',
      customer: { reference: 'DEMO-C01' },
      appointmentCategory: { reference: 'photo_shoot' },
      photographer: { reference: free[0].reference },
    });
    expect(created.contacts.map((c) => c.id).sort()).toEqual(contacts.map((c) => c.id).sort());

    // The photographer booked is no longer free at that time; the others still are.
    const after = await photographersFreeAt(client, START, 60);
    expect(after.map((p) => p.reference)).toEqual(free.slice(1).map((p) => p.reference));
    const their = await client
      .query(FreePhotographersDocument, {
        from: '2027-03-03T08:00:00Z',
        to: '2027-03-03T18:00:00Z',
        photographerReferences: [free[0].reference],
      })
      .toPromise();
    const slots = their.data!.photographerAvailability[0].slots.map((s) => s.start);
    expect(slots).not.toContain(START);
    expect(slots).toContain('2027-03-03T11:00:00.000Z');
  });

  it('answers an unknown reference in the form with invalid-param naming the field, and creates nothing', async () => {
    const client = gatewayClient(`${g.url}/graphql`, g.token);
    await expect(
      book(client, { title: 'x', customerName: 'harbor*', categoryReference: 'no-such-category', start: START, minutes: 60 }),
    ).rejects.toThrow('no category no-such-category');
    const before = await g.db.query('SELECT COUNT(*) AS n FROM appointments');
    const res = await g.gql(
      `mutation { createAppointment(input: { title: "x", startDate: "2027-03-04T10:00:00Z", endDate: "2027-03-04T11:00:00Z",
         customerReference: "DEMO-C01", photographerReference: "nobody" }) { id } }`,
    );
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'invalid-param', params: ['photographerReference'] });
    expect(await g.db.query('SELECT COUNT(*) AS n FROM appointments')).toEqual(before);
  });
});
