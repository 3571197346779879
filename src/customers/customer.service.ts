import { preloadRelations } from '../context/relation';
import type { RequestContext } from '../context/request-context';
import { NamedList } from '../domain/named-list';
import type { Customer } from '../database/entities';
import type { CustomerRelations } from './customer.relations';
import type { CustomerRepository } from './customer.repository';
import type { CustomerConnectionArgs, CustomerConnectionResult, CustomerListArgs, CustomerPageResult } from './customer.types';

const NO_FIELDS: ReadonlySet<string> = new Set();

/** A customer named by one of its unique keys. */
export type CustomerKey = { id: number } | { reference: string };

/**
 * Reading customers: look-ups, offset pages and keyset connections. The row
 * rules live in the repositories: a customer outside the caller's scope reads exactly as a
 * missing one (left out of lists, not-found by key). `fields`: the fields a query selects on
 * each customer; its relations among them are loaded for the whole page before the answer.
 */
export class CustomerService {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly relations: CustomerRelations,
  ) {}

  private readonly reads = new NamedList<Customer>({ entity: 'customer', list: 'customers', action: 'customer:read' }, this.customers);

  /** Loads the customer relations among `fields` for these rows. */
  private prepare(ctx: RequestContext, fields: ReadonlySet<string>) {
    return (rows: Customer[]) => preloadRelations(ctx, this.relations, rows, fields);
  }

  findOne(ctx: RequestContext, key: CustomerKey, fields: ReadonlySet<string> = NO_FIELDS): Promise<Customer> {
    const prepare = this.prepare(ctx, fields);
    return 'id' in key ? this.reads.byId(ctx, key.id, prepare) : this.reads.byReference(ctx, key.reference, prepare);
  }

  /** An offset page; the total is its own COUNT, skipped when `options.total` is false (pagingOf). */
  list(
    ctx: RequestContext,
    args: CustomerListArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
    options: { total?: boolean } = {},
  ): Promise<CustomerPageResult> {
    return this.reads.list(ctx, args, options.total !== false, this.prepare(ctx, fields));
  }

  /** A keyset page: the customers after the cursor's (sort key, id), read straight off the sort's index. */
  connection(
    ctx: RequestContext,
    args: CustomerConnectionArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
  ): Promise<CustomerConnectionResult> {
    return this.reads.connection(ctx, args, this.prepare(ctx, fields));
  }
}
