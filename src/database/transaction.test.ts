import { isRetryableTransactionError, withRetry } from './transaction';

/** An error shaped like mysql2's, as TypeORM's QueryFailedError carries it. */
function mysqlError(errno: number, code: string): Error {
  const driverError = Object.assign(new Error(`${code}: lock trouble`), { errno, code, sqlState: '40001' });
  return Object.assign(new Error(driverError.message), { name: 'QueryFailedError', driverError, errno, code });
}

const noSleep = async () => undefined;

describe('isRetryableTransactionError', () => {
  it('accepts a deadlock and SQLite busy, by errno or code, on the error or its driverError', () => {
    expect(isRetryableTransactionError(mysqlError(1213, 'ER_LOCK_DEADLOCK'))).toBe(true);
    expect(isRetryableTransactionError({ driverError: { errno: 1213 } })).toBe(true);
    expect(isRetryableTransactionError(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).toBe(true);
  });

  it('refuses a lock-wait timeout (the write already waited its whole bound: lock-timeout) and everything else', () => {
    expect(isRetryableTransactionError(mysqlError(1205, 'ER_LOCK_WAIT_TIMEOUT'))).toBe(false);
    expect(isRetryableTransactionError(mysqlError(1062, 'ER_DUP_ENTRY'))).toBe(false);
    expect(isRetryableTransactionError(new Error('boom'))).toBe(false);
    expect(isRetryableTransactionError(null)).toBe(false);
    expect(isRetryableTransactionError('ER_LOCK_DEADLOCK')).toBe(false);
  });
});

describe('withRetry', () => {
  it('runs the work again after a deadlock and returns what the successful try returned', async () => {
    let calls = 0;
    const retries: number[] = [];
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw mysqlError(1213, 'ER_LOCK_DEADLOCK');
        return 'done';
      },
      { attempts: 3, sleep: noSleep, onRetry: (_err, attempt) => retries.push(attempt) },
    );
    expect(result).toBe('done');
    expect(calls).toBe(3);
    expect(retries).toEqual([1, 2]);
  });

  it('gives up after the bound and rethrows the last error unchanged', async () => {
    let calls = 0;
    const errors: Error[] = [];
    const attempt = withRetry(
      async () => {
        calls += 1;
        const err = mysqlError(1213, 'ER_LOCK_DEADLOCK');
        errors.push(err);
        throw err;
      },
      { attempts: 3, sleep: noSleep },
    );
    const caught = await attempt.catch((e: unknown) => e);
    expect(caught).toBe(errors[2]);
    expect(calls).toBe(3);
  });

  it('does not retry an error that is not a lock conflict', async () => {
    let calls = 0;
    const err = new Error('stale');
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw err;
        },
        { attempts: 5, sleep: noSleep },
      ),
    ).rejects.toBe(err);
    expect(calls).toBe(1);
  });

  it('waits longer before each further try, with jitter around a doubling base', async () => {
    const waits: number[] = [];
    await withRetry(
      async () => {
        throw mysqlError(1213, 'ER_LOCK_DEADLOCK');
      },
      {
        attempts: 4,
        baseDelayMs: 100,
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    ).catch(() => undefined);
    expect(waits).toHaveLength(3);
    waits.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(50 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(150 * 2 ** i);
    });
  });
});
