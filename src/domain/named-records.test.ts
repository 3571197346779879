import { DomainError } from '../errors/domain.error';
import { parseNameFilter } from './named-records';

describe('parseNameFilter', () => {
  it('keeps patterns as sent and sorts and dedupes ids', () => {
    expect(parseNameFilter({ ids: ['3', '1', '3'], reference: 'C-*', name: '50%_*' })).toEqual({
      ids: [1, 3],
      reference: 'C-*',
      name: '50%_*',
    });
    expect(parseNameFilter(null)).toEqual({});
  });

  it('names the field at fault', () => {
    const fault = (f: Parameters<typeof parseNameFilter>[0]) => {
      try {
        parseNameFilter(f);
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
