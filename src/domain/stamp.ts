import { randomUUID } from 'node:crypto';

/**
 * A new concurrency stamp (`updatedAtMt`, `Order.updatedAt`): the write's instant plus a random
 * suffix, so two writes in the same millisecond still get different stamps. Clients treat it
 * as opaque: read it, send it back.
 */
export function newStamp(now: Date = new Date()): string {
  // A v4 UUID's first 8 hex digits are random: the same 32 bits as randomBytes(4), from the
  // entropy node caches for randomUUID instead of a new buffer and a call into OpenSSL per write.
  return `${now.toISOString()}~${randomUUID().slice(0, 8)}`;
}
