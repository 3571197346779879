import { latencyOf } from '../bench/load';

// The bench judges issue #20's p99 ratios (≤ 1.3) on these figures: exact, never rounded.
describe('the bench latency figures', () => {
  it('are nearest-rank percentiles of the fractional times', () => {
    const times = Array.from({ length: 200 }, (_, i) => 200 - i + 0.25); // 200.25 down to 1.25, unordered
    expect(latencyOf(times)).toEqual({ mean: 100.75, p50: 100.25, p90: 180.25, p99: 198.25, max: 200.25 });
  });

  it('take the one value there is, and zeros for none', () => {
    expect(latencyOf([7.5])).toEqual({ mean: 7.5, p50: 7.5, p90: 7.5, p99: 7.5, max: 7.5 });
    expect(latencyOf([])).toEqual({ mean: 0, p50: 0, p90: 0, p99: 0, max: 0 });
  });
});
