import { Appointment } from '../database/entities';
import { offsetPageType } from '../graphql/paging.type';

export const AppointmentPage = offsetPageType(Appointment, 'Appointment', 'appointments');
export type AppointmentPage = InstanceType<typeof AppointmentPage>;
