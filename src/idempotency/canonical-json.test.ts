import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('writes keys in sorted order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}');
  });

  it('gives equal JSON values the same text, whatever their key order', () => {
    expect(canonicalJson({ input: { title: 't', startDate: 's' }, id: 3 })).toBe(
      canonicalJson({ id: 3, input: { startDate: 's', title: 't' } }),
    );
  });

  it('tells apart values JSON tells apart', () => {
    expect(canonicalJson({ a: '1' })).not.toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ a: null })).not.toBe(canonicalJson({}));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('leaves undefined properties out, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson([undefined])).toBe('[null]');
  });
});
