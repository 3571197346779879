import { startTestGateway, TestGateway } from './support/test-gateway';
import { arrangeWorld, UPSERT, World } from './appointment-mutations.fixtures';

/*
 * Upserts interleaved with other upserts (with and without contacts), creates, renames and
 * deletes of the same reference, through real HTTP on real parallel connections (issue 17's
 * attack): every upsert answers CREATED, UPDATED or UNCHANGED, never not-found or a crash, with
 * the appointment as it stored it; and the reference names at most one row after each trial.
 * On SQLite the one connection serialises the writers, which must give the same answers.
 */

const CREATE = 'mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { id } }';
const RENAME = 'mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { id } }';
const DELETE = 'mutation($r: String!) { deleteAppointmentByReference(reference: $r) { success } }';
const WINDOW = { startDate: '2026-02-01T09:00:00Z', endDate: '2026-02-01T10:00:00Z' };
const TRIALS = 100;

describe('upserts under every interleaving', () => {
  let g: TestGateway;
  let w: World;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none', poolSize: 20 });
    w = await arrangeWorld(g.db);
  });
  afterAll(async () => {
    await g.close();
  });

  it(`answers every upsert with its outcome and the row it stored, over ${TRIALS} trials`, async () => {
    const wrong: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const reference = `IL-${trial}`;
      // Half the trials start from an existing row (one with a stamp and contacts to race on).
      if (trial % 2 === 1) {
        await g.gql(UPSERT, {
          reference,
          input: { title: 'seed', ...WINDOW, customerId: String(w.customerId), contacts: [String(w.contactIds[0])] },
        });
      }
      const other = await g.gql(CREATE, { input: { title: 'other', ...WINDOW } });
      const otherId = other.body.data.createAppointment.id;
      const upserts = Array.from({ length: 4 }, (_, i) => {
        const withContacts = i % 2 === 0;
        const input = {
          title: `u${trial}-${i}`,
          ...WINDOW,
          ...(withContacts ? { customerId: String(w.customerId), contacts: [String(w.contactIds[i % 3])] } : {}),
        };
        return g.gql(UPSERT, { reference, input }).then((r) => ({ r, title: input.title }));
      });
      const others = [
        g.gql(DELETE, { r: reference }),
        g.gql(CREATE, { input: { title: 'create', reference, ...WINDOW } }),
        g.gql('{ appointment(id: "0") { id } }'),
      ];
      // A rename of another row onto the reference, with that row's current stamp.
      const [row] = await g.db.query('SELECT updated_at_mt AS s FROM appointments WHERE id = ?', [otherId]);
      others.push(g.gql(RENAME, { id: otherId, input: { updatedAtMt: row.s, reference } }));
      const results = await Promise.all(upserts);
      await Promise.all(others);
      for (const { r, title } of results) {
        const error = r.body.errors?.[0]?.extensions.code;
        if (error) {
          wrong.push(`trial ${trial}: ${error} ${r.body.errors![0].message}`);
          continue;
        }
        const { outcome, appointment } = r.body.data.upsertAppointment;
        if (!['CREATED', 'UPDATED', 'UNCHANGED'].includes(outcome)) wrong.push(`trial ${trial}: outcome ${outcome}`);
        if (appointment.reference !== reference) wrong.push(`trial ${trial}: answered row ${appointment.reference}`);
        if (outcome !== 'UNCHANGED' && appointment.title !== title)
          wrong.push(`trial ${trial}: ${outcome} but title ${appointment.title}, sent ${title}`);
      }
      const rows = await g.db.query('SELECT id FROM appointments WHERE reference = ?', [reference]);
      if (rows.length > 1) wrong.push(`trial ${trial}: ${rows.length} rows hold the reference`);
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});
