import type { Logger } from 'pino';
import type { DbScope, ReadSide } from '../database/statements';
import type { Actor } from './actor';
import type { Loaders } from './loaders';

/**
 * Everything one request needs, built per request: nothing here is shared between callers.
 * Its DbScope part (`db`, `replica`, `tx`) is what repositories are called with.
 */
export interface RequestContext extends DbScope {
  requestId: string;
  log: Logger;
  actor: Actor;
  /**
   * Where this operation's reads go: `replica` for a query operation (a healthy replica when one
   * is configured), `primary` for a mutation, so that everything it reads sees its own writes.
   */
  readSide: ReadSide;
  /** The request's relation loaders (built from the relations the features declare). */
  loaders: Loaders;
}
