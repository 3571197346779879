import { assertCan } from '../accounts/permissions';
import { preloadRelations } from '../context/relation';
import type { RequestContext } from '../context/request-context';
import { pageBounds, pagingOf } from '../domain/paging';
import type { Customer } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import type { ContactRepository } from './contact.repository';
import { parseCustomerFilter } from './customer-filter';
import type { CustomerRelations } from './customer.relations';
import type { CustomerRepository } from './customer.repository';
import { ContactListArgs, ContactPageResult, CustomerListArgs, CustomerPageResult, CustomerSort, SortOrder } from './customer.types';

const NO_FIELDS: ReadonlySet<string> = new Set();

/** A customer named by one of its unique keys. */
export type CustomerKey = { id: number } | { reference: string };

/**
 * Reading customers and their contacts: look-ups and offset pages. The row rules live in the
 * repositories: a customer outside the caller's scope reads exactly as a missing one (left out
 * of lists, not-found by key). `fields`: the fields a query selects on each customer; its
 * relations among them are loaded for the whole page before the answer.
 */
export class CustomerService {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly contacts: ContactRepository,
    private readonly relations: CustomerRelations,
  ) {}

  async findOne(ctx: RequestContext, key: CustomerKey, fields: ReadonlySet<string> = NO_FIELDS): Promise<Customer> {
    assertCan(ctx.actor, 'customer:read');
    const row =
      'id' in key
        ? // Through the loader (which applies the row rules): many look-ups in one operation cost one statement.
          await ctx.loaders.of(this.customers.rows.byIds).load(key.id)
        : await this.customers.byReference(ctx, ctx.readSide, key.reference);
    if (!row)
      throw 'id' in key ? DomainError.notFound('customer', 'id', key.id) : DomainError.notFound('customer', 'reference', key.reference);
    await preloadRelations(ctx, this.relations, [row], fields);
    return row;
  }

  /** An offset page; the total is its own COUNT, skipped when `options.total` is false (pagingOf). */
  async list(
    ctx: RequestContext,
    args: CustomerListArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
    options: { total?: boolean } = {},
  ): Promise<CustomerPageResult> {
    assertCan(ctx.actor, 'customer:read');
    const { max, offset } = pageBounds(args);
    const criteria = parseCustomerFilter(args.filter);
    const sort = args.sort ?? CustomerSort.ID;
    const order = args.order ?? SortOrder.ASC;
    const readPage = async () => {
      const ids = await this.customers.pageIds(ctx, ctx.readSide, criteria, sort, order, max, offset);
      return this.customers.rowsByIds(ctx, ctx.readSide, ids);
    };
    const [total, data] = await Promise.all([
      options.total === false ? Promise.resolve(null) : this.customers.count(ctx, ctx.readSide, criteria),
      max === 0 ? Promise.resolve([]) : readPage(),
    ]);
    await preloadRelations(ctx, this.relations, data, fields);
    return { paging: pagingOf(total, max, offset), data };
  }

  /** An offset page of one customer's contacts, by name then id; not-found when the caller may not see the customer. */
  async contactsOf(ctx: RequestContext, args: ContactListArgs, options: { total?: boolean } = {}): Promise<ContactPageResult> {
    assertCan(ctx.actor, 'customer:read');
    const { max, offset } = pageBounds(args);
    const customer = await ctx.loaders.of(this.customers.rows.byIds).load(args.customerId);
    if (!customer) throw DomainError.notFound('customer', 'customerId', args.customerId);
    const { rows, total } = await this.contacts.pageOfCustomer(ctx, ctx.readSide, customer.id, max, offset, options.total !== false);
    return { paging: pagingOf(total, max, offset), data: rows };
  }
}
