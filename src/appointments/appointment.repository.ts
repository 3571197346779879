import type { DataSource } from 'typeorm';
import { canSeeCustomer } from '../accounts/permissions';
import type { Actor } from '../context/actor';
import type { Batch } from '../context/loaders';
import type { RowSource, ToOne } from '../context/relation';
import type { RequestContext } from '../context/request-context';
import { dialectOf, exactEquals } from '../database/dialect';
import { saveOrFail } from '../database/duplicate-key';
import { entitySelect } from '../database/entity-select';
import { columnValues, insertEntity, quoter, updateEntities } from '../database/entity-statements';
import { DbScope, execute, placeholders, RawRow, ReadSide, select } from '../database/statements';
import { JsonField, jsonSelect, JsonUnsupported } from '../database/json-text';
import { Appointment } from '../database/entities';
import type { SortOrder } from './appointment.types';
import type { AppointmentCriteria } from './appointment-filter';
import { SortKey } from './appointment-sort';
import type { ColumnKind, WritableColumn } from './appointment-input.mapper';
import { RELATION_LIST_CAP } from '../graphql/list-bounds';
import { customerScope } from '../database/sql-fragments';
import { keysetCondition, keysetOrderBy, orderByClause } from '../database/sql-fragments';
import { criteriaConditions, Fragment, rowMatcher, scopeCondition, whereClause } from './appointment.sql';

/** An appointment named by one of its unique keys. */
export type AppointmentKey = { id: number } | { reference: string } | { uuid: string };

/** A to-one relation of appointments that a read may join into its own statement. */
export type JoinedRelation = ToOne<Appointment, { id: number }>;

type Scoped = DbScope & { actor: Actor };

/**
 * When a photographer is busy: one appointment's instants as stored, and its id only when the
 * actor may see the appointment (null otherwise: busy, but not with whose shoot).
 */
export interface BusyTime {
  photographerUserId: number;
  start: Date;
  end: Date;
  appointmentId: number | null;
}

/** The unique column and value of a key. */
export function keyOf(key: AppointmentKey): [column: 'id' | 'reference' | 'uuid', value: number | string] {
  return 'id' in key ? ['id', key.id] : 'reference' in key ? ['reference', key.reference] : ['uuid', key.uuid];
}

/**
 * The condition naming the row of `key` on the columns of `alias` (none: the bare table), and
 * its parameters. A reference compares byte for byte (its binary collation, and exactEquals for
 * the trailing spaces that collation ignores): `rt-ref-1` or `RT-REF-1 ` never names `RT-REF-1`.
 */
function keyCondition(key: AppointmentKey, alias?: string): Fragment {
  const [column, value] = keyOf(key);
  const c = alias ? `${alias}.${column}` : column;
  return column === 'reference' ? { sql: exactEquals(c), params: [value, value] } : { sql: `${c} = ?`, params: [value] };
}

/**
 * Columns only the server writes: identity, audit columns (from the actor), the concurrency
 * stamp, and what only the sign-off sets. Every other column of the entity is writable by
 * clients (test/appointment-columns.test.ts checks each has an input field).
 */
export const SERVER_OWNED_COLUMNS: readonly string[] = [
  'id',
  'uuid',
  'createdAt',
  'createdBy',
  'createdIn',
  'updatedAt',
  'updatedBy',
  'updatedIn',
  'updatedAtMt',
  'signedOffAt',
  'cancelReason',
  'cancelNote',
];

// Column types as declared; a join column TypeORM derives from a relation has a JS type (Number).
const KINDS: Record<string, ColumnKind> = {
  text: 'text',
  varchar: 'string',
  date: 'date',
  time: 'time',
  boolean: 'flag',
  datetime: 'instant',
  int: 'int',
  Number: 'int',
};

const writable = new WeakMap<DataSource, WritableColumn[]>();

/** How many filters one matchingIds statement evaluates (each is a column of its answer). */
const FILTERS_PER_STATEMENT = 50;

/** The main alias of every appointment statement. */
const A = 'a';

