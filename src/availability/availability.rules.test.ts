import { freeWindows, mergeIntervals, slots } from './availability.rules';
import type { Interval } from './working-hours.rules';

// Hours of one day as milliseconds: h(9.5) is 09:30.
const h = (hours: number) => hours * 3600_000;
const iv = (start: number, end: number): Interval => ({ start: h(start), end: h(end) });
const hours = (list: Interval[]) => list.map((i) => [i.start / 3600_000, i.end / 3600_000]);

describe('mergeIntervals', () => {
  it('joins overlapping, nested and touching intervals, and drops empty and inverted ones', () => {
    expect(
      hours(mergeIntervals([iv(13, 14), iv(9, 10), iv(9.5, 11), iv(11, 12), iv(15, 17), iv(15.5, 16), iv(18, 18), iv(20, 19)])),
    ).toEqual([
      [9, 12],
      [13, 14],
      [15, 17],
    ]);
  });
});

describe('freeWindows', () => {
  const day = [iv(8, 18)];

  it('is the working time less the busy time, a window ending where an appointment starts and starting where it ends', () => {
    expect(hours(freeWindows(day, [iv(10, 11), iv(14, 15.5)], h(0), h(24)))).toEqual([
      [8, 10],
      [11, 14],
      [15.5, 18],
    ]);
  });

  it('treats overlapping and touching appointments as one busy stretch', () => {
    expect(hours(freeWindows(day, [iv(10, 11), iv(10.5, 12), iv(12, 13)], h(0), h(24)))).toEqual([
      [8, 10],
      [13, 18],
    ]);
  });

  it('cuts appointments that start before the working day or end after it, and leaves nothing for an all-day one', () => {
    expect(hours(freeWindows(day, [iv(6, 9), iv(17, 20)], h(0), h(24)))).toEqual([[9, 17]]);
    expect(freeWindows(day, [iv(0, 24)], h(0), h(24))).toEqual([]);
  });

  it('keeps within the range asked for', () => {
    expect(hours(freeWindows(day, [iv(12, 13)], h(9.25), h(16)))).toEqual([
      [9.25, 12],
      [13, 16],
    ]);
  });

  it('spans blocks in order, each on its own', () => {
    expect(hours(freeWindows([iv(8, 12), iv(13, 17), iv(32, 42)], [iv(11, 14), iv(36, 37)], h(0), h(48)))).toEqual([
      [8, 11],
      [14, 17],
      [32, 36],
      [37, 42],
    ]);
  });
});

describe('slots', () => {
  const day = [iv(8, 18)];
  const slotsOf = (blocks: Interval[], busy: Interval[], slotHours: number, stepHours: number, from = 0, to = 48) =>
    hours(slots(blocks, freeWindows(blocks, busy, h(from), h(to)), h(slotHours), h(stepHours), h(from), h(to)));

  it('are on the grid from the start of the working hours, and fit between appointments exactly', () => {
    expect(slotsOf(day, [iv(10, 11), iv(13.5, 15)], 1, 1)).toEqual([
      [8, 9],
      [9, 10],
      [11, 12],
      [12, 13],
      [15, 16],
      [16, 17],
      [17, 18],
    ]);
  });

  it('start every step when the step is shorter than the slot', () => {
    expect(slotsOf([iv(8, 11)], [iv(9.5, 10)], 1, 0.5)).toEqual([
      [8, 9],
      [8.5, 9.5],
      [10, 11],
    ]);
  });

  it('leave out a grid point whose slot would overrun the working hours or the range', () => {
    expect(slotsOf([iv(8, 10.5)], [], 1, 1)).toEqual([
      [8, 9],
      [9, 10],
    ]);
    expect(slotsOf(day, [], 2, 2, 9.5, 15)).toEqual([
      [10, 12],
      [12, 14],
    ]);
  });

  it('keep the grid of the working block, not of the range asked for', () => {
    expect(slotsOf(day, [], 1, 1, 9.25, 12)).toEqual([
      [10, 11],
      [11, 12],
    ]);
  });

  it('run on across midnight in a block that does, and none when nothing is free', () => {
    expect(slotsOf([iv(22, 26)], [iv(23, 24.5)], 1, 0.5)).toEqual([
      [22, 23],
      [24.5, 25.5],
      [25, 26],
    ]);
    expect(slotsOf(day, [iv(7, 19)], 1, 1)).toEqual([]);
    expect(slotsOf(day, [], 11, 1)).toEqual([]);
  });
});
