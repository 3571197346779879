import {
  AppointmentColumns,
  AppointmentKey,
  AppointmentRepository,
  AppointmentText,
  JoinedRelation,
  keyOf,
} from './appointment.repository';
import { JsonField, JsonUnsupported } from '../database/json-text';
import type { ConnectionPage } from '../domain/list-pages';
import type { Paging } from '../domain/paging';
import { appointmentFieldReads, propertiesRead } from './appointment-reads';
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
import { preloadRelations, TextBatch } from '../context/relation';
import type { RequestContext } from '../context/request-context';
import type { ReadSide } from '../database/statements';
import { keysetPage, offsetBounds, offsetPage, OffsetPage } from '../domain/list-pages';
import { Appointment } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import { parseAppointmentFilter } from './appointment-filter';
import { SORT_KEYS } from './appointment-sort';

const NO_FIELDS: ReadonlySet<string> = new Set();

/** Which appointment columns the reads of a query return: those its selection needs, or every one (to compare answers with). */
export type ReadColumns = 'selected' | 'all';

/**
 * Reading appointments: look-ups, offset pages and keyset connections. The rules live here;
 * the rows and their row rules in the repository. `fields`, where a method takes it: the
 * fields a query selects on each appointment. Its relations among them are loaded before the
 * answer (the to-one ones joined into the appointment's own statement), so each row's relation
 * fields resolve at once, without a statement or a promise per row.
 */
export class AppointmentService {
  private readonly reads: ReadonlyMap<string, readonly string[]>;

  constructor(
    private readonly appointments: AppointmentRepository,
    private readonly relations: AppointmentRelations,
    private readonly readColumns: ReadColumns = 'selected',
  ) {
    this.reads = appointmentFieldReads(relations);
  }

  async findOne(ctx: RequestContext, key: AppointmentKey, fields: ReadonlySet<string> = NO_FIELDS): Promise<Appointment> {
    assertCan(ctx.actor, 'appointment:read');
    return this.read(ctx, ctx.readSide, key, fields);
  }

  /**
   * One appointment with the columns and relations `fields` need, under the row rules, from
   * `side`. No permission check of its own: findOne's is the read permission; a write reading
   * back the row it wrote is covered by the write's.
   */
  async read(ctx: RequestContext, side: ReadSide, key: AppointmentKey, fields: ReadonlySet<string> = NO_FIELDS): Promise<Appointment> {
    const row = await this.appointments.findOne(ctx, side, key, this.joins(fields), { columns: this.columns(fields) });
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
    const page = await this.offsetPageOf(ctx, args, options, (ids) =>
      this.appointments.rowsByIds(ctx, ctx.readSide, ids, this.joins(fields), this.columns(fields)),
    );
    await preloadRelations(ctx, this.relations, page.data, fields);
    return page;
  }

  /** The offset page of `args` (the same bounds, filter, sort and COUNT for both kinds of list), its rows read by `rows`. */
  private offsetPageOf<T>(
    ctx: RequestContext,
    args: AppointmentListArgs,
    options: { total?: boolean },
    rows: (ids: number[]) => Promise<T[]>,
  ): Promise<OffsetPage<T>> {
    const bounds = offsetBounds(args);
    const criteria = parseAppointmentFilter(args.filter);
    const sort = SORT_KEYS[args.sort ?? AppointmentSort.DATE_CREATED];
    const order = args.order ?? SortOrder.ASC;
    return offsetPage(bounds, {
      withTotal: options.total !== false,
      count: () => this.appointments.count(ctx, ctx.readSide, criteria),
      page: async (max, offset) => rows(await this.appointments.pageIds(ctx, ctx.readSide, criteria, sort, order, max, offset)),
    });
  }

  /** A keyset page: the rows after the cursor's (sort key, id), read straight off the sort's index. */
  async connection(
    ctx: RequestContext,
    args: AppointmentConnectionArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
  ): Promise<AppointmentConnectionResult> {
    assertCan(ctx.actor, 'appointment:read');
    const criteria = parseAppointmentFilter(args.filter);
    const sort = args.sort ?? AppointmentSort.DATE_CREATED;
    const order = args.order ?? SortOrder.ASC;
    const key = SORT_KEYS[sort];
    const joins = this.joins(fields);
    const columns = this.columns(fields);
    // The fingerprint's parts are the ones appointment cursors were always made with.
    return keysetPage(args, [criteria, sort, order], key, {
      rows: (limit, after) => this.appointments.connectionRows(ctx, ctx.readSide, criteria, key, order, limit, after, joins, columns),
      count: () => this.appointments.count(ctx, ctx.readSide, criteria),
      prepare: (page) => preloadRelations(ctx, this.relations, page, fields),
    });
  }

