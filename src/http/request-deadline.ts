import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import type { EndSignal } from '../database/end-signal';
import type { RequestEnd } from './request-end';

/** A request's time limit (REQUEST_TIMEOUT_MS), and the signal its work watches. */
export interface RequestDeadline {
  /** Aborted when the client went away or the deadline passed: the request's DbScope.signal. */
  signal: EndSignal;
  /** Settles like `work`, or rejects with `database-unavailable` when the deadline passes first. */
  race<T>(work: Promise<T>): Promise<T>;
}

/**
 * Starts a deadline of `ms` on the request whose end `ended` tells (the client went away,
 * shutdown). Every wait a request makes once its body is read is a wait on the database
 * (authentication, statements, transactions), so a request still running at its deadline is
 * answered `database-unavailable`; its work, told by the signal, sends no further statement and
 * commits nothing. The deadline aborts `ended` itself, so the work watches one signal, not a
 * combination made per request (`AbortSignal.any` costs a look-up by id about a tenth of its
 * HTTP layer's time).
 */
export function startDeadline(ms: number, ended: RequestEnd): RequestDeadline {
  let passed: DomainError | null = null;
  let rejectRace: ((error: Error) => void) | null = null;
  const timer = setTimeout(() => {
    passed = new DomainError(ErrorCode.DatabaseUnavailable, `The database did not answer within ${ms} ms. Please try again later.`);
    ended.abort(passed);
    rejectRace?.(passed);
  }, ms);
  return {
    signal: ended,
    race<T>(work: Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (passed) return reject(passed);
        rejectRace = reject;
        work.then(
          (value) => {
            clearTimeout(timer);
            rejectRace = null;
            resolve(value);
          },
          (err: unknown) => {
            clearTimeout(timer);
            rejectRace = null;
            reject(err);
          },
        );
      });
    },
  };
}
