import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Actor } from './actor';
import type { Loaders } from './loaders';

/** Everything one request needs, built per request: nothing here is shared between callers. */
export interface RequestContext {
  requestId: string;
  log: Logger;
  db: DataSource;
  loaders: Loaders;
  actor: Actor;
}
