import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';

/** A request's time limit (REQUEST_TIMEOUT_MS), and the signal its work watches. */
export interface RequestDeadline {
  /** Aborted when the client went away or the deadline passed: the request's DbScope.signal. */
  signal: AbortSignal;
  /** Settles like `work`, or rejects with `database-unavailable` when the deadline passes first. */
  race<T>(work: Promise<T>): Promise<T>;
}

/**
 * Starts a deadline of `ms`. Every wait a request makes once its body is read is a wait on the
 * database (authentication, statements, transactions), so a request still running at its deadline
 * is answered `database-unavailable`; its work, told by the signal, sends no further statement
 * and commits nothing.
 */
export function startDeadline(ms: number, ended: AbortSignal): RequestDeadline {
  const deadline = new AbortController();
  const timer = setTimeout(
    () =>
      deadline.abort(
        new DomainError(ErrorCode.DatabaseUnavailable, `The database did not answer within ${ms} ms. Please try again later.`),
      ),
    ms,
  );
  return {
    signal: AbortSignal.any([ended, deadline.signal]),
    race<T>(work: Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const passed = () => reject(deadline.signal.reason as Error);
        deadline.signal.addEventListener('abort', passed, { once: true });
        work.then(resolve, reject).finally(() => {
          clearTimeout(timer);
          deadline.signal.removeEventListener('abort', passed);
        });
      });
    },
  };
}
