import { newStamp } from './stamp';

describe('newStamp', () => {
  it("is the write's instant, a tilde and 8 random hex digits", () => {
    const now = new Date('2026-11-29T10:11:12.345Z');
    expect(newStamp(now)).toMatch(/^2026-11-29T10:11:12\.345Z~[0-9a-f]{8}$/);
  });

  it('differs between writes in the same millisecond', () => {
    const now = new Date();
    const stamps = new Set(Array.from({ length: 10_000 }, () => newStamp(now)));
    // 32 random bits: a repeat among 10,000 has a chance of about 1 in 86,000.
    expect(stamps.size).toBeGreaterThanOrEqual(9_999);
  });
});
