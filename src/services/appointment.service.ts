import { Appointment } from '../entities';
import type { RequestContext } from '../context/request-context';
import { DomainError } from '../errors/domain.error';
import { pagingOf } from '../graphql/types/paging.type';
import type { AppointmentPage } from '../graphql/types/appointment-page.type';

export const MAX_PAGE_SIZE = 1000;

/** Reading appointments: look-ups and pages. The rules live here, not in the resolvers. */
export class AppointmentService {
  async findById(ctx: RequestContext, id: number): Promise<Appointment> {
    const row = await ctx.db.getRepository(Appointment).findOneBy({ id });
    if (!row) throw DomainError.notFound('appointment', 'id', id);
    return row;
  }

  async list(ctx: RequestContext, max: number, offset: number): Promise<AppointmentPage> {
    if (!Number.isInteger(max) || max < 0 || max > MAX_PAGE_SIZE) {
      throw DomainError.invalidParam('max', `max must be between 0 and ${MAX_PAGE_SIZE}`);
    }
    if (!Number.isInteger(offset) || offset < 0) throw DomainError.invalidParam('offset', 'offset must not be negative');
    const repo = ctx.db.getRepository(Appointment);
    const [total, data] = await Promise.all([
      repo.count(),
      max === 0 ? Promise.resolve([]) : repo.find({ order: { createdAt: 'ASC', id: 'ASC' }, take: max, skip: offset }),
    ]);
    return { paging: pagingOf(total, max, offset), data };
  }
}