  /**
   * findOne answered as JSON text (database/json-text.ts) of `fields`, its lists written in:
   * the same permission, key, row rule and not-found. JsonUnsupported when the text cannot be
   * written (the caller then answers with findOne).
   */
  async findOneText(ctx: RequestContext, key: AppointmentKey, fields: readonly JsonField[]): Promise<string> {
    assertCan(ctx.actor, 'appointment:read');
    this.checkTextRules(ctx, fields);
    const text = await this.appointments.findOneText(ctx, ctx.readSide, key, fields);
    if (!text) throw DomainError.notFound('appointment', ...keyOf(key));
    return (await this.writeLists(ctx, [text], fields))[0];
  }

  /** list answered as JSON text of `fields` per row (findOneText's terms): the same page, total and paging. */
  async listText(
    ctx: RequestContext,
    args: AppointmentListArgs,
    fields: readonly JsonField[],
    options: { total?: boolean } = {},
  ): Promise<{ paging: Paging; texts: string[] }> {
    assertCan(ctx.actor, 'appointment:read');
    this.checkTextRules(ctx, fields);
    const page = await this.offsetPageOf(ctx, args, options, (ids) => this.appointments.rowsByIdsText(ctx, ctx.readSide, ids, fields));
    return { paging: page.paging, texts: await this.writeLists(ctx, page.data, fields) };
  }

  /** connection answered as JSON text of `fields` per node (findOneText's terms): the same page, cursors and totals. */
  async connectionText(
    ctx: RequestContext,
    args: AppointmentConnectionArgs,
    fields: readonly JsonField[],
  ): Promise<{ page: ConnectionPage<AppointmentText>; texts: string[] }> {
    assertCan(ctx.actor, 'appointment:read');
    this.checkTextRules(ctx, fields);
    const criteria = parseAppointmentFilter(args.filter);
    const sort = args.sort ?? AppointmentSort.DATE_CREATED;
    const order = args.order ?? SortOrder.ASC;
    const key = SORT_KEYS[sort];
    let texts: string[] = [];
    const page = await keysetPage<AppointmentText>(
      args,
      [criteria, sort, order],
      { ...key, value: (t) => key.value(t.row as never) },
      {
        rows: (limit, after) => this.appointments.connectionText(ctx, ctx.readSide, criteria, key, order, limit, after, fields),
        count: () => this.appointments.count(ctx, ctx.readSide, criteria),
        prepare: async (rows) => (texts = await this.writeLists(ctx, rows, fields)),
      },
    );
    return { page, texts };
  }

  /**
   * Related rows in the text are read without the target's row rule, which for staff sees
   * every row whole: other actors get text of the appointment's own columns and lists only
   * (the lists apply their rules themselves).
   */
  private checkTextRules(ctx: RequestContext, fields: readonly JsonField[]): void {
    if (ctx.actor.customerIds !== null && fields.some((f) => f.kind === 'one')) {
      throw new JsonUnsupported('related rows as text for staff only');
    }
  }

  /** Each appointment's whole text: its segments with its lists (one statement per list field, whatever the number of rows) between them. */
  private async writeLists(ctx: RequestContext, texts: readonly AppointmentText[], fields: readonly JsonField[]): Promise<string[]> {
    const lists = fields.filter((f): f is Extract<JsonField, { kind: 'many' }> => f.kind === 'many');
    const ids = texts.map((t) => t.id);
    const items = await Promise.all(
      lists.map((f) => {
        const relation = (this.relations as Record<string, { kind: string; text?: TextBatch }>)[f.relation];
        if (relation?.kind !== 'many' || !relation.text) throw new JsonUnsupported(`no text for the list ${f.relation}`);
        return relation.text(ctx, ids, f.fields);
      }),
    );
    return texts.map((t, i) => {
      let out = t.segments[0];
      for (let l = 0; l < lists.length; l++) out += `[${items[l][i].join(',')}]${t.segments[l + 1]}`;
      return out;
    });
  }

  /**
   * The columns `fields` read (appointmentFieldReads); the repository adds what the row rule,
   * the joins and the cursor need. `fields` left out (NO_FIELDS) reads the whole row: a caller
   * that does not say what it selects gets every column.
   */
  columns(fields: ReadonlySet<string>): AppointmentColumns {
    return this.readColumns === 'all' || fields === NO_FIELDS ? null : propertiesRead(this.reads, fields);
  }

  /** The to-one relations among `fields`: joined into the appointment's own statement. */
  private joins(fields: ReadonlySet<string>): JoinedRelation[] {
    return Object.entries(this.relations)
      .filter(([name, r]) => r.kind === 'one' && fields.has(name))
      .map(([, r]) => r as JoinedRelation);
  }
}
