import { ErrorCode } from '../errors/error-code';
import { parseAppointmentFilter } from './appointment-filter';

const errorOf = (filter: unknown) => {
  try {
    parseAppointmentFilter(filter as never);
  } catch (err: any) {
    return [err.code, err.params];
  }
  return null;
};

describe('parseAppointmentFilter', () => {
  const t1 = '2026-01-01T00:00:00Z';
  const t2 = '2026-01-02T00:00:00Z';

  it('accepts one lower and one upper bound, and a one-instant closed range', () => {
    expect(parseAppointmentFilter({ startDate: { gt: t1, lte: t2 } } as never).startDate).toEqual({
      lower: { at: new Date(t1), inclusive: false },
      upper: { at: new Date(t2), inclusive: true },
    });
    expect(errorOf({ startDate: { gte: t1, lte: t1 } })).toBeNull();
  });

  it.each([
    [{ startDate: { gt: t1, gte: t1 } }, ErrorCode.InvalidParam, ['filter.startDate']],
    [{ endDate: { lt: t2, lte: t2 } }, ErrorCode.InvalidParam, ['filter.endDate']],
    [{ dateCreated: { gte: t2, lte: t1 } }, ErrorCode.InvalidParam, ['filter.dateCreated']],
    [{ lastUpdated: { gt: t1, lte: t1 } }, ErrorCode.InvalidParam, ['filter.lastUpdated']],
    [{ lastUpdated: { gte: t1, lt: t1 } }, ErrorCode.InvalidParam, ['filter.lastUpdated']],
    [{ startDate: { lt: '2016-08-1Z' } }, ErrorCode.InvalidDatetimeFormat, ['filter.startDate.lt']],
    [{ ids: Array.from({ length: 1001 }, (_, i) => String(i + 1)) }, ErrorCode.InvalidParam, ['filter.ids']],
    [{ orderId: '-1' }, ErrorCode.InvalidParamType, ['filter.orderId']],
    [{ title: 'x'.repeat(256) }, ErrorCode.InvalidParam, ['filter.title']],
  ])('refuses %j', (filter, code, params) => {
    expect(errorOf(filter)).toEqual([code, params]);
  });

  it('treats null fields as absent', () => {
    expect(parseAppointmentFilter({ title: null, startDate: null, confirmed: null } as never)).toEqual({});
  });
});
