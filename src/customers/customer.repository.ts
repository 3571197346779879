import { canSeeCustomer } from '../accounts/permissions';
import type { Actor } from '../context/actor';
import type { RowSource } from '../context/relation';
import { exactEquals } from '../database/dialect';
import { selectByIds, selectByReferences, selectEntities } from '../database/entity-statements';
import { DbScope, ReadSide } from '../database/statements';
import { Customer } from '../database/entities';
import type { CursorPosition } from '../domain/keyset-cursor';
import { NameCriteria, NameSort, nameSortKeys } from '../domain/named-records';
import { ListQuery, listCount, listKeysetRows, listPageIds, nameFilterConditions } from '../database/list-statements';
import { customerScope, Fragment } from '../database/sql-fragments';
import { SortOrder } from '../domain/sort-order';

type Scoped = DbScope & { actor: Actor };

/** The alias of every customer statement (that of entity-statements' ROW_ALIAS, so its helpers apply). */
const C = 'x';

/** How customers sort (the connection's cursors carry the same keys: NamedList). */
const SORT_KEYS = nameSortKeys<Customer>(C);

/** A list of the customers the actor may see (their own, or every one for roles that see every row), filtered and sorted. */
function customerList(scope: Scoped, criteria: NameCriteria, sort: NameSort, order: SortOrder): ListQuery<Customer> {
  const conditions: (Fragment | null)[] = [customerScope(scope.actor, `${C}.id`), ...nameFilterConditions(scope, criteria)];
  return { entity: Customer, conditions, sort: SORT_KEYS[sort], order };
}

/** The one door to customers: a customer is visible to staff and to the users it is one of the customers of. */
export class CustomerRepository {
  /** Row rule: a customer outside the actor's scope reads as missing. */
  see(actor: Actor, row: Customer): Customer | null {
    return canSeeCustomer(actor, row.id) ? row : null;
  }

  /** Customers by id as the actor may see them (null where missing or not visible): one statement. */
  async byIds(scope: DbScope & { actor: Actor }, side: ReadSide, ids: readonly number[]): Promise<(Customer | null)[]> {
    return (await selectByIds(scope, side, Customer, ids)).map((row) => row && this.see(scope.actor, row));
  }

  /** The customer with exactly this reference (byte for byte) as the actor may see it, or null. */
  async byReference(scope: Scoped, side: ReadSide, reference: string): Promise<Customer | null> {
    const [row] = await selectEntities(scope, side, Customer, exactEquals(`${C}.reference`), [reference, reference], { prepared: true });
    return row ? this.see(scope.actor, row) : null;
  }

  /** The statements of a list, as sent (exposed so tests can EXPLAIN them). */
  listQuery(scope: Scoped, criteria: NameCriteria, sort: NameSort, order: SortOrder): ListQuery<Customer> {
    return customerList(scope, criteria, sort, order);
  }

  /** The ids of one offset page of the customers the actor may see, in order (the id breaks ties). */
  pageIds(
    scope: Scoped,
    side: ReadSide,
    criteria: NameCriteria,
    sort: NameSort,
    order: SortOrder,
    max: number,
    offset: number,
  ): Promise<number[]> {
    return listPageIds(scope, side, customerList(scope, criteria, sort, order), max, offset);
  }

  /** How many customers the actor may see match the filter. */
  count(scope: Scoped, side: ReadSide, criteria: NameCriteria): Promise<number> {
    return listCount(scope, side, customerList(scope, criteria, 'ID', SortOrder.ASC));
  }

  /** Up to `limit` customers the actor may see after the cursor's position, in order: one statement. */
  async keysetRows(
    scope: Scoped,
    side: ReadSide,
    criteria: NameCriteria,
    sort: NameSort,
    order: SortOrder,
    limit: number,
    after: CursorPosition | null,
  ): Promise<Customer[]> {
    const rows = await listKeysetRows(scope, side, customerList(scope, criteria, sort, order), limit, after);
    return rows.filter((r) => this.see(scope.actor, r) !== null);
  }

  /** The visible customers with these ids, in the order of `ids`: one statement. */
  async rowsByIds(scope: Scoped, side: ReadSide, ids: readonly number[]): Promise<Customer[]> {
    return (await this.byIds(scope, side, ids)).filter((r): r is Customer => r !== null);
  }

  /**
   * The ids of the customers with these references (byte for byte), in their order, as the
   * actor may see them: null where there is none or it is not visible. One statement.
   */
  async idsByReference(scope: DbScope & { actor: Actor }, side: ReadSide, references: readonly string[]): Promise<(number | null)[]> {
    return (await selectByReferences(scope, side, Customer, references)).map((row) => (row && this.see(scope.actor, row)?.id) ?? null);
  }

  /** The target of relations to customers (reads on the request's read side). */
  readonly rows: RowSource<Customer> = {
    entity: Customer,
    byIds: (ctx, ids) => this.byIds(ctx, ctx.readSide, ids),
    see: (actor, row) => this.see(actor, row),
  };
}
