import { format, isValid, parse, parseISO } from 'date-fns';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';

/*
 * Parsing of the date, time and instant formats clients send. date-fns reads the values and
 * knows the calendar (no 02/30, no 2/29 in a common year); the patterns below only pin the
 * shape, because date-fns is lenient about digit counts (it reads 2016-08-1 as August 1st)
 * and a value in another format must be refused, never silently misread (03/04/2026 is not
 * April 3rd unless the client said monthFirst).
 */

const ISO_DATE = /^[1-9]\d{3}-\d{2}-\d{2}$/;
// The FileMaker apps write month and day with or without a leading zero: 3/4/2026, 03/04/2026.
const US_DATE = /^\d{1,2}\/\d{1,2}\/[1-9]\d{3}$/;
const TIME = /^\d{2}:\d{2}(?::\d{2})?$/;
// ISO-8601 instant with an explicit offset or Z: 2016-08-15T14:52:48Z, 2016-08-15T14:52:48.123+02:00.
// The hour stops at 23: date-fns would read 24:00 as the next midnight.
const INSTANT = /^[1-9]\d{3}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

// date-fns needs a reference date for the fields a pattern leaves out; a fixed one keeps parsing pure.
const REFERENCE = new Date(2000, 0, 1);

function formatError(field: string, value: string, expected: string): DomainError {
  return new DomainError(ErrorCode.InvalidDatetimeFormat, `${field} incorrect Date Format: [${value}] (expected ${expected})`, [field]);
}

/** `text` read with a date-fns pattern once its shape matched, or null when it is no real date or time. */
function read(text: string, shape: RegExp, pattern: string): Date | null {
  if (!shape.test(text)) return null;
  const date = parse(text, pattern, REFERENCE);
  return isValid(date) ? date : null;
}

/**
 * A date-only input as YYYY-MM-DD: read as M/D/YYYY (one or two digits for month and day) when
 * `monthFirst` is true (the FileMaker apps), as YYYY-MM-DD otherwise. The other format, or an
 * impossible date, is `invalid-datetime-format` naming the field; its message suggests
 * monthFirst only when `monthFirst` is false, i.e. when the operation takes it.
 */
export function parseDateOnly(value: string, field: string, monthFirst?: boolean): string {
  const text = value.trim();
  const date = monthFirst ? read(text, US_DATE, 'M/d/yyyy') : read(text, ISO_DATE, 'yyyy-MM-dd');
  if (!date) {
    const expected = monthFirst
      ? 'M/D/YYYY, as monthFirst is true'
      : monthFirst === false
        ? 'YYYY-MM-DD; send monthFirst: true for MM/DD/YYYY'
        : 'YYYY-MM-DD';
    throw formatError(field, value, expected);
  }
  return format(date, 'yyyy-MM-dd');
}

/** A time-only input, HH:MM or HH:MM:SS (24-hour), normalised to HH:MM:SS. */
export function parseTimeOnly(value: string, field: string): string {
  const text = value.trim();
  const time = read(text, TIME, text.length === 5 ? 'HH:mm' : 'HH:mm:ss');
  if (!time) throw formatError(field, value, 'HH:MM:SS');
  return format(time, 'HH:mm:ss');
}

/** The instant `text` names when it is ISO-8601 with a real date and an explicit offset or Z; otherwise null. */
function readInstant(text: string): Date | null {
  if (!INSTANT.test(text)) return null;
  const instant = parseISO(text);
  return isValid(instant) ? instant : null;
}

/** An ISO-8601 instant input (`2016-10-09T08:10:00Z`) as a Date; anything else names the field. */
export function parseInstant(value: string, field: string): Date {
  const instant = readInstant(value.trim());
  if (!instant) throw formatError(field, value, 'an ISO-8601 instant such as 2016-10-09T08:10:00Z');
  return instant;
}

/** A filter bound: the seed's message for an instant that is not ISO-8601. */
export function parseFilterInstant(value: string, field: string): Date {
  const instant = readInstant(value.trim());
  if (!instant) {
    throw new DomainError(ErrorCode.InvalidDatetimeFormat, `Invalid datetime filter (not ISO-8601 formatted): [${value}]`, [field]);
  }
  return instant;
}
