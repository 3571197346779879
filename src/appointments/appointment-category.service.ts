import type { RequestContext } from '../context/request-context';
import { NamedList } from '../domain/named-list';
import type { AppointmentCategory } from '../database/entities';
import type { AppointmentCategoryRepository } from './appointment-category.repository';
import type {
  AppointmentCategoryConnectionArgs,
  AppointmentCategoryConnectionResult,
  AppointmentCategoryListArgs,
  AppointmentCategoryPageResult,
} from './appointment-category.types';

/** A category named by one of its unique keys. */
export type AppointmentCategoryKey = { id: number } | { reference: string };

/**
 * Reading appointment categories: reference data, which every role reads whole (the
 * repository's row rule shows every row). Look-ups, offset pages and keyset connections.
 */
export class AppointmentCategoryService {
  private readonly reads: NamedList<AppointmentCategory>;

  constructor(categories: AppointmentCategoryRepository) {
    this.reads = new NamedList({ entity: 'appointment category', list: 'appointmentCategories', action: 'category:read' }, categories);
  }

  findOne(ctx: RequestContext, key: AppointmentCategoryKey): Promise<AppointmentCategory> {
    return 'id' in key ? this.reads.byId(ctx, key.id) : this.reads.byReference(ctx, key.reference);
  }

  /** An offset page; the total is its own COUNT, skipped when `options.total` is false (pagingOf). */
  list(ctx: RequestContext, args: AppointmentCategoryListArgs, options: { total?: boolean } = {}): Promise<AppointmentCategoryPageResult> {
    return this.reads.list(ctx, args, options.total !== false);
  }

  /** A keyset page: the categories after the cursor's (sort key, id). */
  connection(ctx: RequestContext, args: AppointmentCategoryConnectionArgs): Promise<AppointmentCategoryConnectionResult> {
    return this.reads.connection(ctx, args);
  }
}
