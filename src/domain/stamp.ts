import { randomBytes } from 'node:crypto';

/**
 * A new concurrency stamp (`updatedAtMt`, `Order.updatedAt`): the write's instant plus a random
 * suffix, so two writes in the same millisecond still get different stamps. Clients treat it
 * as opaque: read it, send it back.
 */
export function newStamp(now: Date = new Date()): string {
  return `${now.toISOString()}~${randomBytes(4).toString('hex')}`;
}
