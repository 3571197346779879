import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn, intColumn, stringColumn, textColumn } from '../database/column-types';

/** Whether the first request with a key is still being answered, or its answer is stored. */
export type IdempotencyState = 'pending' | 'complete';

/**
 * One Idempotency-Key a token used on a mutation, and the answer the first request with it got.
 * The key is unique per token (by hashes: a token is never stored, and hex compares the same
 * under every collation, where MySQL's default one would take `abc` and `ABC` for one key).
 */
@Entity('idempotency_keys')
@Index('uq_idempotency_keys_scope_key', ['scopeHash', 'keyHash'], { unique: true })
@Index('idx_idempotency_keys_expires', ['expiresAt'])
export class IdempotencyKey {
  @PrimaryGeneratedColumn()
  id!: number;

  /** SHA-256 (hex) of the bearer token the key was used with. */
  @Column(stringColumn('scope_hash', 64, false))
  scopeHash!: string;

  /** SHA-256 (hex) of the key. */
  @Column(stringColumn('key_hash', 64, false))
  keyHash!: string;

  /** The key as the client sent it, for operators looking for one. */
  @Column(stringColumn('idempotency_key', 255, false))
  key!: string;

  /** SHA-256 (hex) of the request's canonical JSON: operation, its name, variables, application. */
  @Column(stringColumn('request_hash', 64, false))
  requestHash!: string;

  @Column(stringColumn('state', 10, false))
  state!: IdempotencyState;

  @Column(intColumn('response_status'))
  responseStatus!: number | null;

  /** The answer's body as sent; null while pending, or when it was too large to keep. */
  @Column(textColumn('response_body'))
  responseBody!: string | null;

  @Column(instantColumn('created_at'))
  createdAt!: Date;

  @Column(instantColumn('expires_at'))
  expiresAt!: Date;
}
