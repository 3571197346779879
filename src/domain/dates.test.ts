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
    expect(codeOf(() => parseDateOnly('03/04/2026', 'requestedDate'))).toEqual({ code: 'invalid-datetime-format', params: ['requestedDate'] });
    expect(codeOf(() => parseDateOnly('2026-03-04', 'requestedDate', true))).toEqual({ code: 'invalid-datetime-format', params: ['requestedDate'] });
    expect(codeOf(() => parseDateOnly('2026-02-29', 'd'))?.code).toBe('invalid-datetime-format');
    expect(codeOf(() => parseDateOnly('02/30/2024', 'd', true))?.code).toBe('invalid-datetime-format');
    expect(parseDateOnly('02/29/2024', 'd', true)).toBe('2024-02-29');
  });
});

describe('parseTimeOnly and parseInstant', () => {
  it('normalise times to HH:MM:SS and refuse out-of-range ones', () => {
    expect(parseTimeOnly('09:05', 't')).toBe('09:05:00');
    expect(codeOf(() => parseTimeOnly('24:00', 't'))).toEqual({ code: 'invalid-datetime-format', params: ['t'] });
  });

  it('read instants with an offset and refuse ones without', () => {
    expect(parseInstant('2016-10-09T10:10:00+02:00', 's').toISOString()).toBe('2016-10-09T08:10:00.000Z');
    expect(codeOf(() => parseInstant('2016-10-09T08:10:00', 'startDate'))).toEqual({ code: 'invalid-datetime-format', params: ['startDate'] });
  });
});
