import { likeToGlob } from './dialect';

describe('likeToGlob', () => {
  it('turns LIKE wildcards into GLOB ones and keeps escaped characters literal', () => {
    expect(likeToGlob('Ref-6%', '!')).toBe('Ref-6*');
    expect(likeToGlob('%ef-6%', '!')).toBe('*ef-6*');
    expect(likeToGlob('a_c', '!')).toBe('a?c');
    expect(likeToGlob('50!%!_off!!', '!')).toBe('50%_off!');
  });

  it("brackets GLOB's own wildcards where they are literal", () => {
    expect(likeToGlob('a*b?[c]', '!')).toBe('a[*]b[?][[]c]');
    expect(likeToGlob('RT-RÉF-1', '!')).toBe('RT-RÉF-1');
  });
});
