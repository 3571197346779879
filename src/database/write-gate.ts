/*
 * The queue in front of the primary's pool for write transactions (MySQL), so that a row held
 * locked cannot take every connection: writes naming the same row key run one at a time in
 * this process (the others wait here, holding no connection), and at most `slots` writes hold
 * a connection at once, leaving the rest of the pool to reads. A write that cannot start within
 * its wait bound, or whose request ends while it waits, leaves the queue without having run.
 */

import type { EndSignal } from './end-signal';

/** Why a write left the queue without running: its wait bound passed. */
export class GateTimeout extends Error {
  constructor() {
    super('the write waited longer than its bound for its turn');
    this.name = 'GateTimeout';
  }
}

interface Waiter {
  resolve(): void;
}

/** Waits for `ready`, at most until `deadline` (epoch ms) and no longer than `signal` lives. */
function waitFor(ready: Promise<void>, deadline: number, signal: EndSignal | undefined, onGiveUp: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const giveUp = (err: unknown) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      onGiveUp();
      reject(err);
    };
    const onAbort = () => giveUp(signal!.reason);
    const timer = setTimeout(() => giveUp(new GateTimeout()), Math.max(0, deadline - Date.now()));
    signal?.addEventListener('abort', onAbort, { once: true });
    void ready.then(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}

export class WriteGate {
  /** Per row key: resolves once every write queued on it so far has finished or given up. */
  private readonly tails = new Map<string, Promise<void>>();
  private free: number;
  private readonly waiting: Waiter[] = [];

  constructor(readonly slots: number) {
    this.free = slots;
  }

  /** How many writes hold a slot now (for tests and metrics). */
  get busy(): number {
    return this.slots - this.free;
  }

  /**
   * Runs `work` once no other write of `key` is running in this process and a slot is free;
   * throws GateTimeout past `waitMs`, or the signal's reason when it aborts first.
   */
  async run<T>(key: string | undefined, waitMs: number, signal: EndSignal | undefined, work: () => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    const deadline = Date.now() + waitMs;
    const finished = key === undefined ? undefined : this.enter(key);
    try {
      if (finished) await waitFor(finished.previous, deadline, signal, () => undefined);
      await this.acquire(deadline, signal);
      try {
        return await work();
      } finally {
        this.releaseSlot();
      }
    } finally {
      finished?.done();
    }
  }

  /** Joins the queue of `key`: `previous` resolves when the writes ahead are through; call `done` when this one is. */
  private enter(key: string): { previous: Promise<void>; done: () => void } {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    // A write that gives up early must not let the next one overtake those still ahead of it.
    const tail = Promise.all([previous, mine]).then(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return { previous, done };
  }

  private acquire(deadline: number, signal: EndSignal | undefined): Promise<void> {
    if (this.free > 0 && this.waiting.length === 0) {
      this.free -= 1;
      return Promise.resolve();
    }
    let waiter!: Waiter;
    const granted = new Promise<void>((resolve) => (waiter = { resolve }));
    this.waiting.push(waiter);
    return waitFor(granted, deadline, signal, () => {
      const at = this.waiting.indexOf(waiter);
      // Still queued: leave. Already granted (the grant raced the give-up): hand the slot on.
      if (at >= 0) this.waiting.splice(at, 1);
      else this.releaseSlot();
    });
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next.resolve();
    else this.free += 1;
  }
}
