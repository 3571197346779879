import { AppointmentKey, AppointmentRepository, JoinedRelation, keyOf } from './appointment.repository';
import type { AppointmentRelations } from './appointment.relations';
import {
  AppointmentConnectionArgs,
  AppointmentConnectionResult,
  AppointmentListArgs,
  AppointmentPageResult,
  AppointmentSort,
  SortOrder,
} from './appointment.types';
import { assertCan } from '../accounts/permissions';
import { preloadRelations } from '../context/relation';
import type { RequestContext } from '../context/request-context';
import { pagingOf } from '../domain/paging';
import { Appointment } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import { parseAppointmentFilter } from './appointment-filter';
import { SORT_KEYS } from './appointment-sort';
import { decodeCursor, encodeCursor, queryFingerprint } from '../domain/keyset-cursor';

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;
const NO_FIELDS: ReadonlySet<string> = new Set();

function pageSize(value: number | null | undefined, param: string): number {
  const size = value ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw DomainError.invalidParam(param, `${param} must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/**
 * Reading appointments: look-ups, offset pages and keyset connections. The rules live here;
 * the rows and their row rules in the repository. `fields`, where a method takes it: the
 * fields a query selects on each appointment. Its relations among them are loaded before the
 * answer (the to-one ones joined into the appointment's own statement), so each row's relation
 * fields resolve at once, without a statement or a promise per row.
 */
export class AppointmentService {
  constructor(
    private readonly appointments: AppointmentRepository,
    private readonly relations: AppointmentRelations,
  ) {}

  async findOne(ctx: RequestContext, key: AppointmentKey, fields: ReadonlySet<string> = NO_FIELDS): Promise<Appointment> {
    assertCan(ctx.actor, 'appointment:read');
    const row = await this.appointments.findOne(ctx, ctx.readSide, key, this.joins(fields));
    if (!row) throw DomainError.notFound('appointment', ...keyOf(key));
    await preloadRelations(ctx, this.relations, [row], fields);
    return row;
  }

  /**
   * An offset page. The total is its own COUNT over the same conditions, never derived from the
   * page; `options.total` false skips it when the query selects nothing that needs it (pagingOf).
   */
  async list(
    ctx: RequestContext,
    args: AppointmentListArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
    options: { total?: boolean } = {},
  ): Promise<AppointmentPageResult> {
    assertCan(ctx.actor, 'appointment:read');
    const max = pageSize(args.max, 'max');
    const offset = args.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0) throw DomainError.invalidParam('offset', 'offset must not be negative');
    const criteria = parseAppointmentFilter(args.filter);
    const sort = SORT_KEYS[args.sort ?? AppointmentSort.DATE_CREATED];
    const order = args.order ?? SortOrder.ASC;
    const readPage = async () => {
      const ids = await this.appointments.pageIds(ctx, ctx.readSide, criteria, sort, order, max, offset);
      return this.appointments.rowsByIds(ctx, ctx.readSide, ids, this.joins(fields));
    };
    const [total, data] = await Promise.all([
      options.total === false ? Promise.resolve(null) : this.appointments.count(ctx, ctx.readSide, criteria),
      max === 0 ? Promise.resolve([]) : readPage(),
    ]);
    await preloadRelations(ctx, this.relations, data, fields);
    return { paging: pagingOf(total, max, offset), data };
  }

  /** A keyset page: the rows after the cursor's (sort key, id), read straight off the sort's index. */
  async connection(
    ctx: RequestContext,
    args: AppointmentConnectionArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
  ): Promise<AppointmentConnectionResult> {
    assertCan(ctx.actor, 'appointment:read');
    const first = pageSize(args.first, 'first');
    const criteria = parseAppointmentFilter(args.filter);
    const sort = args.sort ?? AppointmentSort.DATE_CREATED;
    const order = args.order ?? SortOrder.ASC;
    const fingerprint = queryFingerprint([criteria, sort, order]);
    const key = SORT_KEYS[sort];
    const after = args.after != null ? decodeCursor(args.after, fingerprint, key) : null;
    const rows = await this.appointments.connectionRows(ctx, ctx.readSide, criteria, key, order, first + 1, after, this.joins(fields));
    const page = rows.slice(0, first);
    await preloadRelations(ctx, this.relations, page, fields);
    const cursorOf = (node: Appointment) => encodeCursor(fingerprint, { key: key.value(node), id: node.id });
    return {
      // An edge's cursor (an HMAC) is computed only when a client selects it.
      edges: page.map((node) => ({
        node,
        get cursor() {
          return cursorOf(node);
        },
      })),
      nodes: page,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== null,
        startCursor: page.length ? cursorOf(page[0]) : null,
        endCursor: page.length ? cursorOf(page[page.length - 1]) : null,
      },
      countTotal: () => this.appointments.count(ctx, ctx.readSide, criteria),
    };
  }

  /** The to-one relations among `fields`: joined into the appointment's own statement. */
  private joins(fields: ReadonlySet<string>): JoinedRelation[] {
    return Object.entries(this.relations)
      .filter(([name, r]) => r.kind === 'one' && fields.has(name))
      .map(([, r]) => r as JoinedRelation);
  }
}
