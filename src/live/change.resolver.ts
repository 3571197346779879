import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import { AppointmentFilter } from '../appointments/appointment-filter.input';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import { AppointmentChangeEvent } from './appointment-change.type';
import type { AppointmentChange, LiveContext, LiveSubscriptions, OrderChange } from './live.types';
import { OrderChangeEvent } from './order-change.type';

/** The subscriptions of the socket the operation came on (subscriptions are served over graphql-ws only). */
function liveOf(context: unknown): LiveSubscriptions {
  const live = (context as Partial<LiveContext>).live;
  if (!live) throw new DomainError(ErrorCode.InvalidQuery, 'Subscriptions are served over WebSocket (graphql-ws) on /graphql.');
  return live;
}

// type-graphql calls `subscribe` with the raw arguments and the context; the services validate them.
@Resolver()
export class ChangeSubscriptionResolver {
  @Subscription(() => AppointmentChangeEvent, {
    description:
      "An event for every appointment created, updated, deleted or signed off that the caller may see (liaisons and clients: their customers') " +
      'and that matches the filter as the row is after the change. A deletion is matched by what it still knows: its id, customerId and orderId; ' +
      "the filter's other fields are not judged for it. Over graphql-ws on /graphql only; invalid-param and the filter's other codes as appointments.",
    subscribe: ({ args, context }) => liveOf(context).appointmentChanges(context, args.filter),
  })
  appointmentChanged(
    @Root() change: AppointmentChange,
    @Arg('filter', () => AppointmentFilter, {
      nullable: true,
      description: 'Which appointments to hear about; left out, every one the caller may see.',
    })
    _filter: AppointmentFilter | null,
  ): AppointmentChange {
    return change;
  }

  @Subscription(() => OrderChangeEvent, {
    description:
      'An event for every change of one order: writes, sign-offs and amendments, and its deletion. As order(id): not-found when it does not exist ' +
      'or the caller may not see it. Over graphql-ws on /graphql only.',
    subscribe: ({ args, context }) => liveOf(context).orderChanges(context, args.id),
  })
  orderChanged(@Root() change: OrderChange, @Arg('id', () => ID, { description: "The order's id." }) _id: string): OrderChange {
    return change;
  }
}
