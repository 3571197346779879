import { parseDateOnly, parseInstant, parseTimeOnly } from '../domain/dates';
import { parseId } from '../domain/ids';
import { utcDate, utcTime } from '../domain/instant';
import type { Appointment } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';

/*
 * Turns a create/update/upsert input into the columns to write. Which input fields are columns,
 * and how each is read, comes from the entity's metadata (AppointmentRepository.writableColumns):
 * a column added to the entity is written without a second list here. Only the keys the client
 * sent appear in the result (type-graphql leaves unsent fields off the input object), so the
 * same patch serves a full create and a partial update: absent = keep, null = clear.
 */

/** How a writable column's value is read from input. */
export type ColumnKind = 'text' | 'string' | 'date' | 'time' | 'flag' | 'int' | 'id' | 'instant';

/** One column a client may write, described by the repository from the entity's metadata. */
export interface WritableColumn {
  property: keyof Appointment & string;
  kind: ColumnKind;
  /** False for a column that must always hold a value (the title, the flags): null is refused. */
  nullable: boolean;
}

// TEXT holds 65,535 bytes on MySQL: a longer value is refused here, not truncated or crashed on.
const TEXT_BYTES = 65535;

/** The columns one write sets, by entity property name; a key that is absent is left alone. */
export type AppointmentColumns = Partial<Appointment>;

export interface AppointmentPatch {
  columns: AppointmentColumns;
  /** The new contact list (replacing the old one); undefined when the client did not send it. */
  contactIds?: number[];
}

/**
 * The fields of an appointment write as a client sends them: the writable columns (ids and
 * instants as strings), the UTC date/time view of startDate/endDate, and the contact ids.
 */
export interface AppointmentFields {
  contacts?: string[] | null;
  startDate?: string | null;
  endDate?: string | null;
  dateStartUtc?: string | null;
  dateStopUtc?: string | null;
  timeStartUtc?: string | null;
  timeStopUtc?: string | null;
}

type Input = AppointmentFields & Record<string, unknown>;

function cannotClear(field: string): DomainError {
  return DomainError.invalidParam(field, `${field} cannot be null: it is required`);
}

/**
 * Reads startDate/endDate and their UTC date+time view into one instant. Either form may be
 * sent; a half-sent pair is completed from the instant sent or stored (`base`); two forms that
 * disagree are a date-validation-error naming both.
 */
function instantOf(
  input: Input,
  field: 'startDate' | 'endDate',
  dateKey: 'dateStartUtc' | 'dateStopUtc',
  timeKey: 'timeStartUtc' | 'timeStopUtc',
  monthFirst: boolean,
  base: Date | undefined,
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

/** One sent value of a column, parsed as its kind says; format faults name the field. */
function parseColumn(column: WritableColumn, value: unknown, monthFirst: boolean): unknown {
  const k = column.property;
  if (value === null || value === undefined) {
    if (!column.nullable) throw cannotClear(k);
    return null;
  }
  switch (column.kind) {
    case 'text':
      if (Buffer.byteLength(value as string, 'utf8') > TEXT_BYTES)
        throw DomainError.invalidParam(k, `${k} must be at most ${TEXT_BYTES} bytes long`);
      return value;
    case 'date':
      return parseDateOnly(value as string, k, monthFirst);
    case 'time':
      return parseTimeOnly(value as string, k);
    case 'id':
      return parseId(value as string, k);
    case 'instant':
      return parseInstant(value as string, k);
    default:
      return value;
  }
}

/** startDate and endDate are read with their UTC date/time view (instantOf), not on their own. */
const PAIRED = new Set(['startDate', 'endDate']);

/**
 * The patch for `input`, over the writable `columns`. `base` is the stored row on update (it
 * completes a half-sent UTC date/time pair), null on create and upsert. Formats are checked
 * here; cross-field rules (end before start, required instants) by the caller.
 */
export function toPatch(
  columns: readonly WritableColumn[],
  fields: AppointmentFields,
  monthFirst: boolean,
  base: Appointment | null,
): AppointmentPatch {
  const input = fields as Input;
  const has = (k: string) => Object.prototype.hasOwnProperty.call(input, k);
  const out: Record<string, unknown> = {};
  for (const column of columns) {
    if (PAIRED.has(column.property) || !has(column.property)) continue;
    out[column.property] = parseColumn(column, input[column.property], monthFirst);
  }
  const start = instantOf(input, 'startDate', 'dateStartUtc', 'timeStartUtc', monthFirst, base?.startDate);
  const end = instantOf(input, 'endDate', 'dateStopUtc', 'timeStopUtc', monthFirst, base?.endDate);
  if (start) out.startDate = start;
  if (end) out.endDate = end;
  const patch: AppointmentPatch = { columns: out as AppointmentColumns };
  if (has('contacts')) patch.contactIds = [...new Set((input.contacts ?? []).map((c) => parseId(c, 'contacts')))];
  return patch;
}
