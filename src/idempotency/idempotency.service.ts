import { hashToken } from '../accounts/token-hash';
import type { DbScope } from '../database/statements';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import { IDEMPOTENCY_HEADER, IdempotentRequest, keyHash } from './idempotent-request';
import type { IdempotencyRepository } from './idempotency.repository';

/*
 * Idempotent retries of mutations. The first request with a key claims it by an INSERT that the
 * unique (token, key) index lets one request win, on any instance; the winner runs and stores its
 * answer; a retry with the same request then gets that answer again instead of running, one with
 * another request is refused, and one that comes while the first is still running is told so.
 */

/** The most of an answer kept: a MySQL TEXT column. A larger answer is not kept (see claim). */
export const MAX_STORED_ANSWER_BYTES = 65_535;

/** What a retry is told to wait, in seconds, while the first request with its key runs. */
export const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

/** How often, and how many rows at most, each instance deletes expired keys. */
const SWEEP_INTERVAL_MS = 10 * 60_000;
const SWEEP_MAX_ROWS = 1000;

/** Claims lost to a row that then turned out expired or gone are tried again this often. */
const CLAIM_ATTEMPTS = 3;

export type Claim =
  /** This request runs; `complete` stores its answer under `id`. */
  | { kind: 'won'; id: number }
  /** The first request's answer, to send again as it was. */
  | { kind: 'replay'; status: number; body: string };

export class IdempotencyService {
  constructor(
    private readonly keys: IdempotencyRepository,
    private readonly retentionMs: number,
    private readonly clock: () => Date,
  ) {}

  /**
   * Claims the key of `request` for the bearer `token`: `won` (run it), or `replay` (the first
   * answer). Throws invalid-param when the key was used with another request,
   * idempotency-in-progress while the first is unanswered, and response-too-large when the
   * first answer was too large to keep. An expired row counts as absent (and is deleted).
   */
  async claim(scope: DbScope, token: string, request: IdempotentRequest): Promise<Claim> {
    const scopeHash = hashToken(token);
    const hash = keyHash(request.key);
    for (let attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt += 1) {
      const now = this.clock();
      const id = await this.keys.claim(scope, {
        scopeHash,
        keyHash: hash,
        key: request.key,
        requestHash: request.requestHash,
        state: 'pending',
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.retentionMs),
      });
      if (id !== null) return { kind: 'won', id };
      const row = await this.keys.find(scope, scopeHash, hash);
      // Swept between the two statements, or expired: claim again.
      if (!row) continue;
      if (row.expiresAt.getTime() <= now.getTime()) {
        await this.keys.deleteExpired(scope, row.id, now);
        continue;
      }
      if (row.requestHash !== request.requestHash) {
        throw DomainError.invalidParam(
          IDEMPOTENCY_HEADER,
          `The ${IDEMPOTENCY_HEADER} was used with another request: send a new key for a new request.`,
        );
      }
      if (row.state === 'pending') {
        throw new DomainError(
          ErrorCode.IdempotencyInProgress,
          `The first request with this ${IDEMPOTENCY_HEADER} has not been answered yet: retry later with the same key.`,
          [IDEMPOTENCY_HEADER],
        );
      }
      if (row.responseBody === null) {
        throw new DomainError(
          ErrorCode.ResponseTooLarge,
          `The first request with this ${IDEMPOTENCY_HEADER} was answered (HTTP ${row.responseStatus}), but its answer was larger than ` +
            `${MAX_STORED_ANSWER_BYTES} bytes and was not kept: its writes stand; read them back.`,
          [IDEMPOTENCY_HEADER],
        );
      }
      return { kind: 'replay', status: row.responseStatus ?? 200, body: row.responseBody };
    }
    throw new Error(`the ${IDEMPOTENCY_HEADER} could not be claimed in ${CLAIM_ATTEMPTS} attempts`);
  }

  /** Stores the answer of the request that won claim `id`; an answer too large to keep is stored as its status alone. */
  async complete(scope: DbScope, id: number, status: number, body: string): Promise<void> {
    const kept = Buffer.byteLength(body) <= MAX_STORED_ANSWER_BYTES ? body : null;
    await this.keys.complete(scope, id, status, kept);
  }

  /** Deletes up to `limit` expired keys; how many. */
  sweep(scope: DbScope, limit = SWEEP_MAX_ROWS): Promise<number> {
    return this.keys.sweep(scope, this.clock(), limit);
  }

  /** Sweeps every ten minutes until the returned function is called; failures go to `onError`. */
  startSweeping(scope: DbScope, onError: (err: unknown) => void): () => void {
    const timer = setInterval(() => this.sweep(scope).catch(onError), SWEEP_INTERVAL_MS);
    timer.unref();
    return () => clearInterval(timer);
  }
}
