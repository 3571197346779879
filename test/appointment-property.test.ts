import { seededRandom } from '../src/database/seeds/random';
import { newStamp } from '../src/domain/stamp';
import { Appointment, Customer, User } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * Random filter/sort/order/page-size combinations (seeded PRNG), run through GraphQL as offset
 * pages and as a full cursor walk, compared with an in-memory evaluation of the same query over
 * every row loaded from the database. The data has many ties on every sort key and NULL
 * references, so tie-breaking and the NULL handling of the keyset predicate are exercised.
 * Text is lower-case letters and digits only, so JS ordering equals the databases' collations.
 */

type Range = { gt?: string; gte?: string; lt?: string; lte?: string };
type Filter = Record<string, unknown>;
const SORTS = ['ID', 'DATE_CREATED', 'LAST_UPDATED', 'START_DATE', 'END_DATE', 'TITLE', 'REFERENCE'] as const;
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'alphabet', 'beta2', 'zeta9'];
const BASE = Date.UTC(2026, 0, 1);
const DAY = 86400_000;

const rnd = seededRandom(4242);

/** A wildcard pattern as a RegExp: a title pattern ignores (ASCII) case, a reference pattern does not. */
function patternRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const parts = pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`, ignoreCase ? 'i' : '');
}

function inRange(t: number, r: Range): boolean {
  const at = (s?: string) => (s === undefined ? undefined : Date.parse(s));
  const [gt, gte, lt, lte] = [at(r.gt), at(r.gte), at(r.lt), at(r.lte)];
  return (gt === undefined || t > gt) && (gte === undefined || t >= gte) && (lt === undefined || t < lt) && (lte === undefined || t <= lte);
}

describe('appointment queries against an independent evaluation', () => {
  let g: TestGateway;
  let rows: Appointment[];
  const customerRef = new Map<number, string>();
  const userRef = new Map<number, string>();

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    const customers = await g.db
      .getRepository(Customer)
      .save(['ca1', 'ca2', 'cb1', 'xc3'].map((reference) => ({ reference, name: reference, createdAt: new Date(BASE) })));
    const users = await g.db
      .getRepository(User)
      .save(['ea1', 'ea2', 'eb7'].map((reference) => ({ reference, name: reference, email: null, createdAt: new Date(BASE) })));
    customers.forEach((c) => customerRef.set(c.id, c.reference));
    users.forEach((u) => userRef.set(u.id, u.reference));
    const fresh: Partial<Appointment>[] = [];
    for (let i = 0; i < 160; i++) {
      // Few distinct instants and titles: lots of ties.
      const start = new Date(BASE + rnd.int(0, 30) * DAY + rnd.pick([0, 3600_000]));
      const created = new Date(BASE - rnd.int(0, 20) * DAY);
      fresh.push({
        uuid: rnd.uuid(),
        reference: rnd.chance(0.25) ? null : `r${String(rnd.int(0, 99999)).padStart(5, '0')}x${i}`,
        title: `${rnd.pick(WORDS)}${rnd.chance(0.5) ? ` ${rnd.pick(WORDS)}` : ''}`,
        startDate: start,
        endDate: new Date(start.getTime() + rnd.pick([1, 2, 24]) * 3600_000),
        createdAt: created,
        updatedAt: new Date(created.getTime() + rnd.int(0, 3) * DAY),
        confirmed: rnd.chance(0.5),
        cancelled: rnd.chance(0.2),
        done: rnd.chance(0.3),
        apptType: rnd.pick(['shoot', 'reshoot', null]),
        customerId: rnd.chance(0.85) ? rnd.pick(customers).id : null,
        userId: rnd.chance(0.9) ? rnd.pick(users).id : null,
        photographerUserId: rnd.chance(0.7) ? rnd.pick(users).id : null,
        updatedAtMt: newStamp(created),
      });
    }
    for (let i = 0; i < fresh.length; i += 50) {
      await g.db.getRepository(Appointment).save(fresh.slice(i, i + 50).map((r) => g.db.getRepository(Appointment).create(r)));
    }
    rows = await g.db.getRepository(Appointment).find();
  });
  afterAll(() => g.close());

  function randomInstant(): string {
    return new Date(BASE + rnd.int(-22, 32) * DAY + rnd.pick([0, 3600_000])).toISOString();
  }

  function randomRange(): Range {
    for (;;) {
      const r: Range = {};
      if (rnd.chance(0.7)) r[rnd.pick(['gt', 'gte'] as const)] = randomInstant();
      if (rnd.chance(0.7)) r[rnd.pick(['lt', 'lte'] as const)] = randomInstant();
      const lo = r.gt ?? r.gte;
      const hi = r.lt ?? r.lte;
      if (!lo || !hi || Date.parse(lo) < Date.parse(hi)) return r;
    }
  }

  function randomPattern(values: string[]): string {
    const v = rnd.pick(values);
    const cut = rnd.int(1, Math.max(1, v.length - 1));
    return rnd.pick([`${v.slice(0, cut)}*`, `*${v.slice(cut)}`, `*${v.slice(1, cut + 1)}*`, v, v.toUpperCase()]);
  }

  function randomFilter(): Filter {
    const f: Filter = {};
    const fields = [
      'dateCreated',
      'lastUpdated',
      'startDate',
      'endDate',
      'title',
      'customerReference',
      'employeeReference',
      'customerId',
      'photographerUserId',
      'confirmed',
      'cancelled',
      'done',
      'apptType',
      'ids',
    ];
    for (let n = rnd.int(0, 3); n > 0; n--) {
      const field = rnd.pick(fields);
      if (['dateCreated', 'lastUpdated', 'startDate', 'endDate'].includes(field)) f[field] = randomRange();
      else if (field === 'title') f.title = randomPattern(rows.map((r) => r.title));
      else if (field === 'customerReference') f.customerReference = randomPattern([...customerRef.values()]);
      else if (field === 'employeeReference') f.employeeReference = randomPattern([...userRef.values()]);
      else if (field === 'customerId') f.customerId = String(rnd.pick([...customerRef.keys()]));
      else if (field === 'photographerUserId') f.photographerUserId = String(rnd.pick([...userRef.keys()]));
      else if (field === 'apptType') f.apptType = rnd.pick(['shoot', 'reshoot']);
      else if (field === 'ids') f.ids = Array.from({ length: rnd.int(0, 40) }, () => String(rnd.pick(rows).id));
      else f[field] = rnd.chance(0.5);
    }
    return f;
  }

  function expected(f: Filter, sort: (typeof SORTS)[number], order: 'ASC' | 'DESC'): number[] {
    const ranges: [string, (a: Appointment) => Date][] = [
      ['dateCreated', (a) => a.createdAt],
      ['lastUpdated', (a) => a.updatedAt],
      ['startDate', (a) => a.startDate],
      ['endDate', (a) => a.endDate],
    ];
    const kept = rows.filter(
      (a) =>
        ranges.every(([field, get]) => !f[field] || inRange(get(a).getTime(), f[field] as Range)) &&
        (f.title === undefined || patternRegExp(f.title as string, true).test(a.title)) &&
        (f.customerReference === undefined ||
          (a.customerId != null && patternRegExp(f.customerReference as string, false).test(customerRef.get(a.customerId)!))) &&
        (f.employeeReference === undefined ||
          (a.userId != null && patternRegExp(f.employeeReference as string, false).test(userRef.get(a.userId)!))) &&
        (f.customerId === undefined || String(a.customerId) === f.customerId) &&
        (f.photographerUserId === undefined || String(a.photographerUserId) === f.photographerUserId) &&
        (f.apptType === undefined || a.apptType === f.apptType) &&
        (f.ids === undefined || (f.ids as string[]).includes(String(a.id))) &&
        (['confirmed', 'cancelled', 'done'] as const).every((flag) => f[flag] === undefined || a[flag] === f[flag]),
    );
    const key = (a: Appointment): number | string | null =>
      ({
        ID: a.id,
        DATE_CREATED: a.createdAt.getTime(),
        LAST_UPDATED: a.updatedAt.getTime(),
        START_DATE: a.startDate.getTime(),
        END_DATE: a.endDate.getTime(),
        TITLE: a.title,
        REFERENCE: a.reference,
      })[sort];
    const cmp = (x: number | string | null, y: number | string | null): number => {
      if (x === y) return 0;
      if (x === null) return -1; // NULL first ascending
      if (y === null) return 1;
      return x < y ? -1 : 1;
    };
    const sign = order === 'ASC' ? 1 : -1;
    return kept.sort((a, b) => sign * (cmp(key(a), key(b)) || a.id - b.id)).map((a) => a.id);
  }

  it('gives the same rows, in the same order, as the independent evaluation for 50 random queries', async () => {
    let nonEmpty = 0;
    for (let i = 0; i < 50; i++) {
      const filter = randomFilter();
      const sort = rnd.pick(SORTS);
      const order = rnd.pick(['ASC', 'DESC'] as const);
      const max = rnd.pick([1, 3, 7, 25, 100]);
      const want = expected(filter, sort, order);
      if (want.length > 0) nonEmpty += 1;
      const label = JSON.stringify({ i, filter, sort, order, max });

      const offset = rnd.pick([0, 0, max, rnd.int(0, want.length + 2)]);
      const page = await g.gql(
        `query($f: AppointmentFilter, $max: Int, $offset: Int, $sort: AppointmentSort, $order: SortOrder) {
        appointments(filter: $f, max: $max, offset: $offset, sort: $sort, order: $order) { paging { total nextOffset } data { id } } }`,
        { f: filter, max, offset, sort, order },
      );
      expect({ label, errors: page.body.errors }).toEqual({ label, errors: undefined });
      expect({
        label,
        total: page.body.data.appointments.paging.total,
        ids: page.body.data.appointments.data.map((r: any) => Number(r.id)),
      }).toEqual({ label, total: want.length, ids: want.slice(offset, offset + max) });

      const walked: number[] = [];
      let after: string | null = null;
      for (let step = 0; step <= want.length + 1; step++) {
        const res: any = await g.gql(
          `query($f: AppointmentFilter, $first: Int, $after: String, $sort: AppointmentSort, $order: SortOrder) {
          appointmentsConnection(filter: $f, first: $first, after: $after, sort: $sort, order: $order) {
            nodes { id } pageInfo { hasNextPage endCursor } totalCount } }`,
          { f: filter, first: max, after, sort, order },
        );
        expect({ label, errors: res.body.errors }).toEqual({ label, errors: undefined });
        const c: any = res.body.data.appointmentsConnection;
        expect({ label, totalCount: c.totalCount }).toEqual({ label, totalCount: want.length });
        walked.push(...c.nodes.map((n: any) => Number(n.id)));
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      expect({ label, walked }).toEqual({ label, walked: want });
    }
    expect(nonEmpty).toBeGreaterThan(25);
  });

  it('matches %, _, \\ and ! literally in patterns, on both databases', async () => {
    const titles = ['50% off', '50x off', 'a_b', 'axb', 'back\\slash', 'backxslash', 'bang!', 'bang'];
    const saved = await g.db.getRepository(Appointment).save(
      titles.map((title, i) =>
        g.db.getRepository(Appointment).create({
          uuid: `00000000-0000-4000-a000-00000000000${i}`,
          title,
          startDate: new Date(BASE),
          endDate: new Date(BASE + DAY),
          createdAt: new Date(BASE),
          updatedAt: new Date(BASE),
          updatedAtMt: newStamp(new Date(BASE)),
        }),
      ),
    );
    const idOf = new Map(saved.map((a) => [a.title, Number(a.id)]));
    const match = async (title: string) => {
      const res = await g.gql('query($t: String) { appointments(filter: { title: $t }) { data { title } } }', { t: title });
      expect(res.body.errors).toBeUndefined();
      return res.body.data.appointments.data.map((a: any) => a.title).sort();
    };
    expect(await match('50%*')).toEqual(['50% off']);
    expect(await match('50% off')).toEqual(['50% off']);
    expect(await match('a_b')).toEqual(['a_b']);
    expect(await match('*_*')).toEqual(['a_b']);
    expect(await match('back\\*')).toEqual(['back\\slash']);
    expect(await match('bang!')).toEqual(['bang!']);
    expect(await match('*!')).toEqual(['bang!']);
    expect(await match('BANG')).toEqual(['bang']);
    expect(idOf.size).toBe(titles.length);
  });
});
