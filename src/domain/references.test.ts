import { assertExactReference } from './references';

describe('assertExactReference', () => {
  it('accepts references without whitespace at their ends, whatever their case or accents', () => {
    for (const ok of ['RT-REF-1', 'rt-ref-1', 'RT-RÉF-1', 'a b', '']) expect(() => assertExactReference(ok, 'reference')).not.toThrow();
  });

  it('refuses whitespace at either end, naming the field', () => {
    for (const bad of ['RT-REF-1 ', ' RT-REF-1', 'RT-REF-1\t', '\nRT-REF-1', 'RT-REF-1\u00a0']) {
      expect(() => assertExactReference(bad, 'reference')).toThrow(
        expect.objectContaining({
          code: 'invalid-param',
          params: ['reference'],
          message: 'reference must not begin or end with whitespace',
        }),
      );
    }
  });
});
