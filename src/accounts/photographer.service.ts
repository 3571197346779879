import type { RequestContext } from '../context/request-context';
import { NamedList } from '../domain/named-list';
import type { User } from '../database/entities';
import type {
  PhotographerConnectionArgs,
  PhotographerConnectionResult,
  PhotographerListArgs,
  PhotographerPageResult,
} from './photographer.types';
import type { UserRepository } from './user.repository';

/** A photographer named by one of their user's unique keys. */
export type PhotographerKey = { id: number } | { reference: string };

/**
 * Reading photographers (users with an employee record flagged photographer): every role may,
 * as clients book shoots with them; the user repository's row rule masks what non-staff see
 * (id, reference and name; email only of themselves). A user who is not a photographer reads
 * exactly like a missing one.
 */
export class PhotographerService {
  private readonly reads: NamedList<User>;

  constructor(users: UserRepository) {
    this.reads = new NamedList({ entity: 'photographer', list: 'photographers', action: 'photographer:read' }, users.photographers);
  }

  findOne(ctx: RequestContext, key: PhotographerKey): Promise<User> {
    return 'id' in key ? this.reads.byId(ctx, key.id) : this.reads.byReference(ctx, key.reference);
  }

  /** An offset page; the total is its own COUNT, skipped when `options.total` is false (pagingOf). */
  list(ctx: RequestContext, args: PhotographerListArgs, options: { total?: boolean } = {}): Promise<PhotographerPageResult> {
    return this.reads.list(ctx, args, options.total !== false);
  }

  /** A keyset page: the photographers after the cursor's (sort key, id). */
  connection(ctx: RequestContext, args: PhotographerConnectionArgs): Promise<PhotographerConnectionResult> {
    return this.reads.connection(ctx, args);
  }
}
