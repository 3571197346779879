import { SelectQueryBuilder } from 'typeorm';
import { assertCan, canSeeCustomer, customerScopeCondition } from '../auth/permissions';
import type { RequestContext } from '../context/request-context';
import { Appointment } from '../entities';
import { DomainError } from '../errors/domain.error';
import { AppointmentConnection } from '../graphql/types/appointment-connection.type';
import type { AppointmentFilter } from '../graphql/types/appointment-filter.input';
import type { AppointmentPage } from '../graphql/types/appointment-page.type';
import { AppointmentSort, SortOrder } from '../graphql/types/appointment-sort.enum';
import { pagingOf } from '../graphql/types/paging.type';
import { placeholders, readRows } from '../database/raw-statements';
import { AppointmentCriteria, applyAppointmentCriteria, parseAppointmentFilter } from './appointment-filter';
import { appointmentRowsSelect } from './appointment-rows';
import { direction, keysetCondition, SORT_KEYS } from './appointment-sort';
import { decodeCursor, encodeCursor, queryFingerprint } from './keyset-cursor';

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;
const NO_FIELDS: ReadonlySet<string> = new Set();

/** The arguments of `appointments`; null stands for the default, as an omitted argument does. */
export interface AppointmentListArgs {
  filter?: AppointmentFilter | null;
  max?: number | null;
  offset?: number | null;
  sort?: AppointmentSort | null;
  order?: SortOrder | null;
}

/** The arguments of `appointmentsConnection`. */
export interface AppointmentConnectionArgs {
  filter?: AppointmentFilter | null;
  first?: number | null;
  after?: string | null;
  sort?: AppointmentSort | null;
  order?: SortOrder | null;
}

type Ctx = Pick<RequestContext, 'db' | 'actor'>;

