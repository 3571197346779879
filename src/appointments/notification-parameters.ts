import type { AppointmentRelations } from './appointment.relations';
import type { RequestContext } from '../context/request-context';
import type { Appointment } from '../database/entities';

/** What a notification email about an appointment says (seeds/003's notification_parameters view). */
export interface NotificationFields {
  uuid: string;
  reference: string | null;
  title: string;
  startDateLocal: string | null;
  startTimeLocal: string | null;
  endDateLocal: string | null;
  endTimeLocal: string | null;
  allday: boolean;
  location: string | null;
  customerName: string | null;
  photographerName: string | null;
  confirmed: boolean;
  cancelled: boolean;
}

/** What a notification email about `a` says, from the row and its relations (batched over a page). */
export async function notificationParametersOf(
  ctx: RequestContext,
  relations: AppointmentRelations,
  a: Appointment,
): Promise<NotificationFields> {
  const [customer, photographer] = await Promise.all([
    relations.customer.load(ctx, a),
    a.photographerName != null ? null : relations.photographer.load(ctx, a),
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
