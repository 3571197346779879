import { ErrorCode } from '../errors/error-code';
import { parseOrderFilter } from './order-filter';

const errorOf = (filter: unknown) => {
  try {
    parseOrderFilter(filter as never);
  } catch (err: any) {
    return [err.code, err.params];
  }
  return null;
};

describe('parseOrderFilter', () => {
  const t1 = '2026-01-01T00:00:00Z';

  it('sorts and dedupes ids and statuses (a cursor is tied to what the filter means), keeps patterns as sent', () => {
    expect(
      parseOrderFilter({
        ids: ['3', '1', '3'],
        customerId: '7',
        customerIds: ['9', '2'],
        reference: 'O-*',
        customerReference: '50%_*',
        status: ['signed_off', 'open', 'open'],
        signedOff: false,
        createdAt: { gte: t1 },
      }),
    ).toEqual({
      ids: [1, 3],
      customerId: 7,
      customerIds: [2, 9],
      reference: 'O-*',
      customerReference: '50%_*',
      status: ['open', 'signed_off'],
      signedOff: false,
      createdAt: { lower: { at: new Date(t1), inclusive: true } },
    });
    expect(parseOrderFilter({ status: null, signedOff: null, createdAt: null })).toEqual({});
    expect(parseOrderFilter(null)).toEqual({});
  });

  it.each([
    [{ customerId: 'x' }, ErrorCode.InvalidParamType, ['filter.customerId']],
    [{ customerIds: ['1', '-2'] }, ErrorCode.InvalidParamType, ['filter.customerIds']],
    [{ customerIds: Array.from({ length: 1001 }, (_, i) => String(i + 1)) }, ErrorCode.InvalidParam, ['filter.customerIds']],
    [{ status: ['cancelled'] }, ErrorCode.InvalidParam, ['filter.status']],
    [{ reference: 'x'.repeat(256) }, ErrorCode.InvalidParam, ['filter.reference']],
    [{ signedOffAt: { lt: 'yesterday' } }, ErrorCode.InvalidDatetimeFormat, ['filter.signedOffAt.lt']],
    [{ lastUpdated: { gte: t1, lt: t1 } }, ErrorCode.InvalidParam, ['filter.lastUpdated']],
  ])('refuses %j', (filter, code, params) => {
    expect(errorOf(filter)).toEqual([code, params]);
  });
});
