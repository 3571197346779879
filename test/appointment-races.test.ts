import { SYSTEM_ACTOR } from '../src/context/actor';
import { DomainError } from '../src/errors/domain.error';
import type { UpdateAppointmentInput, UpsertAppointmentInput } from '../src/appointments/appointment-inputs.type';
import { createServices } from '../src/app';
import { serviceContext } from './support/service-context';
import { startTestGateway, TestGateway } from './support/test-gateway';
import { DELETE, insertAppointment, link, UPDATE, UPSERT } from './appointment-mutations.fixtures';

/*
 * Concurrent writes through the gateway over HTTP. On MySQL they run on real parallel
 * connections (a pool of 20); on SQLite the one connection serialises them, which must give the
 * same answers.
 */
describe('concurrent appointment writes', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none', poolSize: 20 });
  });
  afterAll(async () => {
    await g.close();
  });

  const codesOf = (responses: { body: { errors?: { extensions: Record<string, any> }[] } }[]) =>
    responses.map((r) => r.body.errors?.[0]?.extensions.code ?? 'ok');

  it("lets exactly one of 50 updates carrying the same stamp win; the row holds the winner's values", async () => {
    const a = await insertAppointment(g.db);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        g.gql(UPDATE, {
          id: String(a.id),
          input: { updatedAtMt: a.updatedAtMt, title: `writer ${i}`, note: `note ${i}`, timeDurationS: i },
        }),
      ),
    );
    const codes = codesOf(responses);
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes.filter((c) => c === 'stale-update')).toHaveLength(49);
    const winner = responses.find((r) => !r.body.errors)!.body.data.updateAppointment;
    const i = Number(winner.title.replace('writer ', ''));
    const [row] = await g.db.query('SELECT title, note, time_duration_s, updated_at_mt FROM appointments WHERE id = ?', [a.id]);
    expect(row).toEqual({ title: `writer ${i}`, note: `note ${i}`, time_duration_s: i, updated_at_mt: winner.updatedAtMt });
    for (const r of responses.filter((x) => x.body.errors)) {
      expect(r.body.errors![0].extensions.currentUpdatedAtMt).toBe(winner.updatedAtMt);
    }
  });

  it('leaves exactly one row and one CREATED after 50 concurrent upserts of one new reference', async () => {
    const input = { title: 'Race', startDate: '2026-02-01T09:00:00Z', endDate: '2026-02-01T10:00:00Z', note: 'same for all' };
    const responses = await Promise.all(Array.from({ length: 50 }, () => g.gql(UPSERT, { reference: 'race-1', input })));
    expect(codesOf(responses).filter((c) => c !== 'ok')).toEqual([]);
    const outcomes = responses.map((r) => r.body.data.upsertAppointment.outcome);
    expect(outcomes.filter((o) => o === 'CREATED')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'UNCHANGED')).toHaveLength(49);
    const rows = await g.db.query('SELECT id FROM appointments WHERE reference = ?', ['race-1']);
    expect(rows).toHaveLength(1);
    expect(new Set(responses.map((r) => r.body.data.upsertAppointment.appointment.id))).toEqual(new Set([String(rows[0].id)]));
  });

  it('tells CREATED from UPDATED when 50 concurrent upserts of one new reference differ', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        g.gql(UPSERT, {
          reference: 'race-2',
          input: { title: `Race ${i}`, startDate: '2026-02-01T09:00:00Z', endDate: '2026-02-01T10:00:00Z' },
        }),
      ),
    );
    expect(codesOf(responses).filter((c) => c !== 'ok')).toEqual([]);
    const outcomes = responses.map((r) => r.body.data.upsertAppointment.outcome);
    expect(outcomes.filter((o) => o === 'CREATED')).toHaveLength(1);
    expect(outcomes.every((o) => ['CREATED', 'UPDATED', 'UNCHANGED'].includes(o))).toBe(true);
    expect(await g.db.query('SELECT id FROM appointments WHERE reference = ?', ['race-2'])).toHaveLength(1);
  });

  it("answers concurrent updates and deletes of one row with the catalog's errors only, and leaves no partial row", async () => {
    for (let round = 0; round < 5; round += 1) {
      const a = await insertAppointment(g.db);
      const contact = await g.db
        .createQueryBuilder()
        .insert()
        .into('contacts')
        .values({ name: `c${round}` })
        .execute();
      const contactId = String(contact.identifiers[0].id);
      await link(g.db, a.id, [Number(contactId)]);
      const requests = Array.from({ length: 20 }, (_, i) =>
        i % 4 === 0
          ? g.gql(DELETE, { id: String(a.id) })
          : g.gql(UPDATE, { id: String(a.id), input: { updatedAtMt: a.updatedAtMt, title: `t${i}`, contacts: [contactId] } }),
      );
      const codes = codesOf(await Promise.all(requests));
      expect(codes.filter((c) => !['ok', 'stale-update', 'not-found'].includes(c))).toEqual([]);
      expect(await g.db.query('SELECT id FROM appointments WHERE id = ?', [a.id])).toEqual([]);
      expect(await g.db.query('SELECT * FROM appointment_contacts WHERE appointment_id = ?', [a.id])).toEqual([]);
      // Exactly one delete succeeded; at most one update did (before it).
      expect(codes.filter((c, i) => i % 4 === 0 && c === 'ok')).toHaveLength(1);
      expect(codes.filter((c, i) => i % 4 !== 0 && c === 'ok').length).toBeLessThanOrEqual(1);
    }
  });

  // HTTP and auth spread requests out in time; calling the service directly puts all 50
  // transactions in flight at once, which is what makes InnoDB's locks (and deadlocks) bite.
  describe('straight against the service, all transactions in flight at once', () => {
    const service = createServices().appointmentWrites;
    const ctx = () => serviceContext(g.db, SYSTEM_ACTOR, 'race');
    const outcome = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e) => (e instanceof DomainError ? e.code : `crash: ${e}`),
      );

    it('one update wins per stamp', async () => {
      const a = await insertAppointment(g.db);
      const codes = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          outcome(service.update(ctx(), { id: a.id }, { updatedAtMt: a.updatedAtMt, title: `w${i}` } as UpdateAppointmentInput, false)),
        ),
      );
      expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
      expect(codes.filter((c) => c === 'stale-update')).toHaveLength(49);
    });

    it('one row and one CREATED per new reference', async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          service
            .upsert(
              ctx(),
              'race-direct',
              { title: `T${i % 2}`, startDate: '2026-02-01T09:00:00Z', endDate: '2026-02-01T10:00:00Z' } as UpsertAppointmentInput,
              false,
            )
            .then(
              (r) => r.outcome,
              (e) => `error: ${e.code ?? e}`,
            ),
        ),
      );
      expect(results.filter((o) => o === 'CREATED')).toHaveLength(1);
      expect(results.filter((o) => o !== 'CREATED' && o !== 'UPDATED' && o !== 'UNCHANGED')).toEqual([]);
      expect(await g.db.query('SELECT id FROM appointments WHERE reference = ?', ['race-direct'])).toHaveLength(1);
    });
  });
});
