/**
 * What the database layer watches of the request its work is for: the part of an AbortSignal
 * it uses. The HTTP layer gives a RequestEnd (http/request-end.ts); a CLI or test may give an
 * AbortSignal.
 */
export interface EndSignal {
  /** True once the request has ended (its client went away, its deadline passed, shutdown). */
  readonly aborted: boolean;
  /** Why it ended: the error its work is to stop with. */
  readonly reason: unknown;
  /** Throws `reason` once ended. */
  throwIfAborted(): void;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
