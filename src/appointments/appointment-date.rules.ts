import type { Appointment } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import type { AppointmentColumns } from './appointment-input.mapper';

type Row = Partial<Pick<Appointment, keyof AppointmentColumns>>;

/*
 * Start/end pairs that must not run backwards. Each pair is checked on the row as it will be
 * stored (stored values merged with the patch), but only when the write touches that pair, so
 * an old inconsistent row does not block an unrelated edit.
 */
const PAIRS: { start: [keyof Row, keyof Row]; end: [keyof Row, keyof Row] }[] = [
  { start: ['dateStartLocal', 'timeStartLocal'], end: ['dateStopLocal', 'timeStopLocal'] },
  { start: ['dateStartOffice', 'timeStartOffice'], end: ['dateStopOffice', 'timeStopOffice'] },
  { start: ['windowDateStart', 'windowTimeStart'], end: ['windowDateEnd', 'windowTimeEnd'] },
];

function backwards(message: string, params: string[]): DomainError {
  return new DomainError(ErrorCode.DateValidationError, message, params);
}

/** A sortable key for a (date, time) pair; times are HH:MM:SS strings or minutes after midnight. */
function key(date: unknown, time: unknown, withTime: boolean): string {
  const t = typeof time === 'number' ? String(time).padStart(4, '0') : String(time ?? '');
  return `${date ?? ''}|${withTime ? t : ''}`;
}

/** Throws date-validation-error when a pair the patch touches ends before it starts. */
export function assertDatesInOrder(patch: AppointmentColumns, stored: Row | null): void {
  const row: Row = { ...(stored ?? {}), ...patch };
  const touched = (k: keyof Row | undefined) => !!k && Object.prototype.hasOwnProperty.call(patch, k);
  if ((touched('startDate') || touched('endDate')) && row.startDate && row.endDate && row.endDate < row.startDate) {
    throw backwards(`endDate (${row.endDate.toISOString()}) is before startDate (${row.startDate.toISOString()})`, [
      'startDate',
      'endDate',
    ]);
  }
  for (const { start, end } of PAIRS) {
    if (![...start, ...end].some(touched)) continue;
    const [sd, st] = [row[start[0]], start[1] && row[start[1]]];
    const [ed, et] = [row[end[0]], end[1] && row[end[1]]];
    const bothDates = sd != null && ed != null;
    const noDates = sd == null && ed == null;
    const bothTimes = st != null && et != null;
    // Times alone are compared only when neither side has a date (a window of times in a day).
    if (!(bothDates || (noDates && bothTimes))) continue;
    if (key(ed, et, bothTimes) < key(sd, st, bothTimes)) {
      const names = (bothTimes ? [start[0], start[1], end[0], end[1]] : [start[0], end[0]]).map(String);
      const [from, to] = bothTimes ? [`${names[0]} ${names[1]}`, `${names[2]} ${names[3]}`] : names;
      throw backwards(`${to} (${ed ?? ''} ${et ?? ''}) is before ${from} (${sd ?? ''} ${st ?? ''})`.replace(/ +\)/g, ')'), names);
    }
  }
}

/** The input fields whose patch depends on the stored row or is checked against it. */
const STORED_DATE_FIELDS = new Set<string>([
  'startDate',
  'endDate',
  'dateStartUtc',
  'timeStartUtc',
  'dateStopUtc',
  'timeStopUtc',
  ...PAIRS.flatMap(({ start, end }) => [...start, ...end].map(String)),
]);

/** True when an update sends a field whose value is completed from, or ordered against, the stored row. */
export function touchesStoredDates(input: object): boolean {
  return Object.keys(input).some((k) => STORED_DATE_FIELDS.has(k));
}
