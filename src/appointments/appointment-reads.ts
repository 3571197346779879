import type { AppointmentRelations } from './appointment.relations';
import { Appointment } from '../database/entities';
import { declaredReads } from '../domain/field-reads';
import { NOTIFICATION_READS } from './notification-parameters';

/** A property of an appointment row (a column the repository may read). */
export type AppointmentProperty = keyof Appointment & string;

/**
 * What each field of the Appointment type reads of the row, when it is not simply the column
 * of its own name: the computed getters (their `@Reads`), notificationParameters, and each
 * relation its pointer (a to-many relation: the appointment's id, always read). A field missing
 * here is taken to be a column of its name; the repository reads the whole row for a name that
 * is neither (test/appointment-field-reads.test.ts keeps every field known).
 */
export function appointmentFieldReads(relations: AppointmentRelations): ReadonlyMap<string, readonly string[]> {
  const reads = new Map<string, readonly string[]>(declaredReads(Appointment));
  reads.set('__typename', []);
  reads.set('notificationParameters', NOTIFICATION_READS);
  for (const [name, relation] of Object.entries(relations)) {
    reads.set(name, relation.kind === 'one' ? [relation.key] : []);
  }
  return reads;
}

/** The properties the fields read: each field's reads, or the field itself (a column of its name). */
export function propertiesRead(reads: ReadonlyMap<string, readonly string[]>, fields: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const field of fields) {
    const needs = reads.get(field);
    if (needs) for (const p of needs) out.add(p);
    else out.add(field);
  }
  return out;
}
