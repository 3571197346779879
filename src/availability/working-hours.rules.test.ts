import { isTimeZone, localToInstant, parseWorkingHours, workingBlocks, WorkingHoursError, zoneOffset } from './working-hours.rules';

const at = (iso: string) => Date.parse(iso);
const local = (wall: string) => Date.parse(`${wall}Z`);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const blocks = (hours: string, zone: string, from: string, to: string) =>
  workingBlocks(parseWorkingHours(hours), zone, at(from), at(to)).map((b) => [iso(b.start), iso(b.end)]);

describe('WORKING_HOURS', () => {
  it('reads days and ranges, Sunday first', () => {
    expect(parseWorkingHours('Mon-Fri 08:00-18:00')).toEqual([
      [],
      [[480, 1080]],
      [[480, 1080]],
      [[480, 1080]],
      [[480, 1080]],
      [[480, 1080]],
      [],
    ]);
  });

  it('takes several ranges a day, lists of days, ranges wrapping the week, and joins what overlaps or touches', () => {
    const week = parseWorkingHours('mon,WED 13:00-18:00, 08:00-12:00; Fri-Sun 22:00-24:00; Sat 00:00-02:00; Wed 11:00-13:00');
    expect(week[1]).toEqual([
      [480, 720],
      [780, 1080],
    ]);
    expect(week[3]).toEqual([[480, 1080]]);
    expect(week[2]).toEqual([]);
    expect(week[5]).toEqual([[1320, 1440]]);
    expect(week[6]).toEqual([
      [0, 120],
      [1320, 1440],
    ]);
    expect(week[0]).toEqual([[1320, 1440]]);
  });

  it.each([
    ['', /names no working hours/],
    ['Mon-Fri', /not days followed by time ranges/],
    ['Mo 08:00-18:00', /"Mo" .* is not a day/],
    ['Mon-Fri 8:00-18:00', /"8:00" .* is not a time HH:MM/],
    ['Mon-Fri 08:00-24:01', /"24:01" .* is not a time/],
    ['Mon-Fri 24:00-24:00', /"24:00" .* is not a time HH:MM \(00:00 to 23:59\)/],
    ['Mon-Fri 08:60-18:00', /"08:60" .* is not a time/],
    ['Mon-Fri 18:00-08:00', /ends before it starts/],
    ['Mon-Fri 08:00-08:00', /ends before it starts/],
    ['Mon-Fri 08:00', /is not a range of times/],
    ['Mon-Fri/Sat 08:00-18:00', /not a day or a range of days/],
  ])('refuses %j', (text, message) => {
    expect(() => parseWorkingHours(text)).toThrow(WorkingHoursError);
    expect(() => parseWorkingHours(text)).toThrow(message);
  });
});

describe('time zones', () => {
  it('knows IANA names and refuses others', () => {
    expect(['UTC', 'America/Denver', 'Europe/Berlin', 'Asia/Kolkata'].every(isTimeZone)).toBe(true);
    expect(['Mars/Base', '', ' ', 'MST7MDT8'].some(isTimeZone)).toBe(false);
  });

  it('tells the offset on either side of a change', () => {
    expect(zoneOffset('America/Denver', at('2026-03-08T08:59:59Z'))).toBe(-7 * 3600_000);
    expect(zoneOffset('America/Denver', at('2026-03-08T09:00:00Z'))).toBe(-6 * 3600_000);
    expect(zoneOffset('Europe/Berlin', at('2026-10-25T00:59:59Z'))).toBe(2 * 3600_000);
    expect(zoneOffset('Europe/Berlin', at('2026-10-25T01:00:00Z'))).toBe(1 * 3600_000);
    expect(zoneOffset('Asia/Kolkata', at('2026-01-01T00:00:00Z'))).toBe(5.5 * 3600_000);
  });

  it.each([
    // Plain times.
    ['America/Denver', '2026-01-15T08:00:00', '2026-01-15T15:00:00Z'],
    ['America/Denver', '2026-07-15T08:00:00', '2026-07-15T14:00:00Z'],
    ['Europe/Berlin', '2026-01-15T08:00:00', '2026-01-15T07:00:00Z'],
    // Spring forward: 02:00-03:00 does not exist; a time in it moves forward by the hour.
    ['America/Denver', '2026-03-08T01:59:00', '2026-03-08T08:59:00Z'],
    ['America/Denver', '2026-03-08T02:30:00', '2026-03-08T09:30:00Z'],
    ['America/Denver', '2026-03-08T03:00:00', '2026-03-08T09:00:00Z'],
    ['Europe/Berlin', '2026-03-29T02:30:00', '2026-03-29T01:30:00Z'],
    ['Europe/Berlin', '2026-03-29T03:00:00', '2026-03-29T01:00:00Z'],
    // Fall back: 01:00-02:00 (Denver), 02:00-03:00 (Berlin) happen twice; the first is taken.
    ['America/Denver', '2026-11-01T01:30:00', '2026-11-01T07:30:00Z'],
    ['America/Denver', '2026-11-01T02:00:00', '2026-11-01T09:00:00Z'],
    ['Europe/Berlin', '2026-10-25T02:30:00', '2026-10-25T00:30:00Z'],
    ['Europe/Berlin', '2026-10-25T03:00:00', '2026-10-25T02:00:00Z'],
  ])('%s %s is %s', (zone, wall, expected) => {
    expect(iso(localToInstant(zone, local(wall)))).toBe(expected);
  });
});

