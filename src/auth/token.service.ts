import type { DataSource } from 'typeorm';
import { ApplicationToken } from '../entities/application-token.entity';
import { Session } from '../entities/session.entity';
import { User } from '../entities/user.entity';
import type { ApplicationSlug } from './applications';
import type { UserRole } from './roles';
import { hashToken, newToken, TokenKind, tokenKind } from './token-hash';

/** A session expires this long after it was created, unless remember_me. */
export const SESSION_MAX_AGE_MS = 7 * 24 * 3600_000;
/** A session expires after this long unused, unless remember_me. */
export const SESSION_MAX_IDLE_MS = 72 * 3600_000;
/** last_used_at is written at most this often per token, so a busy client does not cost a write per request. */
export const TOUCH_INTERVAL_MS = 60_000;

/** Marks the statements the auth layer issues (the test harness counts them apart). */
export const AUTH_SQL_COMMENT = 'auth';

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
  db: DataSource,
  opts: { userReference: string; application: ApplicationSlug | null; rememberMe?: boolean; now?: Date },
): Promise<{ token: string; session: Session }> {
  const user = await db.getRepository(User).findOneBy({ reference: opts.userReference });
  if (!user) throw new TokenError(`There is no user with the reference ${opts.userReference}.`);
  const now = opts.now ?? new Date();
  const token = newToken('session');
  const session = await db.getRepository(Session).save(db.getRepository(Session).create({
    userId: user.id, tokenHash: hashToken(token), application: opts.application, rememberMe: opts.rememberMe ?? false,
    createdAt: now, lastUsedAt: now, revokedAt: null,
  }));
  session.user = user;
  return { token, session };
}

/** An application's own token, acting in `role` for `application`. Returned once, stored as its hash. */
export async function createApplicationToken(
  db: DataSource,
  opts: { application: ApplicationSlug; name: string; role: UserRole; now?: Date },
): Promise<{ token: string; record: ApplicationToken }> {
  const token = newToken('application');
  const record = await db.getRepository(ApplicationToken).save(db.getRepository(ApplicationToken).create({
    application: opts.application, name: opts.name, role: opts.role, tokenHash: hashToken(token),
    createdAt: opts.now ?? new Date(), lastUsedAt: null, revokedAt: null,
  }));
  return { token, record };
}

/** Revokes the token given in full. False when it is unknown or was revoked already. */
export async function revokeToken(db: DataSource, token: string, now = new Date()): Promise<boolean> {
  const kind = tokenKind(token);
  if (!kind) return false;
  const entity = kind === 'session' ? Session : ApplicationToken;
  const result = await db.createQueryBuilder().update(entity).set({ revokedAt: now })
    .where('token_hash = :hash AND revoked_at IS NULL', { hash: hashToken(token) }).execute();
  return (result.affected ?? 0) > 0;
}

/** Revokes a token by its kind and id (as `list` shows them). False when unknown or revoked already. */
export async function revokeTokenById(db: DataSource, kind: TokenKind, id: number, now = new Date()): Promise<boolean> {
  const entity = kind === 'session' ? Session : ApplicationToken;
  const result = await db.createQueryBuilder().update(entity).set({ revokedAt: now })
    .where('id = :id AND revoked_at IS NULL', { id }).execute();
  return (result.affected ?? 0) > 0;
}

export async function listTokens(db: DataSource): Promise<TokenSummary[]> {
  const sessions = await db.getRepository(Session).find({ relations: { user: true }, order: { id: 'ASC' } });
  const apps = await db.getRepository(ApplicationToken).find({ order: { id: 'ASC' } });
  return [
    ...sessions.map((s): TokenSummary => ({
      kind: 'session', id: s.id, application: s.application, owner: s.user?.reference ?? String(s.userId), role: null,
      rememberMe: s.rememberMe, createdAt: s.createdAt, lastUsedAt: s.lastUsedAt, revokedAt: s.revokedAt,
    })),
    ...apps.map((a): TokenSummary => ({
      kind: 'application', id: a.id, application: a.application, owner: a.name, role: a.role,
      rememberMe: false, createdAt: a.createdAt, lastUsedAt: a.lastUsedAt, revokedAt: a.revokedAt,
    })),
  ];
}

/**
 * Records a use of the token, at most once per TOUCH_INTERVAL_MS: a conditional UPDATE, so it
 * needs no per-process state and several gateway instances agree. True when a row was written.
 */
export async function touchToken(db: DataSource, kind: TokenKind, id: number, now: Date): Promise<boolean> {
  const threshold = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  const entity = kind === 'session' ? Session : ApplicationToken;
  const stale = kind === 'session' ? 'last_used_at < :threshold' : '(last_used_at IS NULL OR last_used_at < :threshold)';
  const result = await db.createQueryBuilder().update(entity).set({ lastUsedAt: now })
    .where(`id = :id AND ${stale}`, { id, threshold }).comment(AUTH_SQL_COMMENT).execute();
  return (result.affected ?? 0) > 0;
}
