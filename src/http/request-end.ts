import type { EndSignal } from '../database/end-signal';

/**
 * The end of one HTTP request, told to its work (DbScope.signal): an AbortController's
 * behaviour for the one event it has, without an EventTarget. Node's AbortController with a
 * look-up's three listeners (one added and removed per statement) took 14 µs in a
 * micro-benchmark, this under 1 µs. With the header-map and token-hash changes beside it, the
 * look-up's CPU per request fell by about a tenth (`bench/cpu-per-request.ts`, bench/README.md).
 */
export class RequestEnd implements EndSignal {
  private ended = false;
  private why: unknown = undefined;
  private listeners: Set<() => void> | null = null;

  get aborted(): boolean {
    return this.ended;
  }

  get reason(): unknown {
    return this.why;
  }

  throwIfAborted(): void {
    if (this.ended) throw this.why;
  }

  /** Listeners are called once, in the order they were added: every one is `once`, whatever `_options` say. */
  addEventListener(_type: 'abort', listener: () => void, _options?: { once?: boolean }): void {
    if (this.ended) return;
    (this.listeners ??= new Set()).add(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    this.listeners?.delete(listener);
  }

  /** Ends the request with `reason` (the first call wins, as AbortController.abort); tells each listener once. */
  abort(reason: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.why = reason;
    const listeners = this.listeners;
    this.listeners = null;
    if (listeners) for (const listener of listeners) listener();
  }
}
