import { assertExactReference, idOrReference } from './references';

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

describe('idOrReference', () => {
  const read = (id: string | null | undefined, reference: string | null | undefined) =>
    idOrReference(id, reference, 'orderId', 'orderReference');

  it('takes the one sent, null counting as absent', () => {
    expect(read('7', undefined)).toEqual({ id: 7 });
    expect(read('7', null)).toEqual({ id: 7 });
    expect(read(null, 'O-1')).toEqual({ reference: 'O-1' });
  });

  it('refuses both as invalid-param and neither as missing-param, naming both fields', () => {
    expect(() => read('7', 'O-1')).toThrow(
      expect.objectContaining({
        code: 'invalid-param',
        params: ['orderId', 'orderReference'],
        message: 'Send orderId or orderReference, not both.',
      }),
    );
    expect(() => read(undefined, null)).toThrow(expect.objectContaining({ code: 'missing-param', params: ['orderId', 'orderReference'] }));
  });

  it('refuses an id that is not one as invalid-param-type', () => {
    expect(() => read('abc', undefined)).toThrow(expect.objectContaining({ code: 'invalid-param-type', params: ['orderId'] }));
  });
});