/**
 * The properties an appointment read returns besides those asked for: the id, the row rule's
 * customerId, and orderId (the order's own row rule is judged by it). Each read adds the
 * pointers of the relations it joins and a connection the column of its sort (the cursor).
 */
const ALWAYS_READ = ['id', 'customerId', 'orderId'];

/**
 * How many different column sets each DataSource keeps a statement for; past it a read of a
 * new set reads the whole row. Bounds the memory and the prepared statements (each look-up's
 * set is one more on every connection of the pool) that clients' many selections could grow.
 */
const MAX_COLUMN_SETS = 64;

/** Which columns of the appointment a read returns: these properties (and ALWAYS_READ), or every one (null). */
export type AppointmentColumns = ReadonlySet<string> | null;

interface RowsSelect {
  /** The SELECT list: the appointment's columns and the joined rows'. */
  columns: string;
  /** `appointments a LEFT JOIN customers j_customerId ON …`. */
  from: string;
  /** The appointment of one row; each joined row primes its relation's loader (through its row rule). */
  map(raw: RawRow, ctx: RequestContext | null): Appointment;
}

/*
 * Appointment rows read together with the to-one relations a query selects, as LEFT JOINs of
 * the same statement (by primary key: the joins change nothing in how appointments are read).
 * Every statement costs the gateway a socket write and a read: a look-up with three relations
 * drops from four statements to one (`npm run bench -- --profile=by-id`).
 */
const selects = new WeakMap<DataSource, Map<string, RowsSelect>>();

interface ColumnNames {
  /** Each column property and its position (the order of the entity's columns). */
  index: ReadonlyMap<string, number>;
  /** Each column's property by the column's name in the table. */
  property: ReadonlyMap<string, string>;
}

const columnNames = new WeakMap<DataSource, ColumnNames>();

function namesOf(db: DataSource): ColumnNames {
  let names = columnNames.get(db);
  if (!names) {
    const columns = db.getMetadata(Appointment).columns;
    names = {
      index: new Map(columns.map((c, i) => [c.propertyName, i])),
      property: new Map(columns.map((c) => [c.databaseName, c.propertyName])),
    };
    columnNames.set(db, names);
  }
  return names;
}

/**
 * The statement's key for `columns` plus `extra` (the joins' pointers, a sort's column): their
 * positions in order, or '*' for the whole row (asked for, or a name that is not a column).
 */
function columnsKey(db: DataSource, columns: AppointmentColumns, extra: readonly string[]): string {
  if (!columns) return '*';
  const indexes = namesOf(db).index;
  const read: boolean[] = [];
  for (const names of [ALWAYS_READ, extra, columns]) {
    for (const name of names) {
      const i = indexes.get(name);
      if (i === undefined) return '*';
      read[i] = true;
    }
  }
  let key = '';
  read.forEach((r, i) => r && (key += `${i},`));
  return key;
}

/**
 * The statement of a read with `joins`, returning `columns` of the appointment (null: every
 * one) and what the row rule, the joins and a connection's cursor (`sortColumn`) need. Built
 * once per joins and column set, at most MAX_COLUMN_SETS sets.
 */
