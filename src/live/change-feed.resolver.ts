import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { Appointment } from '../database/entities';
import { selectedFieldNames } from '../graphql/selected-fields';
import { AppointmentChange, AppointmentChangeConnection } from './appointment-change.type';
import type { AppointmentChange as Change, AppointmentChangePage } from './change-feed.types';
import type { ChangeRelations } from './change.relations';
import { ChangeFeedService } from './change-feed.service';

@Resolver(() => AppointmentChange)
export class ChangeFeedResolver {
  constructor(
    private readonly service: ChangeFeedService,
    private readonly relations: ChangeRelations,
  ) {}

  @Query(() => AppointmentChangeConnection, {
    description:
      'The durable feed of appointment changes, by every writer (the gateway, other applications, SQL), in the order they were recorded: ' +
      'resumable from any cursor it gave, after restarts and on any instance, with no change skipped or repeated. ' +
      'Employees and application tokens see every change; liaisons and clients the changes of their customers\u2019 appointments ' +
      '(a move between customers shows to both sides). cursor-expired for a cursor older than CHANGE_RETENTION_HOURS; ' +
      'invalid-param for first outside 0..1000 or a cursor that is not the feed\u2019s.',
  })
  appointmentChanges(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Continue after this cursor (an edge cursor or pageInfo.endCursor); left out, from the oldest change kept.',
    })
    after: string | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 100,
      description: 'How many changes to read, 0..1000; changes the caller may not see are read and left out.',
    })
    first: number | null,
  ): Promise<AppointmentChangePage> {
    return this.service.appointmentChanges(ctx, { after, first }, selectedFieldNames(info, ['edges', 'node']));
  }

  @FieldResolver(() => Appointment, {
    nullable: true,
    description: 'The appointment as it is now; null when it was deleted since, or the caller may no longer see it.',
  })
  appointment(@Root() change: Change, @Ctx() ctx: RequestContext): Appointment | null | Promise<Appointment | null> {
    return this.relations.appointment.load(ctx, change);
  }
}
