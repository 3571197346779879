import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import { startDeadline } from './request-deadline';
import { RequestEnd } from './request-end';

describe('a request deadline', () => {
  it('answers database-unavailable when the work outlives it, and aborts the work', async () => {
    const deadline = startDeadline(50, new RequestEnd());
    const started = Date.now();
    const error = await deadline.race(new Promise(() => undefined)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.DatabaseUnavailable);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toBe(error);
  });

  it('settles like the work when it ends in time, and never aborts it after', async () => {
    const deadline = startDeadline(50, new RequestEnd());
    await expect(deadline.race(Promise.resolve('answer'))).resolves.toBe('answer');
    await new Promise((r) => setTimeout(r, 100));
    expect(deadline.signal.aborted).toBe(false);
  });

  it('aborts the work when the client goes away', () => {
    const ended = new RequestEnd();
    const deadline = startDeadline(10_000, ended);
    void deadline.race(Promise.resolve());
    ended.abort(new Error('the client went away'));
    expect(deadline.signal.aborted).toBe(true);
  });

  it('keeps the reason the request ended first: the deadline does not overwrite it', async () => {
    const ended = new RequestEnd();
    const deadline = startDeadline(20, ended);
    const gone = new Error('the client went away');
    ended.abort(gone);
    const error = await deadline.race(new Promise(() => undefined)).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe(ErrorCode.DatabaseUnavailable);
    expect(deadline.signal.reason).toBe(gone);
  });
});
