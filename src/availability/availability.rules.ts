import type { Interval } from './working-hours.rules';

/*
 * Free time from working time and busy time: pure interval arithmetic over half-open
 * [start, end) intervals of epoch milliseconds. Touching intervals do not overlap: a slot may
 * start the instant an appointment ends.
 */

/** The union of `intervals`, sorted, with overlapping and touching ones joined; empty and inverted ones dropped. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const { start, end } of intervals.filter((i) => i.end > i.start).sort((x, y) => x.start - y.start || x.end - y.end)) {
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/**
 * The free windows: the working blocks cut to [from, to), less every busy interval. Sorted;
 * each maximal (a window ends where work ends or a busy interval begins).
 */
export function freeWindows(blocks: readonly Interval[], busy: readonly Interval[], from: number, to: number): Interval[] {
  const taken = mergeIntervals(busy);
  const out: Interval[] = [];
  for (const block of blocks) {
    let start = Math.max(block.start, from);
    const end = Math.min(block.end, to);
    for (const b of taken) {
      if (b.end <= start) continue;
      if (b.start >= end) break;
      if (b.start > start) out.push({ start, end: b.start });
      start = Math.max(start, b.end);
    }
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * The bookable slots: `slotMs` long, starting at each working block's start and every `stepMs`
 * after it (so the grid follows the office's hours whatever range is asked), each inside
 * [from, to) and inside one free window. Sorted by start.
 */
export function slots(
  blocks: readonly Interval[],
  windows: readonly Interval[],
  slotMs: number,
  stepMs: number,
  from: number,
  to: number,
): Interval[] {
  const out: Interval[] = [];
  let w = 0;
  for (const block of blocks) {
    // The first grid point at or after `from`.
    const skip = from > block.start ? Math.ceil((from - block.start) / stepMs) : 0;
    for (let start = block.start + skip * stepMs; start + slotMs <= Math.min(block.end, to); start += stepMs) {
      const end = start + slotMs;
      while (w < windows.length && windows[w]!.end < end) w += 1;
      const window = windows[w];
      if (!window) return out;
      if (window.start <= start) out.push({ start, end });
    }
  }
  return out;
}
