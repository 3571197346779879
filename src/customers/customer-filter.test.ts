import { DomainError } from '../errors/domain.error';
import { parseCustomerFilter } from './customer-filter';

describe('parseCustomerFilter', () => {
  it('keeps patterns as sent and sorts and dedupes ids', () => {
    expect(parseCustomerFilter({ ids: ['3', '1', '3'], reference: 'C-*', name: '50%_*' })).toEqual({
      ids: [1, 3],
      reference: 'C-*',
      name: '50%_*',
    });
    expect(parseCustomerFilter(null)).toEqual({});
  });

  it('names the field at fault', () => {
    const fault = (f: Parameters<typeof parseCustomerFilter>[0]) => {
      try {
        parseCustomerFilter(f);
      } catch (err) {
        return (err as DomainError).params;
      }
      return null;
    };
    expect(fault({ ids: ['x'] })).toEqual(['filter.ids']);
    expect(fault({ ids: Array.from({ length: 1001 }, (_, i) => String(i + 1)) })).toEqual(['filter.ids']);
    expect(fault({ name: 'n'.repeat(256) })).toEqual(['filter.name']);
    expect(fault({ reference: 'r'.repeat(256) })).toEqual(['filter.reference']);
  });
});
