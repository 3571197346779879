import pino from 'pino';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../src/context/actor';
import { Loaders } from '../../src/context/loaders';
import type { RequestContext } from '../../src/context/request-context';

/** A request context for calling a service straight (no HTTP), as `actor`, on the primary. */
export function serviceContext(db: DataSource, actor: Actor, requestId = 'test'): RequestContext {
  const ctx: RequestContext = {
    requestId,
    log: pino({ level: 'silent' }),
    db,
    replica: db,
    readSide: 'primary',
    actor,
    loaders: new Loaders(() => ctx),
  };
  return ctx;
}
