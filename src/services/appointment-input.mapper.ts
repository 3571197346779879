import { parseDateOnly, parseInstant, parseTimeOnly } from '../domain/dates';
import { parseId } from '../domain/ids';
import { utcDate, utcTime } from '../domain/instant';
import type { Appointment } from '../entities';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import type { AppointmentFieldsInput } from '../graphql/types/appointment-inputs.type';

/*
 * Turns a create/update/upsert input into the columns to write. Only the keys the client sent
 * appear in the result (type-graphql leaves unsent fields off the input object), so the same
 * patch serves a full create and a partial update: absent = keep, null = clear.
 */

const STRING_KEYS = [
  'reference', 'title', 'note', 'notes', 'summary', 'description', 'location', 'timeDuration', 'confirmedBy',
  'apptType', 'deliveryType', 'photographerName', 'organization',
] as const;
// TEXT holds 65,535 bytes on MySQL: a longer value is refused here, not truncated or crashed on.
const TEXT_KEYS = new Set(['note', 'notes', 'summary', 'description']);
const DATE_KEYS = ['dateStartLocal', 'dateStopLocal', 'dateStartOffice', 'dateStopOffice', 'requestedDate', 'windowDateStart', 'windowDateEnd'] as const;
const TIME_KEYS = ['timeStartLocal', 'timeStopLocal', 'timeStartOffice', 'timeStopOffice', 'requestedTime'] as const;
const FLAG_KEYS = ['allday', 'confirmed', 'cancelled', 'sameDayCancel', 'onSiteCancel', 'optional', 'done', 'readyToSchedule'] as const;
const INT_KEYS = ['timeDurationS', 'windowTimeStart', 'windowTimeEnd', 'fmApptId', 'orderRequestId', 'orderRequestApptId'] as const;
const ID_KEYS = ['orderId', 'photographerUserId', 'userId', 'customerId', 'appointmentCategoryId'] as const;
const REQUIRED_STRINGS = new Set(['title']);

type Writable = typeof STRING_KEYS[number] | typeof DATE_KEYS[number] | typeof TIME_KEYS[number] | typeof FLAG_KEYS[number]
  | typeof INT_KEYS[number] | typeof ID_KEYS[number] | 'startDate' | 'endDate' | 'confirmedAt';

/** The columns one write sets, by entity property name; a key that is absent is left alone. */
export type AppointmentColumns = Partial<Pick<Appointment, Writable>>;

export interface AppointmentPatch {
  columns: AppointmentColumns;
  /** The new contact list (replacing the old one); undefined when the client did not send it. */
  contactIds?: number[];
}

type Input = AppointmentFieldsInput & { reference?: string | null; title?: string | null };

function cannotClear(field: string): DomainError {
  return DomainError.invalidParam(field, `${field} cannot be null: it is required`);
}

/**
 * Reads startDate/endDate and their UTC date+time view into one instant. Either form may be
 * sent; a half-sent pair is completed from the instant sent or stored (`base`); two forms that
 * disagree are a date-validation-error naming both.
 */
function instantOf(
  input: Input, field: 'startDate' | 'endDate', dateKey: 'dateStartUtc' | 'dateStopUtc', timeKey: 'timeStartUtc' | 'timeStopUtc',
  monthFirst: boolean, base: Date | undefined,
): Date | undefined {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(input, k);
  for (const k of [field, dateKey, timeKey]) if (has(k) && input[k] === null) throw cannotClear(k);
  const sent = has(field) ? parseInstant(input[field] as string, field) : undefined;
  if (!has(dateKey) && !has(timeKey)) return sent;
  const reference = sent ?? base;
  const date = has(dateKey) ? parseDateOnly(input[dateKey] as string, dateKey, monthFirst) : reference && utcDate(reference);
  const time = has(timeKey) ? parseTimeOnly(input[timeKey] as string, timeKey) : reference && utcTime(reference);
  if (!date) throw DomainError.missingParam(dateKey);
  if (!time) throw DomainError.missingParam(timeKey);
  const built = new Date(`${date}T${time}Z`);
  if (sent && Math.floor(sent.getTime() / 1000) !== built.getTime() / 1000) {
    throw new DomainError(
      ErrorCode.DateValidationError,
      `${field} (${sent.toISOString()}) and ${dateKey}/${timeKey} (${date} ${time} UTC) disagree`,
      [field, has(dateKey) ? dateKey : timeKey],
    );
  }
  return sent ?? built;
}

/**
 * The patch for `input`. `base` is the stored row on update (it completes a half-sent UTC
 * date/time pair), null on create and upsert. Formats are checked here; cross-field rules
 * (end before start, required instants) by the caller.
 */
export function toPatch(input: Input, monthFirst: boolean, base: Appointment | null): AppointmentPatch {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(input, k);
  const columns: Record<string, unknown> = {};
  for (const k of STRING_KEYS) {
    if (!has(k)) continue;
    const v = input[k] ?? null;
    if (v === null && REQUIRED_STRINGS.has(k)) throw cannotClear(k);
    if (v !== null && TEXT_KEYS.has(k) && Buffer.byteLength(v, 'utf8') > 65535) {
      throw DomainError.invalidParam(k, `${k} must be at most 65535 bytes long`);
    }
    columns[k] = v;
  }
  for (const k of DATE_KEYS) if (has(k)) columns[k] = input[k] == null ? null : parseDateOnly(input[k] as string, k, monthFirst);
  for (const k of TIME_KEYS) if (has(k)) columns[k] = input[k] == null ? null : parseTimeOnly(input[k] as string, k);
  for (const k of FLAG_KEYS) {
    if (!has(k)) continue;
    if (input[k] === null) throw cannotClear(k);
    columns[k] = input[k];
  }
  for (const k of INT_KEYS) if (has(k)) columns[k] = input[k] ?? null;
  for (const k of ID_KEYS) if (has(k)) columns[k] = input[k] == null ? null : parseId(input[k] as string, k);
  if (has('confirmedAt')) columns.confirmedAt = input.confirmedAt == null ? null : parseInstant(input.confirmedAt, 'confirmedAt');
  const start = instantOf(input, 'startDate', 'dateStartUtc', 'timeStartUtc', monthFirst, base?.startDate);
  const end = instantOf(input, 'endDate', 'dateStopUtc', 'timeStopUtc', monthFirst, base?.endDate);
  if (start) columns.startDate = start;
  if (end) columns.endDate = end;
  const patch: AppointmentPatch = { columns: columns as AppointmentColumns };
  if (has('contacts')) patch.contactIds = [...new Set((input.contacts ?? []).map((c) => parseId(c, 'contacts')))];
  return patch;
}
