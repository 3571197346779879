import { DomainError } from '../errors/domain.error';
import { parseDateOnly, parseInstant, parseTimeOnly } from './dates';

function codeOf(fn: () => unknown): { code: string; params?: string[] } | null {
  try {
    fn();
    return null;
  } catch (e) {
    return { code: (e as DomainError).code, params: (e as DomainError).params };
  }
}

describe('parseDateOnly', () => {
  it('reads YYYY-MM-DD by default and MM/DD/YYYY with monthFirst, both normalised to YYYY-MM-DD', () => {
    expect(parseDateOnly('2026-03-04', 'd')).toBe('2026-03-04');
    expect(parseDateOnly('03/04/2026', 'd', true)).toBe('2026-03-04');
  });

  it('refuses the other format, never misreading it, and impossible dates, naming the field', () => {
    expect(codeOf(() => parseDateOnly('03/04/2026', 'requestedDate'))).toEqual({
      code: 'invalid-datetime-format',
      params: ['requestedDate'],
    });
    expect(codeOf(() => parseDateOnly('2026-03-04', 'requestedDate', true))).toEqual({
      code: 'invalid-datetime-format',
      params: ['requestedDate'],
    });
    expect(codeOf(() => parseDateOnly('2026-02-29', 'd'))?.code).toBe('invalid-datetime-format');
    expect(codeOf(() => parseDateOnly('02/30/2024', 'd', true))?.code).toBe('invalid-datetime-format');
    expect(parseDateOnly('02/29/2024', 'd', true)).toBe('2024-02-29');
  });

  it('reads month and day of one or two digits with monthFirst, as the FileMaker apps write them', () => {
    expect(parseDateOnly('3/4/2026', 'd', true)).toBe('2026-03-04');
    expect(parseDateOnly('03/04/2026', 'd', true)).toBe('2026-03-04');
    expect(parseDateOnly('3/04/2026', 'd', true)).toBe('2026-03-04');
    expect(parseDateOnly('12/31/2026', 'd', true)).toBe('2026-12-31');
    expect(parseDateOnly('2/29/2028', 'd', true)).toBe('2028-02-29');
  });

  it('refuses impossible or misshapen MM/DD/YYYY dates', () => {
    for (const bad of [
      '13/1/2026',
      '2/29/2027',
      '0/1/2026',
      '1/0/2026',
      '02/30/2026',
      '3/4/26',
      '003/4/2026',
      '3/4/20266',
      '3-4-2026',
      '3/4/2026x',
    ]) {
      expect({ bad, error: codeOf(() => parseDateOnly(bad, 'd', true)) }).toEqual({
        bad,
        error: { code: 'invalid-datetime-format', params: ['d'] },
      });
    }
  });

  it('keeps YYYY-MM-DD strict: two digits for month and day, four for the year', () => {
    for (const bad of ['2016-08-1', '2016-8-01', '16-08-01', '0999-01-01', '2026-13-01', ' ']) {
      expect({ bad, error: codeOf(() => parseDateOnly(bad, 'd'))?.code }).toEqual({ bad, error: 'invalid-datetime-format' });
    }
  });

  it('suggests monthFirst only to operations that take it (monthFirst given as false), never when it is left out', () => {
    const message = (monthFirst?: boolean) => {
      try {
        parseDateOnly('03/04/2026', 'd', monthFirst);
      } catch (e) {
        return (e as DomainError).message;
      }
      throw new Error('accepted');
    };
    expect(message(false)).toContain('monthFirst');
    expect(message(undefined)).not.toContain('monthFirst');
    expect(message(undefined)).toContain('YYYY-MM-DD');
  });
});

describe('parseTimeOnly and parseInstant', () => {
  it('normalise times to HH:MM:SS and refuse out-of-range ones', () => {
    expect(parseTimeOnly('09:05', 't')).toBe('09:05:00');
    expect(codeOf(() => parseTimeOnly('24:00', 't'))).toEqual({ code: 'invalid-datetime-format', params: ['t'] });
  });

  it('refuse times that are not HH:MM[:SS]', () => {
    for (const bad of ['9:05', '09:5', '12:60', '23:59:60', '09:05:00.5', 'noon'])
      expect(codeOf(() => parseTimeOnly(bad, 't'))?.code).toBe('invalid-datetime-format');
    expect(parseTimeOnly('23:59:59', 't')).toBe('23:59:59');
  });

  it('read instants with an offset and refuse ones without', () => {
    expect(parseInstant('2016-10-09T10:10:00+02:00', 's').toISOString()).toBe('2016-10-09T08:10:00.000Z');
    expect(codeOf(() => parseInstant('2016-10-09T08:10:00', 'startDate'))).toEqual({
      code: 'invalid-datetime-format',
      params: ['startDate'],
    });
    expect(parseInstant('2016-08-15T14:52:48.123+0200', 's').toISOString()).toBe('2016-08-15T12:52:48.123Z');
    expect(parseInstant('2016-08-15T14:52Z', 's').toISOString()).toBe('2016-08-15T14:52:00.000Z');
    for (const bad of ['2016-08-1Z', '2026-02-30T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01', '1700000000']) {
      expect(codeOf(() => parseInstant(bad, 's'))?.code).toBe('invalid-datetime-format');
    }
  });
});
