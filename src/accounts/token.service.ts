import { AUTH_SQL_COMMENT, TokenRepository } from './token.repository';
import type { DbScope } from '../database/statements';
import type { ApplicationToken } from './application-token.entity';
import type { Session } from './session.entity';
import type { ApplicationSlug } from './applications';
import type { UserRole } from './roles';
import { hashToken, newToken, TokenKind, tokenKind } from './token-hash';

/** A session expires this long after it was created, unless remember_me. */
export const SESSION_MAX_AGE_MS = 7 * 24 * 3600_000;
/** A session expires after this long unused, unless remember_me. */
export const SESSION_MAX_IDLE_MS = 72 * 3600_000;
/** last_used_at is written at most this often per token, so a busy client does not cost a write per request. */
export const TOUCH_INTERVAL_MS = 60_000;

export { AUTH_SQL_COMMENT };

// Stateless: the CLI, the dev session and the tests sign in through the same door as requests.
const tokens = new TokenRepository();

export class TokenError extends Error {}

/** One token as listed by the CLI: never the token, never its hash. */
export interface TokenSummary {
  kind: TokenKind;
  id: number;
  application: string | null;
  /** The user's reference for a session, the token's name for an application token. */
  owner: string;
  role: string | null;
  rememberMe: boolean;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** When a session stops being accepted, or null if it never expires (remember_me). */
export function sessionExpiresAt(s: Pick<Session, 'rememberMe' | 'createdAt' | 'lastUsedAt'>): Date | null {
  if (s.rememberMe) return null;
  return new Date(Math.min(s.createdAt.getTime() + SESSION_MAX_AGE_MS, s.lastUsedAt.getTime() + SESSION_MAX_IDLE_MS));
}

/** Signs a user in: a new session whose token is returned once and stored only as its hash. */
export async function createSession(
  db: DbScope['db'],
  opts: { userReference: string; application: ApplicationSlug | null; rememberMe?: boolean; now?: Date },
): Promise<{ token: string; session: Session }> {
  const user = await tokens.userByReference({ db }, opts.userReference);
  if (!user) throw new TokenError(`There is no user with the reference ${opts.userReference}.`);
  const now = opts.now ?? new Date();
  const token = newToken('session');
  const fields = {
    userId: user.id,
    tokenHash: hashToken(token),
    application: opts.application,
    rememberMe: opts.rememberMe ?? false,
    createdAt: now,
    lastUsedAt: now,
    revokedAt: null,
  };
  const id = await tokens.addSession({ db }, fields);
  return { token, session: Object.assign({} as Session, fields, { id, user }) };
}

/** An application's own token, acting in `role` for `application`. Returned once, stored as its hash. */
export async function createApplicationToken(
  db: DbScope['db'],
  opts: { application: ApplicationSlug; name: string; role: UserRole; now?: Date },
): Promise<{ token: string; record: ApplicationToken }> {
  const token = newToken('application');
  const fields = {
    application: opts.application,
    name: opts.name,
    role: opts.role,
    tokenHash: hashToken(token),
    createdAt: opts.now ?? new Date(),
    lastUsedAt: null,
    revokedAt: null,
  };
  const id = await tokens.addApplicationToken({ db }, fields);
  return { token, record: Object.assign({} as ApplicationToken, fields, { id }) };
}

/** Revokes the token given in full. False when it is unknown or was revoked already. */
export async function revokeToken(db: DbScope['db'], token: string, now = new Date()): Promise<boolean> {
  const kind = tokenKind(token);
  return kind ? tokens.revokeByHash({ db }, kind, hashToken(token), now) : false;
}

/** Revokes a token by its kind and id (as `list` shows them). False when unknown or revoked already. */
export function revokeTokenById(db: DbScope['db'], kind: TokenKind, id: number, now = new Date()): Promise<boolean> {
  return tokens.revokeById({ db }, kind, id, now);
}

export async function listTokens(db: DbScope['db']): Promise<TokenSummary[]> {
  const { sessions, applicationTokens } = await tokens.all({ db });
  return [
    ...sessions.map((s): TokenSummary => ({
      kind: 'session',
      id: s.id,
      application: s.application,
      owner: s.user?.reference ?? String(s.userId),
      role: null,
      rememberMe: s.rememberMe,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      revokedAt: s.revokedAt,
    })),
    ...applicationTokens.map((a): TokenSummary => ({
      kind: 'application',
      id: a.id,
      application: a.application,
      owner: a.name,
      role: a.role,
      rememberMe: false,
      createdAt: a.createdAt,
      lastUsedAt: a.lastUsedAt,
      revokedAt: a.revokedAt,
    })),
  ];
}

/**
 * Records a use of the token, at most once per TOUCH_INTERVAL_MS: a conditional UPDATE, so it
 * needs no per-process state and several gateway instances agree. True when a row was written.
 */
export function touchToken(scope: DbScope, kind: TokenKind, id: number, now: Date): Promise<boolean> {
  return tokens.touch(scope, kind, id, now, new Date(now.getTime() - TOUCH_INTERVAL_MS));
}

/** The application token with this token's hash, or null. */
export function findApplicationToken(scope: DbScope, token: string) {
  return tokens.applicationToken(scope, hashToken(token));
}

/** The session with this token's hash, with its user and role records, or null. */
export function findSession(scope: DbScope, token: string) {
  return tokens.session(scope, hashToken(token));
}