function pageSize(value: number | null | undefined, param: string): number {
  const size = value ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw DomainError.invalidParam(param, `${param} must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** Reading appointments: look-ups, offset pages and keyset connections. The rules live here. */
export class AppointmentService {
  /*
   * `fields`, where a method takes it: the fields a query selects on each appointment; the
   * to-one relations among them are read in the same statement (appointment-rows.ts).
   */

  async findById(ctx: RequestContext, id: number, fields: ReadonlySet<string> = NO_FIELDS): Promise<Appointment> {
    return this.findOne(ctx, 'id', id, fields);
  }

  async findByReference(ctx: RequestContext, reference: string, fields: ReadonlySet<string> = NO_FIELDS): Promise<Appointment> {
    return this.findOne(ctx, 'reference', reference, fields);
  }

  async findByUuid(ctx: RequestContext, uuid: string, fields: ReadonlySet<string> = NO_FIELDS): Promise<Appointment> {
    return this.findOne(ctx, 'uuid', uuid, fields);
  }

  /**
   * An offset page. The total is its own COUNT over the same conditions, never derived from the
   * page; `options.total` false skips it when the query selects nothing that needs it (pagingOf).
   */
  async list(ctx: RequestContext, args: AppointmentListArgs, fields: ReadonlySet<string> = NO_FIELDS,
    options: { total?: boolean } = {}): Promise<AppointmentPage> {
    const max = pageSize(args.max, 'max');
    const offset = args.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0) throw DomainError.invalidParam('offset', 'offset must not be negative');
    const criteria = parseAppointmentFilter(args.filter);
    const query = this.listIdsQuery(ctx, criteria, args.sort, args.order, max, offset);
    const [total, data] = await Promise.all([
      options.total === false ? Promise.resolve(null) : this.count(ctx, criteria),
      max === 0 ? Promise.resolve([]) : this.rowsOfIds(ctx, query, fields),
    ]);
    return { paging: pagingOf(total, max, offset), data };
  }

  /** A keyset page: the rows after the cursor's (sort key, id), read straight off the sort's index. */
  async connection(ctx: RequestContext, args: AppointmentConnectionArgs, fields: ReadonlySet<string> = NO_FIELDS): Promise<AppointmentConnection> {
    const first = pageSize(args.first, 'first');
    const criteria = parseAppointmentFilter(args.filter);
    const sort = args.sort ?? AppointmentSort.DATE_CREATED;
    const order = args.order ?? SortOrder.ASC;
    const fingerprint = queryFingerprint([criteria, sort, order]);
    const key = SORT_KEYS[sort];
    const after = args.after != null ? decodeCursor(args.after, fingerprint, key) : null;
    const [sql, params] = this.connectionQuery(ctx, criteria, sort, order, first, after, fields).getQueryAndParameters();
    const select = appointmentRowsSelect(ctx.db, fields);
    const rows = (await readRows(ctx.db, sql, params)).map((raw) => select.map(raw, ctx.loaders));
    const page = rows.slice(0, first);
    const cursorOf = (node: Appointment) => encodeCursor(fingerprint, { key: key.value(node), id: node.id });
    // An edge's cursor (an HMAC) is computed only when a client selects it.
    const edges = page.map((node) => ({ node, get cursor() { return cursorOf(node); } }));
    return Object.assign(new AppointmentConnection(), {
      edges,
      nodes: page,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== null,
        startCursor: page.length ? cursorOf(page[0]) : null,
        endCursor: page.length ? cursorOf(page[page.length - 1]) : null,
      },
      countTotal: () => this.count(ctx, criteria),
    });
  }

  /**
   * The ids of one offset page, ordered (exposed so tests can EXPLAIN it). Only ids are read
   * with LIMIT/OFFSET, so a deep offset skips index entries, not whole rows (a deferred join).
   */
  listIdsQuery(ctx: Ctx, criteria: AppointmentCriteria, sort: AppointmentSort | null | undefined,
    order: SortOrder | null | undefined, max: number, offset: number): SelectQueryBuilder<Appointment> {
    return this.ordered(this.filtered(ctx, criteria).select('a.id', 'id'), sort, order).limit(max).offset(offset);
  }

  /**
   * The rows of one connection page plus one (to tell whether there is a next page), with the
   * to-one relations among `fields` joined; exposed for EXPLAIN.
   */
  connectionQuery(ctx: Ctx, criteria: AppointmentCriteria, sort: AppointmentSort, order: SortOrder, first: number,
    after: { key: string | number | null; id: number } | null, fields: ReadonlySet<string> = NO_FIELDS): SelectQueryBuilder<Appointment> {
    const select = appointmentRowsSelect(ctx.db, fields);
    const qb = this.filtered(ctx, criteria).select(select.columns);
    for (const join of select.joins) qb.leftJoin(join.entity, join.alias, join.condition);
    if (after) {
      const cond = keysetCondition(SORT_KEYS[sort], order, after.key, after.id);
      qb.andWhere(cond.sql, cond.params);
    }
    return this.ordered(qb, sort, order).limit(first + 1);
  }

  /** The COUNT over the same conditions as a page (scope and filter), without ORDER BY or LIMIT. */
  countQuery(ctx: Ctx, criteria: AppointmentCriteria): SelectQueryBuilder<Appointment> {
    return this.filtered(ctx, criteria).select('COUNT(*)', 'n');
  }

  private async count(ctx: Ctx, criteria: AppointmentCriteria): Promise<number> {
    const row = await this.countQuery(ctx, criteria).getRawOne<{ n: string | number }>();
    return Number(row?.n ?? 0);
  }

  private async rowsOfIds(ctx: RequestContext, query: SelectQueryBuilder<Appointment>, fields: ReadonlySet<string>): Promise<Appointment[]> {
    const ids = (await query.getRawMany<{ id: string | number }>()).map((r) => Number(r.id));
    if (ids.length === 0) return [];
    const select = appointmentRowsSelect(ctx.db, fields);
    const raw = await readRows(ctx.db, `SELECT ${select.columns} FROM ${select.from} WHERE a.id IN (${placeholders(ids.length)})`, ids);
    const rows = raw.map((r) => select.map(r, ctx.loaders));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is Appointment => r !== undefined);
  }

  private filtered(ctx: Ctx, criteria: AppointmentCriteria): SelectQueryBuilder<Appointment> {
    assertCan(ctx.actor, 'appointment:read');
    const qb = ctx.db.getRepository(Appointment).createQueryBuilder('a');
    const scope = customerScopeCondition(ctx.actor, 'a.customer_id');
    if (scope) qb.andWhere(scope.sql, scope.params);
    return applyAppointmentCriteria(qb, criteria);
  }

  private ordered(qb: SelectQueryBuilder<Appointment>, sort: AppointmentSort | null | undefined,
    order: SortOrder | null | undefined): SelectQueryBuilder<Appointment> {
    const key = SORT_KEYS[sort ?? AppointmentSort.DATE_CREATED];
    const dir = direction(order ?? SortOrder.ASC);
    if (key.kind === 'id') return qb.orderBy('a.id', dir);
    return qb.orderBy(key.column, dir).addOrderBy('a.id', dir);
  }

  /** One appointment by a unique column (id, reference, uuid: each has its unique index). */
  private async findOne(ctx: RequestContext, key: 'id' | 'reference' | 'uuid', value: string | number,
    fields: ReadonlySet<string>): Promise<Appointment> {
    assertCan(ctx.actor, 'appointment:read');
    const select = appointmentRowsSelect(ctx.db, fields);
    const [raw] = await readRows(ctx.db, `SELECT ${select.columns} FROM ${select.from} WHERE a.${key} = ?`, [value], { prepared: true });
    const row = raw ? select.map(raw, ctx.loaders) : null;
    if (!row || !canSeeCustomer(ctx.actor, row.customerId)) throw DomainError.notFound('appointment', key, value);
    return row;
  }
}
