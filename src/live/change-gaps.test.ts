import { settledPrefix } from './change-gaps';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const at = (msAgo: number) => new Date(NOW.getTime() - msAgo);
const row = (seq: number, msAgo = 0) => ({ seq, changedAt: at(msAgo) });
const seqs = (rows: { seq: number }[]) => rows.map((r) => r.seq);

describe('settledPrefix', () => {
  it('passes contiguous changes', () => {
    expect(seqs(settledPrefix([row(11), row(12), row(13)], 10, NOW, 1000))).toEqual([11, 12, 13]);
  });

  it('stops before a young gap (a transaction that may still commit)', () => {
    expect(seqs(settledPrefix([row(11), row(13), row(14)], 10, NOW, 1000))).toEqual([11]);
    expect(seqs(settledPrefix([row(12)], 10, NOW, 1000))).toEqual([]);
  });

  it('moves past a gap once the change after it is older than the bound (the gap rolled back)', () => {
    expect(seqs(settledPrefix([row(11), row(13, 1000), row(14)], 10, NOW, 1000))).toEqual([11, 13, 14]);
    expect(seqs(settledPrefix([row(11), row(13, 999)], 10, NOW, 1000))).toEqual([11]);
  });

  it('judges every gap by the change right after it', () => {
    expect(seqs(settledPrefix([row(12, 5000), row(13, 4000), row(20, 10)], 10, NOW, 1000))).toEqual([12, 13]);
  });

  it('answers nothing for nothing', () => {
    expect(settledPrefix([], 10, NOW, 1000)).toEqual([]);
  });
});
