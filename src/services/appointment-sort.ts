import type { Appointment } from '../entities';
import { AppointmentSort, SortOrder } from '../graphql/types/appointment-sort.enum';

/** A sort key's column and how its value travels in a cursor. */
export interface SortKey {
  column: string;
  value: (a: Appointment) => string | number | null;
  kind: 'id' | 'instant' | 'text';
  nullable: boolean;
}

const instant = (column: string, get: (a: Appointment) => Date): SortKey =>
  ({ column, kind: 'instant', nullable: false, value: (a) => get(a).toISOString() });

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

/** SQL's own direction keyword for a SortOrder. */
export function direction(order: SortOrder): 'ASC' | 'DESC' {
  return order === SortOrder.DESC ? 'DESC' : 'ASC';
}

/**
 * The rows strictly after (key, id) in the order `column dir, id dir`. NULL keys sort first
 * ascending and last descending, as MySQL, MariaDB and SQLite all do natively.
 */
export function keysetCondition(sort: SortKey, order: SortOrder, key: string | number | null, id: number):
{ sql: string; params: Record<string, unknown> } {
  const op = order === SortOrder.DESC ? '<' : '>';
  const params: Record<string, unknown> = { k_id: id };
  if (sort.kind === 'id') return { sql: `a.id ${op} :k_id`, params };
  const k = sort.column;
  if (key === null) {
    return order === SortOrder.DESC
      ? { sql: `(${k} IS NULL AND a.id < :k_id)`, params }
      : { sql: `((${k} IS NULL AND a.id > :k_id) OR ${k} IS NOT NULL)`, params };
  }
  params.k_value = sort.kind === 'instant' ? new Date(key as string) : key;
  const after = `${k} ${op} :k_value OR (${k} = :k_value AND a.id ${op} :k_id)`;
  return { sql: sort.nullable && order === SortOrder.DESC ? `(${after} OR ${k} IS NULL)` : `(${after})`, params };
}
