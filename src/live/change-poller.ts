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
  /** A failed read or listener (the next interval tries again). */
  onError(err: unknown): void;
}

type Listener = (batch: readonly ChangeEvent[]) => void;

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
  private again = false;
  private stopped = true;
  private stopNudges: (() => void) | null = null;

  constructor(
    private readonly repository: ChangeRepository,
    private readonly scope: DbScope,
    private readonly options: ChangePollerOptions,
  ) {
    this.batchSize = options.batchSize ?? 500;
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

  /** Reads now (or right after the read in flight): a write of this process has committed. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.poll().finally(() => {
      this.running = null;
      this.schedule();
    });
  }

  /** Reads now and resolves when that read (and any it chains) has delivered. */
  async pollNow(): Promise<void> {
    while (this.running) await this.running;
    this.nudge();
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

  private schedule(): void {
    if (this.stopped || this.timer || this.running) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.nudge();
    }, this.options.pollIntervalMs);
    this.timer.unref();
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
        more = read.more || this.again;
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
