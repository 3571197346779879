import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';

/*
 * Parsing of the date, time and instant formats clients send. Strict on purpose: a value in
 * another format is rejected, never silently misread (03/04/2026 is not April 3rd unless the
 * client said monthFirst).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
// ISO-8601 instant with an explicit offset or Z: 2016-08-15T14:52:48Z, 2016-08-15T14:52:48.123+02:00.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

function validCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days && y >= 1000 && y <= 9999;
}

function formatError(field: string, value: string, expected: string): DomainError {
  return new DomainError(
    ErrorCode.InvalidDatetimeFormat,
    `${field} incorrect Date Format: [${value}] (expected ${expected})`,
    [field],
  );
}

/**
 * A date-only input as YYYY-MM-DD, read as MM/DD/YYYY when `monthFirst` is set (the FileMaker
 * apps) and as YYYY-MM-DD otherwise. The other format, or an impossible date, is
 * `invalid-datetime-format` naming the field.
 */
export function parseDateOnly(value: string, field: string, monthFirst = false): string {
  const text = value.trim();
  let y: number; let m: number; let d: number;
  if (monthFirst) {
    const match = US_DATE.exec(text);
    if (!match) throw formatError(field, value, 'MM/DD/YYYY, as monthFirst is true');
    [m, d, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    const match = ISO_DATE.exec(text);
    if (!match) throw formatError(field, value, 'YYYY-MM-DD; send monthFirst: true for MM/DD/YYYY');
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (!validCalendarDate(y, m, d)) throw formatError(field, value, 'a real calendar date');
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A time-only input, HH:MM or HH:MM:SS (24-hour), normalised to HH:MM:SS. */
export function parseTimeOnly(value: string, field: string): string {
  const match = TIME.exec(value.trim());
  if (!match) throw formatError(field, value, 'HH:MM:SS');
  return `${match[1]}:${match[2]}:${match[3] ?? '00'}`;
}

/** True when `value` is an ISO-8601 instant with a real date and an explicit offset or Z. */
export function isIsoInstant(value: string): boolean {
  const match = INSTANT.exec(value);
  return !!match && validCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) && !Number.isNaN(Date.parse(value));
}

/** An ISO-8601 instant input (`2016-10-09T08:10:00Z`) as a Date; anything else names the field. */
export function parseInstant(value: string, field: string): Date {
  const text = value.trim();
  if (!isIsoInstant(text)) throw formatError(field, value, 'an ISO-8601 instant such as 2016-10-09T08:10:00Z');
  return new Date(text);
}

/** A filter bound: the seed's message for an instant that is not ISO-8601. */
export function parseFilterInstant(value: string, field: string): Date {
  const text = value.trim();
  if (!isIsoInstant(text)) {
    throw new DomainError(ErrorCode.InvalidDatetimeFormat, `Invalid datetime filter (not ISO-8601 formatted): [${value}]`, [field]);
  }
  return new Date(text);
}
