import { toOne } from '../context/relation';
import type { Appointment } from '../database/entities';
import type { Repositories } from '../repositories';
import type { AppointmentChange } from './change-feed.types';

/**
 * A change's relations: its appointment as it is now (the row rule of appointments applies; a
 * deleted one reads as null), loaded for a whole page in one statement.
 */
export function changeRelations(r: Repositories) {
  return {
    appointment: toOne<AppointmentChange, Appointment>('appointmentId', r.appointments.current),
  };
}

export type ChangeRelations = ReturnType<typeof changeRelations>;
