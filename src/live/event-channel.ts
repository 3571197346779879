/**
 * A push-fed async iterable of one subscriber's events: `push` never waits (the hub fans out
 * without waiting on anyone), `next` waits for the next event, `return` ends it at once, even
 * while a `next` is pending, and runs the `onClose` callbacks once.
 */
export class EventChannel<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private closed = false;
  private readonly closers: (() => void)[] = [];

  push(value: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
    } else {
      this.queue.push(value);
    }
  }

  /** Events pushed and not yet taken. */
  get backlog(): number {
    return this.queue.length;
  }

  onClose(callback: () => void): void {
    if (this.closed) callback();
    else this.closers.push(callback);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
      this.queue.length = 0;
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
      for (const close of this.closers.splice(0)) close();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
