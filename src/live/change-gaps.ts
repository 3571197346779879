/*
 * Auto-increment values are handed out when a row is inserted, not when its transaction
 * commits: T1 may take seq 11, T2 seq 12, and T2 commit first. A reader that saw 12 and moved
 * past it would never see 11. So a reader stops before a gap (a seq not visible yet) until the
 * gap is settled: the missing seq has appeared, or the change after the gap is older than the
 * bound, longer than any write transaction stays open (CHANGE_GAP_TIMEOUT_MS), so the missing
 * seq belonged to a transaction that rolled back (or failed before inserting its change).
 *
 * The gap's age is read from the change after it: the missing seq was taken before that change
 * was, so its transaction has been open at least as long. Both the poller and the feed apply
 * this one rule, with the database's clock, so they agree on what is settled.
 */

/** What the rule needs of a change: its position and when it was recorded. */
export interface Positioned {
  seq: number;
  changedAt: Date;
}

/**
 * The longest prefix of `rows` (seq order, each after `after`) that a reader may move past: it
 * ends before the first gap younger than `boundMs` at `now`.
 */
export function settledPrefix<T extends Positioned>(rows: readonly T[], after: number, now: Date, boundMs: number): T[] {
  const out: T[] = [];
  let previous = after;
  for (const row of rows) {
    if (row.seq !== previous + 1 && now.getTime() - row.changedAt.getTime() < boundMs) break;
    out.push(row);
    previous = row.seq;
  }
  return out;
}
