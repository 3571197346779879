import type { User } from '../database/entities';

/*
 * The plain types the availability service takes and returns; the GraphQL layer maps its
 * arguments to them and its object types read them as they are.
 */

/** The arguments of photographerAvailability, before validation; null stands for the default. */
export interface AvailabilityArgs {
  from: string;
  to: string;
  photographerIds?: readonly string[] | null;
  photographerReferences?: readonly string[] | null;
  slotMinutes?: number | null;
  stepMinutes?: number | null;
}

/** An interval of time, start included, end excluded. */
export interface TimeWindowResult {
  start: Date;
  end: Date;
}

/** One appointment that makes the photographer busy; its id only where the caller may see it. */
export interface BusyIntervalResult extends TimeWindowResult {
  appointmentId: number | null;
}

/** One photographer's availability over the range asked for. */
export interface PhotographerAvailabilityResult {
  photographer: User;
  busy: BusyIntervalResult[];
  free: TimeWindowResult[];
  slots: TimeWindowResult[];
}