describe('working blocks', () => {
  it('are the office hours of each day in the office zone, across a weekend with a daylight-saving change', () => {
    // Friday before and Monday after America/Denver springs forward (Sunday 2026-03-08). Thursday's
    // hours end at 01:00 UTC on Friday: a range from Friday 00:00 UTC would hold their last hour.
    expect(blocks('Mon-Fri 08:00-18:00', 'America/Denver', '2026-03-06T01:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      ['2026-03-06T15:00:00Z', '2026-03-07T01:00:00Z'],
      ['2026-03-09T14:00:00Z', '2026-03-10T00:00:00Z'],
    ]);
    // Europe/Berlin falls back on Sunday 2026-10-25: Friday 08:00 CEST, Monday 08:00 CET.
    expect(blocks('Mon-Fri 08:00-18:00', 'Europe/Berlin', '2026-10-23T00:00:00Z', '2026-10-27T00:00:00Z')).toEqual([
      ['2026-10-23T06:00:00Z', '2026-10-23T16:00:00Z'],
      ['2026-10-26T07:00:00Z', '2026-10-26T17:00:00Z'],
    ]);
  });

  it('are an hour shorter on a spring-forward day and an hour longer on a fall-back day when they span the change', () => {
    expect(blocks('Sun 00:00-06:00', 'America/Denver', '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual([
      ['2026-03-08T07:00:00Z', '2026-03-08T12:00:00Z'],
    ]);
    expect(blocks('Sun 00:00-06:00', 'America/Denver', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      ['2026-11-01T06:00:00Z', '2026-11-01T13:00:00Z'],
    ]);
    expect(blocks('Sun 01:00-04:00', 'Europe/Berlin', '2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([
      ['2026-03-29T00:00:00Z', '2026-03-29T02:00:00Z'],
    ]);
    expect(blocks('Sun 01:00-04:00', 'Europe/Berlin', '2026-10-25T00:00:00Z', '2026-10-26T00:00:00Z')).toEqual([
      ['2026-10-24T23:00:00Z', '2026-10-25T03:00:00Z'],
    ]);
  });

  it('have no time for a range inside a spring-forward gap', () => {
    expect(blocks('Sun 02:00-03:00', 'America/Denver', '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([]);
    expect(blocks('Sun 02:00-03:00', 'America/Denver', '2026-03-14T00:00:00Z', '2026-03-17T00:00:00Z')).toEqual([
      ['2026-03-15T08:00:00Z', '2026-03-15T09:00:00Z'],
    ]);
  });

  it('join ranges that meet at midnight, and are whole even where the asked range cuts them', () => {
    // Fri 22:00 to Sat 02:00 is one block of four hours; the range starts inside it.
    expect(blocks('Fri 22:00-24:00; Sat 00:00-02:00', 'UTC', '2026-01-10T01:00:00Z', '2026-01-10T12:00:00Z')).toEqual([
      ['2026-01-09T22:00:00Z', '2026-01-10T02:00:00Z'],
    ]);
    expect(blocks('Mon-Sun 00:00-24:00', 'Europe/Berlin', '2026-01-10T12:00:00Z', '2026-01-12T12:00:00Z')).toEqual([
      ['2026-01-08T23:00:00Z', '2026-01-13T23:00:00Z'],
    ]);
  });

  it('follow the local day, not the UTC one, in a zone far from UTC', () => {
    // 08:00-18:00 in Asia/Kolkata (+05:30) is 02:30-12:30 UTC; Monday there starts on Sunday in UTC.
    expect(blocks('Mon 08:00-18:00', 'Asia/Kolkata', '2026-01-04T00:00:00Z', '2026-01-06T00:00:00Z')).toEqual([
      ['2026-01-05T02:30:00Z', '2026-01-05T12:30:00Z'],
    ]);
    // Monday 08:00 in Denver is already Monday 15:00 UTC; a range that ends at 14:00 UTC misses it.
    expect(blocks('Mon 08:00-18:00', 'America/Denver', '2026-01-05T00:00:00Z', '2026-01-05T14:00:00Z')).toEqual([]);
  });
});
