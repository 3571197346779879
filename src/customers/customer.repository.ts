import { canSeeCustomer } from '../accounts/permissions';
import type { Actor } from '../context/actor';
import type { RowSource } from '../context/relation';
import { dialectOf, exactEquals } from '../database/dialect';
import { selectByIds, selectByReferences, selectEntities } from '../database/entity-statements';
import { DbScope, ReadSide, select } from '../database/statements';
import { Customer } from '../database/entities';
import { direction } from '../database/sql-fragments';
import { customerScope, exactPattern, Fragment, anyOf, patternIgnoringCase, whereClause } from '../database/sql-fragments';
import type { CustomerCriteria } from './customer-filter';
import { CustomerSort, SortOrder } from './customer.types';

type Scoped = DbScope & { actor: Actor };

/** The alias of every customer statement (that of entity-statements' ROW_ALIAS, so its helpers apply). */
const C = 'x';

const SORT_COLUMNS: Record<CustomerSort, string | null> = {
  [CustomerSort.ID]: null,
  [CustomerSort.NAME]: `${C}.name`,
  [CustomerSort.REFERENCE]: `${C}.reference`,
};

/** The customers the actor may see: their own, or every one for roles that see every row. */
function scopeCondition(actor: Actor): Fragment | null {
  return customerScope(actor, `${C}.id`);
}

/**
 * The conditions of a validated filter: a name pattern ignores ASCII case (LIKE under the
 * column's collation on MySQL, SQLite's LIKE); a reference pattern matches byte for byte, as
 * references compare everywhere else (the dialect says how).
 */
function criteriaConditions(c: CustomerCriteria, scope: DbScope): Fragment[] {
  const out: Fragment[] = [];
  if (c.ids) out.push(anyOf(`${C}.id`, c.ids));
  if (c.reference != null) out.push(exactPattern(dialectOf(scope.db), `${C}.reference`, c.reference));
  if (c.name != null) out.push(patternIgnoringCase(`${C}.name`, c.name));
  return out;
}

/** `ORDER BY` for a sort: the key, then the id, both in the order's direction. */
function orderBy(sort: CustomerSort, order: SortOrder): string {
  const dir = direction(order);
  const column = SORT_COLUMNS[sort];
  return column ? `${column} ${dir}, ${C}.id ${dir}` : `${C}.id ${dir}`;
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

  /** The ids of one offset page of the customers the actor may see, in order (the id breaks ties). */
  async pageIds(
    scope: Scoped,
    side: ReadSide,
    criteria: CustomerCriteria,
    sort: CustomerSort,
    order: SortOrder,
    max: number,
    offset: number,
  ): Promise<number[]> {
    const where = whereClause([scopeCondition(scope.actor), ...criteriaConditions(criteria, scope)]);
    const sql = `SELECT ${C}.id AS id FROM customers ${C} ${where.sql} ORDER BY ${orderBy(sort, order)} LIMIT ? OFFSET ?`;
    return (await select(scope, side, sql, [...where.params, max, offset])).map((r) => Number(r.id));
  }

  /** How many customers the actor may see match the filter. */
  async count(scope: Scoped, side: ReadSide, criteria: CustomerCriteria): Promise<number> {
    const where = whereClause([scopeCondition(scope.actor), ...criteriaConditions(criteria, scope)]);
    const [row] = await select(scope, side, `SELECT COUNT(*) AS n FROM customers ${C} ${where.sql}`, where.params);
    return Number(row?.n ?? 0);
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
