import { assertCan } from '../accounts/permissions';
import { preloadRelations } from '../context/relation';
import type { RequestContext } from '../context/request-context';
import { keysetPage, offsetBounds, offsetPage } from '../domain/list-pages';
import type { Contact } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import { parseContactFilter } from './contact-filter';
import { CONTACT_SORT_KEYS } from './contact-sort';
import type { ContactRelations } from './contact.relations';
import type { ContactRepository } from './contact.repository';
import {
  ContactConnectionArgs,
  ContactConnectionResult,
  ContactListArgs,
  ContactPageResult,
  ContactSort,
  OfCustomer,
  SortOrder,
} from './contact.types';
import type { CustomerRepository } from './customer.repository';

const NO_FIELDS: ReadonlySet<string> = new Set();

/**
 * Reading contacts: the look-up by id, offset pages and keyset connections, of one customer or
 * of every customer the caller sees. The row rules live in the repositories: a contact of a
 * customer outside the caller's scope reads exactly as a missing one (left out of lists,
 * not-found by id), and so does a customer named by `customerId`. `fields`: the fields a query
 * selects on each contact; its relations among them are loaded for the whole page before the answer.
 */
export class ContactService {
  constructor(
    private readonly contacts: ContactRepository,
    private readonly customers: CustomerRepository,
    private readonly relations: ContactRelations,
  ) {}

  async findOne(ctx: RequestContext, id: number, fields: ReadonlySet<string> = NO_FIELDS): Promise<Contact> {
    assertCan(ctx.actor, 'customer:read');
    // Through the loader (which applies the row rule): many look-ups in one operation cost one statement.
    const row = await ctx.loaders.of(this.contacts.rows.byIds).load(id);
    if (!row) throw DomainError.notFound('contact', 'id', id);
    await preloadRelations(ctx, this.relations, [row], fields);
    return row;
  }

  /** An offset page (by name then id unless asked otherwise); the total is its own COUNT, skipped when `options.total` is false. */
  async list(
    ctx: RequestContext,
    args: ContactListArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
    options: { total?: boolean } = {},
  ): Promise<ContactPageResult> {
    assertCan(ctx.actor, 'customer:read');
    const bounds = offsetBounds(args);
    const criteria = parseContactFilter(args.filter);
    const customerId = await this.customerOf(ctx, args);
    const q = this.contacts.listQuery(
      ctx,
      customerId,
      criteria,
      CONTACT_SORT_KEYS[args.sort ?? ContactSort.NAME],
      args.order ?? SortOrder.ASC,
    );
    const result = await offsetPage(bounds, {
      withTotal: options.total !== false,
      count: () => this.contacts.count(ctx, ctx.readSide, q),
      page: async (max, offset) =>
        this.contacts.rowsByIds(ctx, ctx.readSide, await this.contacts.pageIds(ctx, ctx.readSide, q, max, offset)),
    });
    await preloadRelations(ctx, this.relations, result.data, fields);
    return result;
  }

  /** A keyset page: the contacts after the cursor's (sort key, id), read straight off the sort's index. */
  async connection(
    ctx: RequestContext,
    args: ContactConnectionArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
  ): Promise<ContactConnectionResult> {
    assertCan(ctx.actor, 'customer:read');
    const criteria = parseContactFilter(args.filter);
    const customerId = await this.customerOf(ctx, args);
    const sort = args.sort ?? ContactSort.NAME;
    const order = args.order ?? SortOrder.ASC;
    const key = CONTACT_SORT_KEYS[sort];
    const q = this.contacts.listQuery(ctx, customerId, criteria, key, order);
    // Named first: a cursor of another record type's list is never taken here.
    return keysetPage(args, ['contacts', customerId, criteria, sort, order], key, {
      rows: (limit, after) => this.contacts.keysetRows(ctx, ctx.readSide, q, limit, after),
      count: () => this.contacts.count(ctx, ctx.readSide, q),
      prepare: (page) => preloadRelations(ctx, this.relations, page, fields),
    });
  }

  /** The customer a list is of (null: every one in scope); not-found naming customerId when it is missing or not visible. */
  private async customerOf(ctx: RequestContext, args: OfCustomer): Promise<number | null> {
    if (args.customerId == null) return null;
    const customer = await ctx.loaders.of(this.customers.rows.byIds).load(args.customerId);
    if (!customer) throw DomainError.notFound('customer', 'customerId', args.customerId);
    return customer.id;
  }
}
