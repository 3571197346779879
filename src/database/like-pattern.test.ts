import { wildcardToLike } from './like-pattern';

describe('wildcardToLike', () => {
  it('turns * into % and escapes the LIKE metacharacters', () => {
    expect(wildcardToLike('Ref-6*')).toBe('Ref-6%');
    expect(wildcardToLike('*ef-6*')).toBe('%ef-6%');
    expect(wildcardToLike('50%_off!')).toBe('50!%!_off!!');
    expect(wildcardToLike('a\\b')).toBe('a\\b');
  });

  it('leaves a pattern without * as an exact value', () => {
    expect(wildcardToLike('DEMO-A0001')).toBe('DEMO-A0001');
  });
});