function rowsSelect(db: DataSource, joins: readonly JoinedRelation[], columns: AppointmentColumns = null, sortColumn?: string): RowsSelect {
  const pointers = joins.map((j) => j.key);
  // A sort's column is named as its statement names it (a.start_date): the property is the cursor's.
  const sorted = sortColumn ? namesOf(db).property.get(sortColumn.slice(A.length + 1)) : undefined;
  const needed = sorted ? [...pointers, sorted] : pointers;
  const whole = `${pointers.join()}|*`;
  const cacheKey = `${pointers.join()}|${columnsKey(db, columns, needed)}`;
  let byKey = selects.get(db);
  if (!byKey) selects.set(db, (byKey = new Map()));
  const cached = byKey.get(cacheKey);
  if (cached) return cached;
  if (cacheKey !== whole && byKey.size >= MAX_COLUMN_SETS) return rowsSelect(db, joins);
  const properties = cacheKey === whole ? undefined : new Set([...ALWAYS_READ, ...needed, ...columns!]);
  const q = (name: string) => db.driver.escape(name);
  const meta = db.getMetadata(Appointment);
  const main = entitySelect(db, Appointment, A, properties);
  const joined = joins.map((j) => {
    const alias = `j_${j.key}`;
    const column = meta.findColumnWithPropertyName(j.key)!.databaseName;
    const target = entitySelect(db, j.target.entity, alias);
    return { j, target, on: `LEFT JOIN ${target.from} ON ${q(alias)}.${q('id')} = ${q(A)}.${q(column)}` };
  });
  const built: RowsSelect = {
    columns: [main.columns, ...joined.map((x) => x.target.columns)].join(', '),
    from: [main.from, ...joined.map((x) => x.on)].join(' '),
    map(raw, ctx) {
      const appointment = main.map(raw);
      if (ctx) {
        for (const { j, target } of joined) {
          const row = target.map(raw) as { id: number | null };
          // A LEFT JOIN that found nothing reads as a row of nulls: the relation does not exist.
          j.prime(ctx, appointment, row.id == null ? null : (row as { id: number }));
        }
      }
      return appointment;
    },
  };
  byKey.set(cacheKey, built);
  return built;
}

/** An appointment read as JSON text (json-text.ts): what its row rule and a cursor need of the row, and the text's segments. */
export interface AppointmentText {
  id: number;
  row: Appointment;
  /** The text, cut where each list (`many` field) goes: `lists` names them, in order. */
  segments: string[];
  lists: string[];
}

interface TextSelect {
  columns: string;
  from: string;
  /** The look-up statement by each unique key's column, made on first use. */
  byKey: Partial<Record<'id' | 'reference' | 'uuid', string>>;
  lists: string[];
  map(raw: RawRow): AppointmentText;
}

/** The text statements per DataSource, by selection; as bounded as the column sets, for the same reason. */
const textSelects = new WeakMap<DataSource, Map<string, TextSelect>>();
const textSelectsByFields = new WeakMap<readonly JsonField[], WeakMap<DataSource, Map<string, TextSelect>>>();

/**
 * The statement writing `fields` of an appointment as JSON text (beside the id, the row rule's
 * customerId and a connection's sort column): built once per selection, at most
 * MAX_COLUMN_SETS; past that, or for a selection the text cannot be written for, JsonUnsupported.
 */
function textSelect(db: DataSource, fields: readonly JsonField[], sortColumn?: string): TextSelect {
  // A caller asks with the same `fields` object each time (a plan's): found by it first, without building the key.
  let bySelection = textSelectsByFields.get(fields);
  if (!bySelection) textSelectsByFields.set(fields, (bySelection = new WeakMap()));
  let bySort = bySelection.get(db);
  if (!bySort) bySelection.set(db, (bySort = new Map()));
  let found = bySort.get(sortColumn ?? '');
  if (!found) bySort.set(sortColumn ?? '', (found = buildTextSelect(db, fields, sortColumn)));
  return found;
}

