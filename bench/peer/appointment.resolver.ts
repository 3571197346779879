import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Repository } from 'typeorm';
import { Appointment } from './appointment';
import { AppointmentCategory } from './appointment-category';
import { AppointmentConnection, AppointmentFilter, AppointmentSort, SortOrder } from './connection';
import { Contact } from './contact';
import type { Context } from './context';
import { Customer } from './customer';
import { dataSource } from './data-source';
import { User } from './user';

const MAX_PAGE = 1000;

/** The cursor after a row: its start and id, base64url JSON (opaque to clients). */
const encodeCursor = (a: Appointment) => Buffer.from(JSON.stringify([a.startDate.toISOString(), a.id])).toString('base64url');

function decodeCursor(cursor: string): { start: Date; id: number } {
  const [start, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, number];
  return { start: new Date(start), id };
}

@Resolver(() => Appointment)
export class AppointmentResolver {
  private readonly appointments: Repository<Appointment> = dataSource.getRepository(Appointment);

  @Authorized()
  @Query(() => Appointment, { nullable: true, description: 'One appointment by id.' })
  appointment(@Arg('id', () => ID) id: string): Promise<Appointment | null> {
    return this.appointments.findOneBy({ id: Number(id) });
  }

  @Authorized()
  @Query(() => AppointmentConnection, { description: 'A keyset page of appointments.' })
  async appointmentsConnection(
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => AppointmentFilter, { nullable: true }) filter: AppointmentFilter | null,
    @Arg('sort', () => AppointmentSort, { defaultValue: AppointmentSort.START_DATE }) _sort: AppointmentSort,
    @Arg('order', () => SortOrder, { defaultValue: SortOrder.ASC }) order: SortOrder,
  ): Promise<AppointmentConnection> {
    if (first < 0 || first > MAX_PAGE) throw new Error(`first must be between 0 and ${MAX_PAGE}.`);
    const qb = this.appointments
      .createQueryBuilder('a')
      .orderBy('a.startDate', order)
      .addOrderBy('a.id', order)
      .take(first + 1);
    const range = filter?.startDate;
    if (range?.gt) qb.andWhere('a.startDate > :gt', { gt: range.gt });
    if (range?.gte) qb.andWhere('a.startDate >= :gte', { gte: range.gte });
    if (range?.lt) qb.andWhere('a.startDate < :lt', { lt: range.lt });
    if (range?.lte) qb.andWhere('a.startDate <= :lte', { lte: range.lte });
    if (filter?.title != null) {
      const pattern = filter.title.replace(/[!%_]/g, '!$&').replace(/\*/g, '%');
      qb.andWhere("a.title LIKE :pattern ESCAPE '!'", { pattern });
    }
    if (after) {
      const c = decodeCursor(after);
      const op = order === SortOrder.ASC ? '>' : '<';
      qb.andWhere(`(a.startDate ${op} :start OR (a.startDate = :start AND a.id ${op} :id))`, c);
    }
    const rows = await qb.getMany();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]) : null },
    };
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() a: Appointment, @Ctx() { loaders }: Context): Promise<Customer | null> | null {
    return a.customerId == null ? null : loaders.customers.load(a.customerId);
  }

  @FieldResolver(() => AppointmentCategory, { nullable: true })
  appointmentCategory(@Root() a: Appointment, @Ctx() { loaders }: Context): Promise<AppointmentCategory | null> | null {
    return a.appointmentCategoryId == null ? null : loaders.categories.load(a.appointmentCategoryId);
  }

  @FieldResolver(() => User, { nullable: true })
  photographer(@Root() a: Appointment, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return a.photographerUserId == null ? null : loaders.users.load(a.photographerUserId);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() a: Appointment, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return a.userId == null ? null : loaders.users.load(a.userId);
  }

  @FieldResolver(() => [Contact])
  contacts(@Root() a: Appointment, @Ctx() { loaders }: Context): Promise<Contact[]> {
    return loaders.contactsOfAppointment.load(a.id);
  }
}
