import { encodeCursor } from '../domain/keyset-cursor';
import { decodeChangeCursor, encodeChangeCursor } from './change-cursor';

const refused = (cursor: string) => {
  try {
    decodeChangeCursor(cursor);
  } catch (err) {
    return (err as { code?: string; params?: string[] }).params;
  }
  return 'accepted';
};

describe('change feed cursors', () => {
  it('round-trip a seq', () => {
    for (const seq of [1, 42, 2 ** 40]) expect(decodeChangeCursor(encodeChangeCursor(seq))).toBe(seq);
  });

  it('refuse an altered, malformed or foreign cursor, naming after', () => {
    const good = encodeChangeCursor(7);
    const [body, tag] = good.split('.');
    const forged = `${Buffer.from(JSON.stringify([1, 8])).toString('base64url')}.${tag}`;
    for (const bad of [forged, `${body}.${'A'.repeat(22)}`, 'nonsense', '', `${body}`, encodeCursor('x', { key: null, id: 7 })]) {
      expect(refused(bad)).toEqual(['after']);
    }
  });
});
