import { AppointmentRepository, SERVER_OWNED_COLUMNS } from '../src/appointments/appointment.repository';
import { Appointment } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * Every column of an appointment is written from input or owned by the server: the columns a
 * write sets come from the entity's metadata (AppointmentRepository.writableColumns), so a new
 * column is written without a second list; this test fails when one has no input field to come
 * from, or when the server-owned list names a column that is gone.
 */
describe('appointment columns', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
  });
  afterAll(async () => {
    await g.close();
  });

  it('are each writable through every write input, or listed as server-owned', async () => {
    const columns = g.db.getMetadata(Appointment).columns.map((c) => c.propertyName);
    const writable = new AppointmentRepository().writableColumns({ db: g.db }).map((c) => c.property);
    expect([...writable, ...SERVER_OWNED_COLUMNS].sort()).toEqual([...columns].sort());
    const res = await g.gql('{ __schema { types { name inputFields { name } } } }');
    const inputs = res.body.data.__schema.types.filter((t: { name: string }) => /^(Create|Update|Upsert)AppointmentInput$/.test(t.name));
    expect(inputs).toHaveLength(3);
    for (const input of inputs) {
      const fields = new Set(input.inputFields.map((f: { name: string }) => f.name));
      // The reference of an upsert is its argument, not an input field.
      const expected = writable.filter((c) => !(input.name === 'UpsertAppointmentInput' && c === 'reference'));
      expect({ input: input.name, missing: expected.filter((c) => !fields.has(c)) }).toEqual({ input: input.name, missing: [] });
      expect({ input: input.name, serverOwned: SERVER_OWNED_COLUMNS.filter((c) => fields.has(c) && c !== 'updatedAtMt') }).toEqual({
        input: input.name,
        serverOwned: [],
      });
    }
  });
});
