import { canSeeCustomer } from '../accounts/permissions';
import type { Actor } from '../context/actor';
import type { RowSource } from '../context/relation';
import { selectByIds, selectByReferences } from '../database/entity-statements';
import type { DbScope, ReadSide } from '../database/statements';
import { Customer } from '../database/entities';

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