function buildTextSelect(db: DataSource, fields: readonly JsonField[], sortColumn?: string): TextSelect {
  const key = `${sortColumn ?? ''}|${JSON.stringify(fields, (_, v: unknown) => (typeof v === 'function' ? v.name : v))}`;
  let byKey = textSelects.get(db);
  if (!byKey) textSelects.set(db, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  if (byKey.size >= MAX_COLUMN_SETS) throw new JsonUnsupported('too many different selections written as text');
  const json = jsonSelect(db, Appointment, A, fields);
  const rows = rowsSelect(db, [], new Set<string>(), sortColumn);
  const built: TextSelect = {
    columns: [rows.columns, ...json.segments.map((sql, i) => `${sql} AS ${db.driver.escape(`t${i}`)}`)].join(', '),
    from: [rows.from, ...json.joins].join(' '),
    byKey: {},
    lists: json.many,
    map(raw) {
      const row = rows.map(raw, null);
      return { id: row.id, row, segments: json.segments.map((_, i) => raw[`t${i}`] as string | null) as string[], lists: json.many };
    },
  };
  byKey.set(key, built);
  return built;
}

/** True when every segment was written: a NULL one holds a value the text cannot say as GraphQL would (json-text.ts). */
function written(text: AppointmentText): boolean {
  return text.segments.every((s) => s !== null);
}

/**
 * The one door to appointments and their contact links. Every read starts from the actor's
 * scope (the rows of their customers, or every row for staff), so no caller can forget it: a
 * row outside it reads exactly as a missing one. Writes name the row by key, scope and, for an
 * update, the concurrency stamp.
 */
export class AppointmentRepository {
  /** Row rule: an appointment of a customer outside the actor's scope reads as missing. */
  see(actor: Actor, row: Appointment): Appointment | null {
    return canSeeCustomer(actor, row.customerId) ? row : null;
  }

  /**
   * The current rows by id as the actor may see them (null where missing or not visible), read
   * from the primary: the appointment of a change in the change feed, which is read there too.
   */
  readonly current: RowSource<Appointment> = {
    entity: Appointment,
    byIds: async (ctx, ids) => {
      const byId = new Map((await this.rowsByIds(ctx, 'primary', ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    see: (actor, row) => this.see(actor, row),
  };

  /**
   * The columns clients may write, and how each is read, from the entity's metadata: every
   * column but SERVER_OWNED_COLUMNS; an int column that a relation joins on is an id.
   */
  writableColumns(scope: DbScope): WritableColumn[] {
    let columns = writable.get(scope.db);
    if (!columns) {
      const meta = scope.db.getMetadata(Appointment);
      const joinColumns = new Set(meta.relations.flatMap((r) => r.joinColumns.map((c) => c.databaseName)));
      columns = meta.columns
        .filter((c) => !SERVER_OWNED_COLUMNS.includes(c.propertyName))
        .map((c) => {
          const type = typeof c.type === 'function' ? c.type.name : String(c.type);
          const kind = KINDS[type];
          if (!kind) throw new Error(`appointments.${c.databaseName}: no input rule for column type ${type}`);
          return {
            property: c.propertyName as keyof Appointment & string,
            kind: kind === 'int' && joinColumns.has(c.databaseName) ? 'id' : kind,
            nullable: c.isNullable,
          };
        });
      writable.set(scope.db, columns);
    }
    return columns;
  }

  // ---- reads -------------------------------------------------------------------------------

  /**
   * One appointment by a unique key (each has its unique index) as the actor may see it, with
   * `joins` read in the same statement; only `options.columns` of it when given.
   */
  async findOne(
    ctx: Scoped & Partial<RequestContext>,
    side: ReadSide,
    key: AppointmentKey,
    joins: readonly JoinedRelation[] = [],
    options: { forUpdate?: boolean; columns?: AppointmentColumns } = {},
  ): Promise<Appointment | null> {
    const db = ctx.tx?.connection ?? ctx.db;
    const s = rowsSelect(db, joins, options.columns);
    const where = keyCondition(key, A);
    const lock = options.forUpdate ? dialectOf(db).forUpdate : '';
    const [raw] = await select(ctx, side, `SELECT ${s.columns} FROM ${s.from} WHERE ${where.sql}${lock}`, where.params, {
      prepared: true,
    });
    const row = raw ? s.map(raw, ctx.loaders ? (ctx as RequestContext) : null) : null;
    return row && this.see(ctx.actor, row);
  }

  /**
   * findOne, answering the row as JSON text of `fields` (json-text.ts): null when there is no
   * such row the actor may see; JsonUnsupported when a value cannot be written as text.
   */
  async findOneText(ctx: Scoped, side: ReadSide, key: AppointmentKey, fields: readonly JsonField[]): Promise<AppointmentText | null> {
    const s = textSelect(ctx.db, fields);
    const where = keyCondition(key, A);
    // The statement's text built once per key column: a look-up's is long, and mysql2 finds its prepared statement by it.
    const column = keyOf(key)[0];
    const sql = (s.byKey[column] ??= `SELECT ${s.columns} FROM ${s.from} WHERE ${where.sql}`);
    const [raw] = await select(ctx, side, sql, where.params, { prepared: true });
    const text = raw ? s.map(raw) : null;
    if (!text || !this.see(ctx.actor, text.row)) return null;
    if (!written(text)) throw new JsonUnsupported('a value the text cannot hold');
    return text;
  }

  /** rowsByIds, answering each row as JSON text of `fields`, in the order of `ids`; JsonUnsupported when a value cannot be written as text. */
  async rowsByIdsText(ctx: Scoped, side: ReadSide, ids: readonly number[], fields: readonly JsonField[]): Promise<AppointmentText[]> {
    if (ids.length === 0) return [];
    const s = textSelect(ctx.db, fields);
    const raw = await select(ctx, side, `SELECT ${s.columns} FROM ${s.from} WHERE ${A}.id IN (${placeholders(ids.length)})`, [...ids]);
    const byId = new Map(raw.map((r) => s.map(r)).map((t) => [t.id, t]));
    const texts = ids.map((id) => byId.get(id)).filter((t): t is AppointmentText => t !== undefined && this.see(ctx.actor, t.row) !== null);
    if (!texts.every(written)) throw new JsonUnsupported('a value the text cannot hold');
    return texts;
  }

  /** connectionRows, answering each row as JSON text of `fields` (json-text.ts); JsonUnsupported when a value cannot be written as text. */
  async connectionText(
    ctx: Scoped,
    side: ReadSide,
    criteria: AppointmentCriteria,
    sort: SortKey,
    order: SortOrder,
    limit: number,
    after: { key: string | number | null; id: number } | null,
    fields: readonly JsonField[],
  ): Promise<AppointmentText[]> {
    const s = textSelect(ctx.db, fields, sort.column);
    const { sql, params } = this.connectionStatement(ctx, criteria, sort, order, limit, after, [], null, s);
    const texts = (await select(ctx, side, sql, params)).map((raw) => s.map(raw));
    if (!texts.every(written)) throw new JsonUnsupported('a value the text cannot hold');
    return texts;
  }

  /**
   * The ids of one offset page, in order (exposed so tests can EXPLAIN it). Only ids are read
   * with LIMIT/OFFSET, so a deep offset skips index entries, not whole rows (a deferred join).
   */
  pageIdsStatement(scope: Scoped, criteria: AppointmentCriteria, sort: SortKey, order: SortOrder, max: number, offset: number): Fragment {
    const where = whereClause([scopeCondition(scope.actor), ...criteriaConditions(criteria, dialectOf(scope.db))]);
    return {
      sql: `SELECT ${A}.id AS id FROM appointments ${A} ${where.sql} ${orderByClause(sort, order, `${A}.id`)} LIMIT ? OFFSET ?`,
      params: [...where.params, max, offset],
    };
  }

  /** The COUNT over the same conditions as a page (scope and filter), without ORDER BY or LIMIT (exposed for EXPLAIN). */
  countStatement(scope: Scoped, criteria: AppointmentCriteria): Fragment {
    const where = whereClause([scopeCondition(scope.actor), ...criteriaConditions(criteria, dialectOf(scope.db))]);
    return { sql: `SELECT COUNT(*) AS n FROM appointments ${A} ${where.sql}`, params: where.params };
  }

  /**
   * The rows of one keyset page plus one (to tell whether there is a next page), after the
   * cursor's (key, id), with `joins`; `columns` of each (and the sort's, for the cursor). Exposed for EXPLAIN.
   */
  connectionStatement(
    scope: Scoped,
    criteria: AppointmentCriteria,
    sort: SortKey,
    order: SortOrder,
    limit: number,
    after: { key: string | number | null; id: number } | null,
    joins: readonly JoinedRelation[] = [],
    columns: AppointmentColumns = null,
    /** The SELECT list and FROM to use instead (a text read's). */
    statement: { columns: string; from: string } = rowsSelect(scope.db, joins, columns, sort.column),
  ): Fragment {
    const s = statement;
    const where = whereClause([
      scopeCondition(scope.actor),
      ...criteriaConditions(criteria, dialectOf(scope.db)),
      after && keysetCondition(sort, order, after.key, after.id, `${A}.id`),
    ]);
    return {
      sql: `SELECT ${s.columns} FROM ${s.from} ${where.sql} ${keysetOrderBy(sort, order, after?.key, `${A}.id`)} LIMIT ?`,
      params: [...where.params, limit],
    };
  }

  async pageIds(
    ctx: Scoped,
    side: ReadSide,
    criteria: AppointmentCriteria,
    sort: SortKey,
    order: SortOrder,
    max: number,
    offset: number,
  ): Promise<number[]> {
    const { sql, params } = this.pageIdsStatement(ctx, criteria, sort, order, max, offset);
    return (await select(ctx, side, sql, params)).map((r) => Number(r.id));
  }

  async count(ctx: Scoped, side: ReadSide, criteria: AppointmentCriteria): Promise<number> {
    const { sql, params } = this.countStatement(ctx, criteria);
    const [row] = await select(ctx, side, sql, params);
    return Number(row?.n ?? 0);
  }

  /** The visible rows with these ids, in the order of `ids`, with `joins`, only `columns` of each when given: one statement. */
  async rowsByIds(
    ctx: RequestContext,
    side: ReadSide,
    ids: readonly number[],
    joins: readonly JoinedRelation[] = [],
    columns: AppointmentColumns = null,
  ): Promise<Appointment[]> {
    if (ids.length === 0) return [];
    const s = rowsSelect(ctx.db, joins, columns);
    const raw = await select(ctx, side, `SELECT ${s.columns} FROM ${s.from} WHERE ${A}.id IN (${placeholders(ids.length)})`, [...ids]);
    const byId = new Map(raw.map((r) => s.map(r, ctx)).map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is Appointment => r !== undefined && this.see(ctx.actor, r) !== null);
  }

  async connectionRows(
    ctx: RequestContext,
    side: ReadSide,
    criteria: AppointmentCriteria,
    sort: SortKey,
    order: SortOrder,
    limit: number,
    after: { key: string | number | null; id: number } | null,
    joins: readonly JoinedRelation[] = [],
    columns: AppointmentColumns = null,
  ): Promise<Appointment[]> {
    const { sql, params } = this.connectionStatement(ctx, criteria, sort, order, limit, after, joins, columns);
    const s = rowsSelect(ctx.db, joins, columns, sort.column);
    return (await select(ctx, side, sql, params)).map((raw) => s.map(raw, ctx));
  }

  /**
   * A batch of changes as subscriptions judge it: the changed rows the actor may see
   * (rowsByIds) and, for each of `filters`, the ids of those it matches as the rows are now.
   * A filter of ids alone (a customer portal's customerId, a photographer's schedule: rowMatcher)
   * is judged on the rows read; only the others cost SQL (matchingIds, beside the read). So a
   * batch costs one statement however many such filters are subscribed, not one per 50 of them.
   */
  async changedRows(
    scope: RequestContext,
    side: ReadSide,
    ids: readonly number[],
    filters: readonly AppointmentCriteria[],
  ): Promise<{ rows: Appointment[]; matches: Set<number>[] }> {
    const matchers = filters.map(rowMatcher);
    const inSql = filters.filter((_, i) => matchers[i] === null);
    const [rows, sqlMatches] = await Promise.all([this.rowsByIds(scope, side, ids), this.matchingIds(scope, side, ids, inSql)]);
    let next = 0;
    const matches = matchers.map((match) =>
      match === null ? sqlMatches[next++] : new Set(rows.filter((row) => match(row)).map((row) => row.id)),
    );
    return { rows, matches };
  }

  /**
   * For each of `filters`, which of `ids` it matches as the rows are now, among the rows the
   * actor may see: one statement for up to FILTERS_PER_STATEMENT filters, each filter a 0/1
   * column of the answer.
   */
  private async matchingIds(
    scope: Scoped,
    side: ReadSide,
    ids: readonly number[],
    filters: readonly AppointmentCriteria[],
  ): Promise<Set<number>[]> {
    const out = filters.map(() => new Set<number>());
    if (ids.length === 0 || filters.length === 0) return out;
    const dialect = dialectOf(scope.db);
    for (let start = 0; start < filters.length; start += FILTERS_PER_STATEMENT) {
      const chunk = filters.slice(start, start + FILTERS_PER_STATEMENT);
      const columns = chunk.map((criteria, i) => {
        const conditions = criteriaConditions(criteria, dialect);
        const sql = conditions.length ? conditions.map((c) => `(${c.sql})`).join(' AND ') : '1 = 1';
        return { sql: `CASE WHEN ${sql} THEN 1 ELSE 0 END AS m${i}`, params: conditions.flatMap((c) => c.params) };
      });
      const where = whereClause([scopeCondition(scope.actor), { sql: `${A}.id IN (${placeholders(ids.length)})`, params: [...ids] }]);
      const rows = await select(
        scope,
        side,
        `SELECT ${A}.id AS id, ${columns.map((c) => c.sql).join(', ')} FROM appointments ${A} ${where.sql}`,
        [...columns.flatMap((c) => c.params), ...where.params],
      );
      for (const row of rows) {
        chunk.forEach((_, i) => {
          if (Number(row[`m${i}`]) === 1) out[start + i].add(Number(row.id));
        });
      }
    }
    return out;
  }

  /** Row rule of an appointment that is gone (a deletion): by the customer it had. */
  seeRemoved(actor: Actor, customerId: number | null): boolean {
    return canSeeCustomer(actor, customerId);
  }

  /** The appointments of each order that the actor may see, by start date, at most RELATION_LIST_CAP each. */
  readonly ofOrders: Batch<number, Appointment[]> = async (ctx, orderIds) => {
    const s = rowsSelect(ctx.db, []);
    const where = whereClause([
      scopeCondition(ctx.actor),
      { sql: `${A}.order_id IN (${placeholders(orderIds.length)})`, params: [...orderIds] },
    ]);
    const rows = (
      await select(
        ctx,
        ctx.readSide,
        `SELECT ${s.columns} FROM ${s.from} ${where.sql} ORDER BY ${A}.start_date ASC, ${A}.id ASC`,
        where.params,
      )
    ).map((raw) => s.map(raw, null));
    const grouped = new Map<number, Appointment[]>();
    for (const row of rows) {
      const list = grouped.get(row.orderId!) ?? [];
      if (list.length < RELATION_LIST_CAP) list.push(row);
      grouped.set(row.orderId!, list);
    }
    return orderIds.map((id) => grouped.get(id) ?? []);
  };

  /**
   * The appointments of these photographers that are not cancelled and overlap [from, to)
   * (exposed for EXPLAIN): served by idx_appointments_photographer_busy, a range per
   * photographer over the appointments that end after `from`, not over all their history.
   * Not scoped to the actor: every appointment makes its photographer busy, whoever's it is.
   */
  busyStatement(scope: DbScope, photographerIds: readonly number[], from: Date, to: Date): Fragment {
    const s = rowsSelect(scope.tx?.connection ?? scope.db, []);
    return {
      sql:
        `SELECT ${s.columns} FROM ${s.from} WHERE ${A}.photographer_user_id IN (${placeholders(photographerIds.length)}) ` +
        `AND ${A}.cancelled = ? AND ${A}.end_date > ? AND ${A}.start_date < ?`,
      params: [...photographerIds, false, from, to],
    };
  }

  /**
   * When each of these photographers is busy between `from` and `to`: one statement, whatever
   * their number. The times of every appointment count; its id only where the actor may see it.
   */
  async busyTimes(ctx: Scoped, side: ReadSide, photographerIds: readonly number[], from: Date, to: Date): Promise<BusyTime[]> {
    if (photographerIds.length === 0) return [];
    const s = rowsSelect(ctx.tx?.connection ?? ctx.db, []);
    const { sql, params } = this.busyStatement(ctx, photographerIds, from, to);
    return (await select(ctx, side, sql, params)).map((raw) => {
      const row = s.map(raw, null);
      return {
        photographerUserId: row.photographerUserId!,
        start: row.startDate,
        end: row.endDate,
        appointmentId: this.see(ctx.actor, row)?.id ?? null,
      };
    });
  }

  /** The contact ids linked to an appointment. */
  async contactIdsOf(scope: DbScope, appointmentId: number): Promise<number[]> {
    const rows = await select(scope, 'primary', 'SELECT contact_id FROM appointment_contacts WHERE appointment_id = ?', [appointmentId], {
      prepared: true,
    });
    return rows.map((r) => Number(r.contact_id));
  }

  // ---- writes: on the primary, or in the caller's transaction -----------------------------

  /** Inserts one appointment; a reference already taken is save-failed. The new id. */
  insert(scope: DbScope, values: Partial<Appointment>): Promise<number> {
    return saveOrFail(() => insertEntity(scope, Appointment, values), `the reference ${values.reference} is already taken`);
  }

  /**
   * Writes `values` on the row named by `key`, provided it is in the actor's scope and its
   * stamp is exactly `stamp`: one conditional UPDATE. How many rows it changed (1, or 0 when the
   * row is missing, out of scope or stale: a scoped read tells which).
   */
  update(scope: Scoped, key: AppointmentKey, values: Partial<Appointment>, stamp: string): Promise<number> {
    const named = keyCondition(key);
    // The UPDATE names the table without an alias: the same scope, on the bare column.
    const inScope = customerScope(scope.actor, 'customer_id');
    const where = [named.sql, exactEquals('updated_at_mt'), ...(inScope ? [inScope.sql] : [])].join(' AND ');
    return saveOrFail(
      () => updateEntities(scope, Appointment, values, where, [...named.params, stamp, stamp, ...(inScope?.params ?? [])]),
      `the reference ${values.reference} is already taken`,
    );
  }

  /** Writes `values` on the row with this id, unconditionally (the caller holds its lock or judged its stamp). */
  updateById(scope: DbScope, id: number, values: Partial<Appointment>): Promise<number> {
    return updateEntities(scope, Appointment, values, 'id = ?', [id]);
  }

  /**
   * Inserts the row, or, when its reference is taken, overwrites the columns of `sent` on it,
   * in one statement; the stamp moves only when a sent column really changed. Rows changed (MySQL:
   * 1 inserted, 2 updated, 0 unchanged).
   */
  async upsert(scope: DbScope, values: Partial<Appointment>, sent: Partial<Appointment>): Promise<number> {
    const db = scope.tx?.connection ?? scope.db;
    const columns = columnValues(scope, Appointment, values);
    const sentColumns = Object.keys(columnValues(scope, Appointment, sent));
    const { sql, params } = dialectOf(db).upsert('appointments', columns, sentColumns, 'reference', 'updated_at_mt', quoter(scope));
    return (await saveOrFail(() => execute(scope, sql, params), 'the appointment could not be stored')).affected;
  }

  /** Deletes the row with this id unless it is signed off; its contact links go with it (ON DELETE CASCADE). Rows deleted. */
  async deleteUnsigned(scope: DbScope, id: number): Promise<number> {
    return (await execute(scope, 'DELETE FROM appointments WHERE id = ? AND signed_off_at IS NULL', [id])).affected;
  }

  /** Makes `contactIds` the appointment's whole contact list (in the caller's transaction). */
  async replaceContacts(scope: DbScope, appointmentId: number, contactIds: readonly number[]): Promise<void> {
    await execute(scope, 'DELETE FROM appointment_contacts WHERE appointment_id = ?', [appointmentId]);
    if (!contactIds.length) return;
    await execute(
      scope,
      `INSERT INTO appointment_contacts (appointment_id, contact_id) VALUES ${contactIds.map(() => '(?, ?)').join(', ')}`,
      contactIds.flatMap((id) => [appointmentId, id]),
    );
  }
}
