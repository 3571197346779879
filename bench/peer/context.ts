import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AuthChecker } from 'type-graphql';
import { dataSource } from './data-source';
import { createLoaders, Loaders } from './loaders';
import { Session } from './session';
import type { User } from './user';

/** What every resolver of a request gets: the signed-in staff user (or null) and the request's loaders. */
export interface Context {
  user: User | null;
  loaders: Loaders;
}

/** The request's context: the bearer token's session, read in one statement with its user and employee record. */
export async function createContext({ req }: { req: IncomingMessage }): Promise<Context> {
  return { user: await staffUser(req.headers.authorization), loaders: createLoaders() };
}

async function staffUser(authorization: string | undefined): Promise<User | null> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return null;
  const session = await dataSource
    .getRepository(Session)
    .createQueryBuilder('session')
    .innerJoinAndSelect('session.user', 'user')
    .leftJoinAndSelect('user.employee', 'employee')
    .where('session.tokenHash = :hash', { hash: createHash('sha256').update(token).digest('hex') })
    .getOne();
  if (!session || session.revokedAt) return null;
  // Like the baseline, the peer serves staff only: they see every appointment, so no row rules follow.
  return session.user.employee ? session.user : null;
}

/** @Authorized(): a request without a valid staff session is refused. */
export const authChecker: AuthChecker<Context> = ({ context }) => context.user !== null;
