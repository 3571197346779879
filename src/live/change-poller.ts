import { SYSTEM_ACTOR } from '../context/actor';
import type { DbScope } from '../database/statements';
import { onCommit } from '../database/transaction';
import type { ChangeRepository } from './change.repository';
import type { ChangeEvent, ChangeSource } from './change.types';

export interface ChangePollerOptions {
  /** How often to read the change table (CHANGE_POLL_INTERVAL_MS). */
  pollIntervalMs: number;
  /** How long a gap may be a transaction still open (CHANGE_GAP_TIMEOUT_MS). */
  gapTimeoutMs: number;
  /** Changes read per statement; a full batch is followed by another read at once. */
  batchSize?: number;
  /** The least time from the end of one read to a read a commit starts (CHANGE_NUDGE_SPACING_MS). */
  nudgeSpacingMs: number;
  /** A failed read or listener (the next interval tries again). */
  onError(err: unknown): void;
}

type Listener = (batch: readonly ChangeEvent[]) => void;

/*
 * Under a stream of the gateway's own writes, a read per commit would be a statement for every
 * second write or so (each commit during a read asked for one more read right after it): 0.5 of
 * the 6.5 statements of an update in the bench. One read per spacing takes all the changes that
 * committed meanwhile, so a busy instance reads at most about 1000 / CHANGE_NUDGE_SPACING_MS
 * times a second (default 10 ms), and a lone write is still read at once (its nudge comes long
 * after the last read).
 */

/**
 * The instance's one reader of the change table: one statement per interval, whatever the
 * number of listeners, reading the changes after the last one delivered (`seq > last ORDER BY
 * seq LIMIT n`) and handing the settled ones to every listener in seq order (never past a seq a
 * transaction still open may commit: change-gaps.ts). A transaction of this process that
 * commits nudges it (database/transaction.ts onCommit), so the gateway's own writes are read at
 * once, not at the next interval. Its timers never keep the process alive.
 */
export class ChangePoller implements ChangeSource {
  private readonly listeners = new Set<Listener>();
  private readonly batchSize: number;
  /** The last seq read and settled; null until the first read of where the table ends. */
  private last: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** When the pending timer fires (performance.now()), to keep the sooner of two wake-ups. */
  private timerDue = 0;
  /** When the last read ended (performance.now()). */
  private readEnded = -Infinity;
  private readonly spacingMs: number;
  private again = false;
  private stopped = true;
  private stopNudges: (() => void) | null = null;

  constructor(
    private readonly repository: ChangeRepository,
    private readonly scope: DbScope,
    private readonly options: ChangePollerOptions,
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.spacingMs = options.nudgeSpacingMs;
  }

  onChanges(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts after the newest change recorded now (earlier ones are the feed's); then reads every interval and on every nudge. */
  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    try {
      this.last = await this.repository.lastSeq(this.scope);
    } catch (err) {
      // The database is away: the first read that succeeds decides where to start.
      this.options.onError(err);
    }
    this.stopNudges = onCommit(this.scope.db, () => this.nudge());
    this.schedule();
  }

  /**
   * A write of this process has committed: reads now, or once the spacing since the last read
   * has passed (after the read in flight, if there is one).
   */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const wait = this.readEnded + this.spacingMs - performance.now();
    if (wait > 0) this.wake(wait);
    else this.read();
  }

  /** Reads now, whatever the spacing, and resolves when that read (and any it chains) has delivered. */
  async pollNow(): Promise<void> {
    while (this.running) await this.running;
    if (!this.stopped) this.read();
    while (this.running) await this.running;
  }

  /** Stops reading; resolves once a read in flight has finished. Listeners stay attached, unfed. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopNudges?.();
    this.stopNudges = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private read(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.poll().finally(() => {
      this.running = null;
      this.readEnded = performance.now();
      // Commits during the read: one more read, a spacing from now.
      if (this.again) {
        this.again = false;
        this.wake(this.spacingMs);
      } else {
        this.schedule();
      }
    });
  }

  /** Reads in `ms`, unless a read is already due sooner. */
  private wake(ms: number): void {
    if (this.stopped) return;
    const due = performance.now() + ms;
    if (this.timer && this.timerDue <= due) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.running) this.again = true;
      else this.read();
    }, ms);
    this.timer.unref();
  }

  /** The next read at the interval, when none is due sooner. */
  private schedule(): void {
    if (this.stopped || this.timer || this.running) return;
    this.wake(this.options.pollIntervalMs);
  }

  private async poll(): Promise<void> {
    try {
      if (this.last === null) this.last = await this.repository.lastSeq(this.scope);
      let more = true;
      while (more && !this.stopped) {
        this.again = false;
        const read = await this.repository.read(this.scope, SYSTEM_ACTOR, this.last, this.batchSize, this.options.gapTimeoutMs, {
          background: true,
        });
        this.last = read.through;
        if (read.changes.length) this.deliver(read.changes);
        more = read.more;
      }
    } catch (err) {
      this.options.onError(err);
    }
  }

  private deliver(batch: readonly ChangeEvent[]): void {
    const frozen = Object.freeze([...batch]);
    for (const listener of this.listeners) {
      try {
        listener(frozen);
      } catch (err) {
        this.options.onError(err);
      }
    }
  }
}
