import fs from 'node:fs';
import path from 'node:path';
import { Customer, Employee, User } from '../src/database/entities';
import { insertAppointment } from './appointment-mutations.fixtures';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * photographerAvailability over real HTTP, in an office in America/Denver (MST, UTC-7; MDT, UTC-6
 * from 2026-03-08 to 2026-11-01), working Mon-Fri 08:00-12:00 and 13:00-17:00, and Sundays
 * 00:00-04:00 (so that the daylight-saving changes, both on a Sunday at 02:00, fall inside working
 * hours). Every expected answer is worked out by hand in UTC; the comments give the local times.
 */

const OFFICE = { OFFICE_TIME_ZONE: 'America/Denver', WORKING_HOURS: 'Mon-Fri 08:00-12:00,13:00-17:00; Sun 00:00-04:00' };

const QUERY = `query($from: String!, $to: String!, $ids: [ID!], $refs: [String!], $slot: Int, $step: Int) {
  photographerAvailability(from: $from, to: $to, photographerIds: $ids, photographerReferences: $refs, slotMinutes: $slot, stepMinutes: $step) {
    photographer { id reference name email }
    busy { start end appointmentId }
    free { start end }
    slots { start end }
  } }`;

type Window = [start: string, end: string];
interface Answer {
  photographer: { id: string; reference: string; name: string; email: string | null };
  busy: { start: string; end: string; appointmentId: string | null }[];
  free: { start: string; end: string }[];
  slots: { start: string; end: string }[];
}

const z = (s: string) => `${s}:00.000Z`;
const windows = (list: { start: string; end: string }[]): Window[] => list.map((w) => [w.start, w.end]);

