import type { Appointment } from '../database/entities';
import type { SortKey as KeysetSortKey } from '../domain/keyset-cursor';
import { AppointmentSort } from './appointment.types';

/** An appointment sort key: its column and how its value travels in a cursor. */
export type SortKey = KeysetSortKey<Appointment>;

const instant = (column: string, get: (a: Appointment) => Date): SortKey => ({
  column,
  kind: 'instant',
  nullable: false,
  value: (a) => get(a).toISOString(),
});

/** Each sort is served by a (column, id) index, so ORDER BY column, id reads the index in order. */
export const SORT_KEYS: Record<AppointmentSort, SortKey> = {
  [AppointmentSort.ID]: { column: 'a.id', kind: 'id', nullable: false, value: (a) => a.id },
  [AppointmentSort.DATE_CREATED]: instant('a.created_at', (a) => a.createdAt),
  [AppointmentSort.LAST_UPDATED]: instant('a.updated_at', (a) => a.updatedAt),
  [AppointmentSort.START_DATE]: instant('a.start_date', (a) => a.startDate),
  [AppointmentSort.END_DATE]: instant('a.end_date', (a) => a.endDate),
  [AppointmentSort.TITLE]: { column: 'a.title', kind: 'text', nullable: false, value: (a) => a.title },
  [AppointmentSort.REFERENCE]: { column: 'a.reference', kind: 'text', nullable: true, value: (a) => a.reference },
};
