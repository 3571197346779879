/*
 * The office's working hours and its time zone: the calendar arithmetic availability is
 * computed with. Pure: instants are epoch milliseconds, intervals half-open [start, end), and the
 * zone's offsets come from Intl.DateTimeFormat (no time-zone library).
 *
 * Wall-clock times that a daylight-saving change skips or repeats are read as a wall clock on
 * the wall would be by someone arriving then (Temporal's `compatible`): a time in the gap of a
 * spring-forward day moves forward by the gap (02:30 on 2026-03-08 in America/Denver is 03:30 MDT);
 * a time repeated on a fall-back day is its first occurrence.
 */

/** A half-open interval of instants, in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** Working time of one weekday: [startMinute, endMinute) from local midnight, sorted, merged; endMinute up to 1440. */
export type DayHours = readonly (readonly [number, number])[];

/** The working hours of each weekday, Sunday (0) to Saturday (6). */
export type WeekHours = readonly DayHours[];

export const DEFAULT_WORKING_HOURS = 'Mon-Fri 08:00-18:00';
/**
 * UTC: every instant is stored in UTC, and the gateway cannot know where the office is. A guessed
 * real zone would move every slot by hours, and twice a year by one more; UTC has no daylight
 * saving, so the default is at least predictable. Deployments set OFFICE_TIME_ZONE.
 */
export const DEFAULT_OFFICE_TIME_ZONE = 'UTC';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MINUTE = 60_000;
const DAY_MS = 86_400_000;

/** A reason WORKING_HOURS or OFFICE_TIME_ZONE cannot be read; the configuration names the variable. */
export class WorkingHoursError extends Error {}

function dayIndex(name: string, entry: string): number {
  const i = DAYS.indexOf(name.toLowerCase() as (typeof DAYS)[number]);
  if (i < 0) throw new WorkingHoursError(`"${name}" in "${entry}" is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)`);
  return i;
}

/** `Mon`, `Mon-Fri`, `Sat-Sun`, `Fri-Mon` (wrapping the week), or several joined by commas. */
function parseDays(text: string, entry: string): number[] {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^([A-Za-z]+)(?:-([A-Za-z]+))?$/.exec(part.trim());
    if (!m) throw new WorkingHoursError(`"${part.trim()}" in "${entry}" is not a day or a range of days such as Mon-Fri`);
    const first = dayIndex(m[1]!, entry);
    const last = m[2] ? dayIndex(m[2], entry) : first;
    for (let d = first; ; d = (d + 1) % 7) {
      out.add(d);
      if (d === last) break;
    }
  }
  return [...out];
}

function minuteOf(text: string, entry: string, allow24: boolean): number {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || minutes > (allow24 ? 1440 : 1439)) {
    throw new WorkingHoursError(`"${text}" in "${entry}" is not a time HH:MM (00:00 to ${allow24 ? '24:00' : '23:59'})`);
  }
  return minutes;
}

/** `08:00-12:00,13:00-18:00`: each range within one day, its end after its start (24:00 is the day's end). */
function parseRanges(text: string, entry: string): [number, number][] {
  return text.split(',').map((part) => {
    const m = /^(\S+)-(\S+)$/.exec(part.trim());
    if (!m) throw new WorkingHoursError(`"${part.trim()}" in "${entry}" is not a range of times such as 08:00-18:00`);
    const start = minuteOf(m[1]!, entry, false);
    const end = minuteOf(m[2]!, entry, true);
    if (end <= start) {
      throw new WorkingHoursError(
        `"${part.trim()}" in "${entry}" ends before it starts (a range stays within one day: write 22:00-24:00 and 00:00-02:00 on the next)`,
      );
    }
    return [start, end];
  });
}

/** Sorted ranges with overlapping and touching ones joined. */
function mergeMinutes(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * WORKING_HOURS: entries separated by `;`, each days then ranges, e.g.
 * `Mon-Fri 08:00-12:00,13:00-18:00; Sat 09:00-13:00`. Days not named do not work; a day named
 * twice works the union of its ranges. Throws a WorkingHoursError saying what is wrong.
 */
export function parseWorkingHours(text: string): WeekHours {
  const week: [number, number][][] = [[], [], [], [], [], [], []];
  const entries = text
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new WorkingHoursError('it names no working hours (e.g. "Mon-Fri 08:00-18:00")');
  for (const entry of entries) {
    const m = /^(\S+)\s+(.+)$/.exec(entry);
    if (!m) throw new WorkingHoursError(`"${entry}" is not days followed by time ranges, such as "Mon-Fri 08:00-18:00"`);
    const ranges = parseRanges(m[2]!.replace(/\s+/g, ''), entry);
    for (const day of parseDays(m[1]!, entry)) week[day]!.push(...ranges);
  }
  return week.map(mergeMinutes);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when `zone` is an IANA time-zone name this runtime knows (e.g. America/Denver, Europe/Berlin, UTC). */
export function isTimeZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of `instant` in `zone`, as the epoch milliseconds of that same wall clock read in UTC. */
function wallClock(zone: string, instant: number): number {
  const p: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) + (instant % 1000);
}

/** How far `zone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffset(zone: string, instant: number): number {
  return wallClock(zone, Math.floor(instant / 1000) * 1000) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `zone` reads `local` (the wall clock's fields as epoch
 * milliseconds in UTC): a skipped time moves forward by the gap, a repeated one is the first.
 */
export function localToInstant(zone: string, local: number): number {
  // The offsets a day either side: no zone changes its offset twice within two days.
  const before = zoneOffset(zone, local - DAY_MS);
  const after = zoneOffset(zone, local + DAY_MS);
  const fits = [before, after].map((o) => local - o).filter((t) => zoneOffset(zone, t) === local - t);
  if (fits.length) return Math.min(...fits);
  // In the gap: read with the offset from before the change, which lands past it.
  return local - before;
}

/** The local calendar day (as epoch ms of its UTC midnight) that `instant` falls on in `zone`. */
function localDay(zone: string, instant: number): number {
  const wall = wallClock(zone, instant);
  return wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS);
}

/**
 * The working time between `from` and `to` as whole blocks of instants, in order: each day's
 * ranges from the office's wall clock, with ranges that touch (18:00-24:00 and the next day's
 * 00:00-06:00) joined. Blocks are not cut at `from` and `to`: any that overlaps the range is
 * whole, so that slots keep their grid whatever range is asked for.
 */
export function workingBlocks(week: WeekHours, zone: string, from: number, to: number): Interval[] {
  const blocks: Interval[] = [];
  const lastDay = localDay(zone, to) + DAY_MS;
  for (let day = localDay(zone, from) - DAY_MS; day <= lastDay; day += DAY_MS) {
    for (const [s, e] of week[new Date(day).getUTCDay()]!) {
      const start = localToInstant(zone, day + s * MINUTE);
      const end = localToInstant(zone, day + e * MINUTE);
      // A range inside a spring-forward gap has no time in it.
      if (end <= start) continue;
      const last = blocks[blocks.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else blocks.push({ start, end });
    }
  }
  return blocks.filter((b) => b.end > from && b.start < to);
}