describe('photographer availability', () => {
  let g: TestGateway;
  let own: number;
  let foreign: number;
  const users: Record<string, number> = {};
  const appts: Record<string, number> = {};

  async function photographer(reference: string, name: string, email: string | null = null, flag = true): Promise<number> {
    const user = await g.db.getRepository(User).save({ reference, name, email, createdAt: new Date() });
    await g.db.getRepository(Employee).save({ userId: user.id, photographer: flag, title: null });
    return (users[reference] = user.id);
  }

  async function appointment(key: string, who: string, start: string, end: string, extra: Record<string, unknown> = {}) {
    const a = await insertAppointment(g.db, {
      photographerUserId: users[who],
      customerId: own,
      startDate: new Date(z(start)),
      endDate: new Date(z(end)),
      ...extra,
    });
    appts[key] = a.id;
  }

  const ask = async (variables: Record<string, unknown>, headers?: Record<string, string>) => {
    const res = await g.gql(QUERY, variables, headers);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.photographerAvailability as Answer[];
  };
  const one = async (who: string, variables: Record<string, unknown>, headers?: Record<string, string>) => {
    const [answer, ...rest] = await ask({ ids: [String(users[who])], ...variables }, headers);
    expect(rest).toEqual([]);
    return answer!;
  };

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none', env: OFFICE });
    const customer = async (reference: string) =>
      (await g.db.getRepository(Customer).insert({ reference, name: reference, createdAt: new Date() })).identifiers[0].id as number;
    own = await customer('AV-OWN');
    foreign = await customer('AV-FOREIGN');
    await photographer('P-ANSEL', 'Ansel Adams', 'ansel@example.com');
    await photographer('P-BERENICE', 'Berenice Abbott');
    await photographer('P-CINDY', 'Cindy Sherman');
    // The same name as the first: the id breaks the tie.
    await photographer('P-ANSEL-2', 'Ansel Adams');
    await photographer('E-STAFF', 'Eve Staff', null, false);

    // Tuesday 2026-01-13 (MST): working 15:00-19:00Z and 20:00-24:00Z.
    await appointment('a1', 'P-ANSEL', '2026-01-13T16:00', '2026-01-13T17:00'); // 09:00-10:00
    await appointment('a2', 'P-ANSEL', '2026-01-13T16:30', '2026-01-13T17:30', { customerId: foreign }); // overlaps a1
    await appointment('a3', 'P-ANSEL', '2026-01-13T17:30', '2026-01-13T18:00'); // touches a2
    await appointment('a4', 'P-ANSEL', '2026-01-13T21:00', '2026-01-13T22:00', { cancelled: true }); // ignored
    await appointment('a5', 'P-ANSEL', '2026-01-13T23:30', '2026-01-14T15:30'); // 16:30 to Wednesday 08:30, across midnight
    await appointment('a6', 'P-ANSEL', '2026-01-14T16:00', '2026-01-14T16:30'); // Wednesday 09:00-09:30
    await appointment('b1', 'P-BERENICE', '2026-01-13T14:00', '2026-01-13T15:30', { customerId: foreign }); // 07:00-08:30
    // Sunday 2026-03-08, spring forward: 00:00 MST is 07:00Z, 04:00 MDT is 10:00Z (three working hours).
    await appointment('b2', 'P-BERENICE', '2026-03-08T08:30', '2026-03-08T09:30'); // 01:30 MST to 03:30 MDT
  });
  afterAll(() => g.close());

  const TUESDAY = { from: '2026-01-13T07:00:00Z', to: '2026-01-14T07:00:00Z' }; // Tuesday 00:00 to Wednesday 00:00, local

  it('lists busy appointments one each (cancelled ones left out), free windows and back-to-back slots within working hours', async () => {
    const answers = await ask({ ...TUESDAY, ids: ['P-CINDY', 'P-BERENICE', 'P-ANSEL'].map((r) => String(users[r])) });
    expect(answers.map((a) => a.photographer.reference)).toEqual(['P-ANSEL', 'P-BERENICE', 'P-CINDY']);
    const [ansel, berenice, cindy] = answers;
    expect(ansel!.photographer).toEqual({
      id: String(users['P-ANSEL']),
      reference: 'P-ANSEL',
      name: 'Ansel Adams',
      email: 'ansel@example.com',
    });
    expect(ansel!.busy).toEqual([
      { start: z('2026-01-13T16:00'), end: z('2026-01-13T17:00'), appointmentId: String(appts.a1) },
      { start: z('2026-01-13T16:30'), end: z('2026-01-13T17:30'), appointmentId: String(appts.a2) },
      { start: z('2026-01-13T17:30'), end: z('2026-01-13T18:00'), appointmentId: String(appts.a3) },
      // As stored: not cut at the end of the range.
      { start: z('2026-01-13T23:30'), end: z('2026-01-14T15:30'), appointmentId: String(appts.a5) },
    ]);
    expect(windows(ansel!.free)).toEqual([
      [z('2026-01-13T15:00'), z('2026-01-13T16:00')],
      [z('2026-01-13T18:00'), z('2026-01-13T19:00')],
      [z('2026-01-13T20:00'), z('2026-01-13T23:30')],
    ]);
    expect(windows(ansel!.slots)).toEqual([
      [z('2026-01-13T15:00'), z('2026-01-13T16:00')],
      [z('2026-01-13T18:00'), z('2026-01-13T19:00')],
      [z('2026-01-13T20:00'), z('2026-01-13T21:00')],
      [z('2026-01-13T21:00'), z('2026-01-13T22:00')],
      [z('2026-01-13T22:00'), z('2026-01-13T23:00')],
    ]);
    // An appointment that starts before working hours takes their first half hour.
    expect(windows(berenice!.free)).toEqual([
      [z('2026-01-13T15:30'), z('2026-01-13T19:00')],
      [z('2026-01-13T20:00'), z('2026-01-14T00:00')],
    ]);
    expect(windows(berenice!.slots).map(([s]) => s.slice(11, 16))).toEqual(['16:00', '17:00', '18:00', '20:00', '21:00', '22:00', '23:00']);
    expect(cindy!.busy).toEqual([]);
    expect(windows(cindy!.slots).map(([s]) => s.slice(11, 16))).toEqual([
      '15:00',
      '16:00',
      '17:00',
      '18:00',
      '20:00',
      '21:00',
      '22:00',
      '23:00',
    ]);
  });

  it('offers longer slots on a finer grid where they fit', async () => {
    const ansel = await one('P-ANSEL', { ...TUESDAY, slot: 90, step: 30 });
    expect(windows(ansel.slots)).toEqual([
      [z('2026-01-13T20:00'), z('2026-01-13T21:30')],
      [z('2026-01-13T20:30'), z('2026-01-13T22:00')],
      [z('2026-01-13T21:00'), z('2026-01-13T22:30')],
      [z('2026-01-13T21:30'), z('2026-01-13T23:00')],
      [z('2026-01-13T22:00'), z('2026-01-13T23:30')],
    ]);
  });

  it('answers a range across midnight with the appointments and working hours of both days', async () => {
    // Tuesday 16:00 to Wednesday 10:00, local.
    const range = { from: '2026-01-13T23:00:00Z', to: '2026-01-14T17:00:00Z' };
    const ansel = await one('P-ANSEL', range);
    expect(ansel.busy.map((b) => b.appointmentId)).toEqual([String(appts.a5), String(appts.a6)]);
    expect(windows(ansel.free)).toEqual([
      [z('2026-01-13T23:00'), z('2026-01-13T23:30')],
      [z('2026-01-14T15:30'), z('2026-01-14T16:00')],
      [z('2026-01-14T16:30'), z('2026-01-14T17:00')],
    ]);
    expect(ansel.slots).toEqual([]);
    expect(windows((await one('P-ANSEL', { ...range, slot: 30 })).slots)).toEqual(windows(ansel.free));
  });

  it('counts working hours by the wall clock across the change to daylight saving time', async () => {
    // Sunday 00:00-04:00 is three hours on 2026-03-08; the appointment spans the skipped hour.
    const range = { from: '2026-03-08T00:00:00Z', to: '2026-03-09T00:00:00Z' };
    const berenice = await one('P-BERENICE', range);
    expect(windows(berenice.free)).toEqual([
      [z('2026-03-08T07:00'), z('2026-03-08T08:30')],
      [z('2026-03-08T09:30'), z('2026-03-08T10:00')],
    ]);
    expect(windows(berenice.slots)).toEqual([[z('2026-03-08T07:00'), z('2026-03-08T08:00')]]);
    // Friday before (MST) and Monday after (MDT): 08:00 is 15:00Z, then 14:00Z.
    const cindy = await one('P-CINDY', { from: '2026-03-06T14:00:00Z', to: '2026-03-09T21:00:00Z' });
    expect(windows(cindy.free)).toEqual([
      [z('2026-03-06T15:00'), z('2026-03-06T19:00')],
      [z('2026-03-06T20:00'), z('2026-03-07T00:00')],
      [z('2026-03-08T07:00'), z('2026-03-08T10:00')],
      [z('2026-03-09T14:00'), z('2026-03-09T18:00')],
      [z('2026-03-09T19:00'), z('2026-03-09T21:00')],
    ]);
  });

  it('counts the repeated hour when daylight saving time ends', async () => {
    // Sunday 2026-11-01: 00:00 MDT is 06:00Z, 04:00 MST is 11:00Z: five working hours.
    const cindy = await one('P-CINDY', { from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' });
    expect(windows(cindy.free)).toEqual([[z('2026-11-01T06:00'), z('2026-11-01T11:00')]]);
    expect(windows(cindy.slots).map(([s]) => s.slice(11, 16))).toEqual(['06:00', '07:00', '08:00', '09:00', '10:00']);
  });

  it('tells clients and liaisons when a photographer is busy, but names only the appointments they may see', async () => {
    for (const role of ['client', 'liaison'] as const) {
      const headers = await g.tokenFor({ role, customerIds: [own] });
      const ansel = await one('P-ANSEL', TUESDAY, headers);
      expect(ansel.busy.map((b) => b.appointmentId)).toEqual([String(appts.a1), null, String(appts.a3), String(appts.a5)]);
      expect(ansel.photographer).toEqual({ id: String(users['P-ANSEL']), reference: 'P-ANSEL', name: 'Ansel Adams', email: null });
      // The same free time as staff see.
      expect(ansel.free.length).toBe(3);
      const berenice = await one('P-BERENICE', TUESDAY, headers);
      expect(berenice.busy).toEqual([{ start: z('2026-01-13T14:00'), end: z('2026-01-13T15:30'), appointmentId: null }]);
    }
  });

  it('answers every photographer by name then id when none are named, and takes references', async () => {
    const all = await ask(TUESDAY);
    expect(all.map((a) => a.photographer.reference)).toEqual(['P-ANSEL', 'P-ANSEL-2', 'P-BERENICE', 'P-CINDY']);
    const byRef = await ask({ ...TUESDAY, refs: ['P-CINDY', 'P-ANSEL-2', 'P-CINDY'] });
    expect(byRef.map((a) => a.photographer.reference)).toEqual(['P-ANSEL-2', 'P-CINDY']);
    expect(await ask({ ...TUESDAY, ids: [] })).toEqual([]);
  });

  it('costs two statements for one photographer or thirty', async () => {
    const bulk: number[] = [];
    for (let i = 0; i < 30; i++) bulk.push(await photographer(`P-BULK-${i}`, `Zed Bulk ${i}`));
    for (let i = 0; i < bulk.length; i++) await appointment(`bulk${i}`, `P-BULK-${i}`, '2026-01-13T16:00', '2026-01-13T17:00');
    const count = async (ids: number[]) => {
      g.counter.reset();
      const answers = await ask({ ...TUESDAY, ids: ids.map(String) });
      expect(answers).toHaveLength(ids.length);
      expect(answers.every((a) => a.busy.length === 1)).toBe(true);
      return g.counter.count;
    };
    expect(await count(bulk.slice(0, 1))).toBe(2);
    expect(await count(bulk)).toBe(2);
  });

  it('answers the shipped operation (graphql/operations/photographer-availability.graphql)', async () => {
    const document = fs.readFileSync(path.join(__dirname, '..', 'graphql', 'operations', 'photographer-availability.graphql'), 'utf8');
    const res = await g.gql(document, { ...TUESDAY, photographerIds: [String(users['P-CINDY'])], slotMinutes: 240 });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.photographerAvailability).toEqual([
      {
        photographer: { id: String(users['P-CINDY']), reference: 'P-CINDY', name: 'Cindy Sherman' },
        busy: [],
        free: [
          { start: z('2026-01-13T15:00'), end: z('2026-01-13T19:00') },
          { start: z('2026-01-13T20:00'), end: z('2026-01-14T00:00') },
        ],
        slots: [
          { start: z('2026-01-13T15:00'), end: z('2026-01-13T19:00') },
          { start: z('2026-01-13T20:00'), end: z('2026-01-14T00:00') },
        ],
      },
    ]);
  });

  describe('bad input', () => {
    const ok = { ...TUESDAY };
    it.each([
      ['from not an instant', { ...ok, from: '2026-01-13' }, 'invalid-datetime-format', ['from']],
      ['to not an instant', { ...ok, to: '2026-01-14T07:00' }, 'invalid-datetime-format', ['to']],
      ['to equal to from', { ...ok, to: ok.from }, 'date-validation-error', ['to']],
      ['to before from', { from: ok.to, to: ok.from }, 'date-validation-error', ['to']],
      ['a range over 31 days', { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:01Z' }, 'invalid-param', ['to']],
      ['slotMinutes 0', { ...ok, slot: 0 }, 'invalid-param', ['slotMinutes']],
      ['slotMinutes 4', { ...ok, slot: 4 }, 'invalid-param', ['slotMinutes']],
      ['slotMinutes over a day', { ...ok, slot: 1441 }, 'invalid-param', ['slotMinutes']],
      ['stepMinutes negative', { ...ok, step: -5 }, 'invalid-param', ['stepMinutes']],
      ['ids and references', { ...ok, ids: ['1'], refs: ['P-ANSEL'] }, 'invalid-param', ['photographerIds', 'photographerReferences']],
      ['an id that is no id', { ...ok, ids: ['x1'] }, 'invalid-param-type', ['photographerIds']],
      ['too many ids', { ...ok, ids: Array.from({ length: 1001 }, (_, i) => String(i + 1)) }, 'invalid-param', ['photographerIds']],
    ])('%s', async (_name, variables, code, params) => {
      g.counter.reset();
      const res = await g.gql(QUERY, variables);
      expect(res.body.data).toBeNull();
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors![0]!.extensions).toMatchObject({ code, params });
      // Refused before any statement.
      expect(g.counter.count).toBe(0);
    });

    it('refuses ids and references that name no photographer, as if they did not exist', async () => {
      const refused = async (variables: Record<string, unknown>) => {
        const res = await g.gql(QUERY, { ...ok, ...variables });
        expect(res.body.data).toBeNull();
        return { message: res.body.errors![0]!.message, ...res.body.errors![0]!.extensions };
      };
      expect(await refused({ ids: [String(users['P-ANSEL']), String(users['E-STAFF'])] })).toMatchObject({
        code: 'invalid-param',
        params: ['photographerIds'],
        message: `The photographer with the id ${users['E-STAFF']} doesn't exist.`,
      });
      expect(await refused({ ids: ['999999'] })).toMatchObject({
        code: 'invalid-param',
        message: "The photographer with the id 999999 doesn't exist.",
      });
      expect(await refused({ refs: ['P-ANSEL', 'p-ansel'] })).toMatchObject({
        code: 'invalid-param',
        params: ['photographerReferences'],
        message: "The photographer with the reference p-ansel doesn't exist.",
      });
    });
  });
});
