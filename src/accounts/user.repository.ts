import type { Actor } from '../context/actor';
import type { Batch } from '../context/loaders';
import type { RowSource } from '../context/relation';
import { exactEquals } from '../database/dialect';
import { ROW_ALIAS, selectByIds, selectByReferences, selectEntities } from '../database/entity-statements';
import { ListQuery, listCount, listKeysetRows, listPageIds, nameFilterConditions } from '../database/list-statements';
import type { Fragment } from '../database/sql-fragments';
import { DbScope, placeholders, ReadSide } from '../database/statements';
import { Employee, User } from '../database/entities';
import type { CursorPosition } from '../domain/keyset-cursor';
import type { NamedListSource } from '../domain/named-list';
import { NameCriteria, NameSort, nameSortKeys } from '../domain/named-records';
import { SortOrder } from '../domain/sort-order';

/** What makes a user staff: an employee record, and whether it is a photographer's. */
export interface StaffRecord {
  userId: number;
  photographer: boolean;
}

/** Which photographers to read: these ids, these references (byte for byte), or every one. */
export type PhotographerSelection = { ids: readonly number[] } | { references: readonly string[] } | 'all';

type Scoped = DbScope & { actor: Actor };

const SORT_KEYS = nameSortKeys<User>('x');

/** The users who are photographers: an employee record with the flag set (served by (photographer, user_id)). */
const PHOTOGRAPHER: Fragment = { sql: 'x.id IN (SELECT e.user_id FROM employees e WHERE e.photographer = ?)', params: [1] };

/**
 * The one door to users as the domain sees them (appointments' photographers and responsible
 * employees, and the photographers' own lists). Staff see users whole; other roles see their
 * id, reference and name, and an email only of themselves. A user who is not a photographer is
 * no row of the photographer reads: they answer it exactly as a missing one.
 */
export class UserRepository {
  /** Row rule: the user as the actor may see them (never hidden: the appointment was visible). */
  see(actor: Actor, row: User): User {
    if (actor.customerIds === null || row.id === actor.userId || row.email === null) return row;
    return Object.assign(new User(), row, { email: null });
  }

  /** Users by id as the actor may see them (null where missing): one statement. */
  async byIds(scope: DbScope & { actor: Actor }, side: ReadSide, ids: readonly number[]): Promise<(User | null)[]> {
    return (await selectByIds(scope, side, User, ids)).map((row) => row && this.see(scope.actor, row));
  }

  /** The ids of the users with these references (byte for byte), in their order (null where there is none): one statement. */
  async idsByReference(scope: DbScope & { actor: Actor }, side: ReadSide, references: readonly string[]): Promise<(number | null)[]> {
    return (await selectByReferences(scope, side, User, references)).map((row) => row?.id ?? null);
  }

  /** The staff records of these users (users without one are left out): one statement. */
  async staffOf(scope: DbScope, side: ReadSide, userIds: readonly number[]): Promise<Map<number, StaffRecord>> {
    if (userIds.length === 0) return new Map();
    const rows = await selectEntities(scope, side, Employee, `x.user_id IN (${placeholders(userIds.length)})`, [...userIds]);
    return new Map(rows.map((e) => [e.userId, { userId: e.userId, photographer: e.photographer }]));
  }

  /**
   * The photographers (users whose employee record has the photographer flag) among `which`, by
   * name then id, as the actor may see them: one statement, whatever their number. Ids or
   * references that name no photographer are simply not in the answer.
   */
  async photographersAmong(scope: DbScope & { actor: Actor }, side: ReadSide, which: PhotographerSelection): Promise<User[]> {
    const x = ROW_ALIAS;
    const named =
      which === 'all'
        ? null
        : 'ids' in which
          ? { sql: `${x}.id IN (${placeholders(which.ids.length)})`, params: [...which.ids] }
          : {
              sql: `(${which.references.map(() => exactEquals(`${x}.reference`)).join(' OR ')})`,
              params: which.references.flatMap((r) => [r, r]),
            };
    if (named && named.params.length === 0) return [];
    const photographer = `${x}.id IN (SELECT e.user_id FROM employees e WHERE e.photographer = ?)`;
    const where = named ? `${photographer} AND ${named.sql}` : photographer;
    const rows = await selectEntities(scope, side, User, where, [true, ...(named?.params ?? [])], {
      orderBy: `${x}.name ASC, ${x}.id ASC`,
    });
    return rows.map((row) => this.see(scope.actor, row));
  }

  /** A list of photographers, filtered and sorted, as its statements are built (exposed so tests can EXPLAIN them). */
  photographerList(scope: DbScope, criteria: NameCriteria, sort: NameSort, order: SortOrder): ListQuery<User> {
    return { entity: User, conditions: [PHOTOGRAPHER, ...nameFilterConditions(scope, criteria)], sort: SORT_KEYS[sort], order };
  }

  /** The photographers by id as the actor may see them (null where missing or not a photographer): one statement. */
  readonly photographersByIds: Batch<number, User | null> = async (ctx, ids) => {
    if (ids.length === 0) return [];
    const rows = await selectEntities(ctx, ctx.readSide, User, `x.id IN (${placeholders(ids.length)}) AND ${PHOTOGRAPHER.sql}`, [
      ...ids,
      ...PHOTOGRAPHER.params,
    ]);
    const byId = new Map(rows.map((r) => [r.id, this.see(ctx.actor, r)]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  /** Photographers as NamedList reads them (masked by the row rule, like every user). */
  readonly photographers: NamedListSource<User> = {
    rows: { byIds: this.photographersByIds },
    byReference: async (scope: Scoped, side, reference) => {
      const [row] = await selectEntities(scope, side, User, `${exactEquals('x.reference')} AND ${PHOTOGRAPHER.sql}`, [
        reference,
        reference,
        ...PHOTOGRAPHER.params,
      ]);
      return row ? this.see(scope.actor, row) : null;
    },
    pageIds: (scope, side, c, sort, order, max, offset) =>
      listPageIds(scope, side, this.photographerList(scope, c, sort, order), max, offset),
    rowsByIds: async (scope, side, ids) => (await this.byIds(scope, side, ids)).filter((r): r is User => r !== null),
    count: (scope, side, c) => listCount(scope, side, this.photographerList(scope, c, 'ID', SortOrder.ASC)),
    keysetRows: async (scope: Scoped, side, c, sort, order, limit, after: CursorPosition | null) =>
      (await listKeysetRows(scope, side, this.photographerList(scope, c, sort, order), limit, after)).map((r) => this.see(scope.actor, r)),
  };

  readonly rows: RowSource<User> = {
    entity: User,
    byIds: (ctx, ids) => this.byIds(ctx, ctx.readSide, ids),
    see: (actor, row) => this.see(actor, row),
  };
}
