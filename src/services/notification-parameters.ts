import type { RequestContext } from '../context/request-context';
import type { Appointment } from '../entities';
import type { NotificationParameters } from '../graphql/types/notification-parameters.type';

/** What a notification email about `a` says, from the row and the request's loaders (batched over a page). */
export async function notificationParametersOf(ctx: RequestContext, a: Appointment): Promise<NotificationParameters> {
  const [customer, photographer] = await Promise.all([
    a.customerId == null ? null : ctx.loaders.customer.load(a.customerId),
    a.photographerName != null || a.photographerUserId == null ? null : ctx.loaders.user.load(a.photographerUserId),
  ]);
  return {
    uuid: a.uuid,
    reference: a.reference,
    title: a.title,
    startDateLocal: a.dateStartLocal,
    startTimeLocal: a.timeStartLocal,
    endDateLocal: a.dateStopLocal,
    endTimeLocal: a.timeStopLocal,
    allday: a.allday,
    location: a.location,
    customerName: customer?.name ?? null,
    photographerName: a.photographerName ?? photographer?.name ?? null,
    confirmed: a.confirmed,
    cancelled: a.cancelled,
  };
}
