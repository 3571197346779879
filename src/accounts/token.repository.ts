import type { DataSource } from 'typeorm';
import { entitySelect } from '../database/entity-select';
import { insertEntity, selectEntities, selectEntity, updateEntities } from '../database/entity-statements';
import { DbScope, select } from '../database/statements';
import { ApplicationToken, Session, User } from '../database/entities';

/** Marks the statements authentication issues (the test harness counts them apart). */
export const AUTH_SQL_COMMENT = 'auth';

export type TokenKind = 'session' | 'application';

/** A session found by its token, with its user and the records that give the user roles. */
export interface SessionWithRecords {
  session: Session & { user: User };
  employee: boolean;
  /** The customer of the user's client record, if any. */
  clientCustomerId: number | null;
  liaison: boolean;
  /** The customers of the user's liaison record. */
  liaisonCustomerIds: number[];
}

/** The statement that finds a session by its token's hash, built once per DataSource. */
const sessionStatements = new WeakMap<DataSource, string>();

function sessionSql(db: DataSource): string {
  let sql = sessionStatements.get(db);
  if (!sql) {
    const s = entitySelect(db, Session, 's');
    const u = entitySelect(db, User, 'u');
    sql = `/* ${AUTH_SQL_COMMENT} */ SELECT ${s.columns}, ${u.columns}, e.id AS employee_id, c.customer_id AS client_customer_id,
      l.id AS liaison_id, lc.customer_id AS liaison_customer_id
      FROM ${s.from} INNER JOIN ${u.from} ON u.id = s.user_id
      LEFT JOIN employees e ON e.user_id = u.id LEFT JOIN clients c ON c.user_id = u.id
      LEFT JOIN liaisons l ON l.user_id = u.id LEFT JOIN liaison_customers lc ON lc.liaison_id = l.id
      WHERE s.token_hash = ?`;
    sessionStatements.set(db, sql);
  }
  return sql;
}

const TABLES: Record<TokenKind, new () => Session | ApplicationToken> = { session: Session, application: ApplicationToken };

/**
 * The one door to sessions, application tokens and the users they sign in. Tokens are looked up
 * by their hash only; authentication always reads the primary (a revoked token stops at once).
 */
export class TokenRepository {
  /** The application token with this hash, or null. */
  async applicationToken(scope: DbScope, tokenHash: string): Promise<ApplicationToken | null> {
    const t = entitySelect(scope.db, ApplicationToken, 't');
    const [raw] = await select(
      scope,
      'primary',
      `/* ${AUTH_SQL_COMMENT} */ SELECT ${t.columns} FROM ${t.from} WHERE t.token_hash = ?`,
      [tokenHash],
      { prepared: true },
    );
    return raw ? t.map(raw) : null;
  }

  /** The session with this hash, its user and the user's role records, in one statement; or null. */
  async session(scope: DbScope, tokenHash: string): Promise<SessionWithRecords | null> {
    // One row per customer of a liaison.
    const raw = await select(scope, 'primary', sessionSql(scope.db), [tokenHash], { prepared: true });
    if (!raw.length) return null;
    const session = entitySelect(scope.db, Session, 's').map(raw[0]) as Session & { user: User };
    session.user = entitySelect(scope.db, User, 'u').map(raw[0]);
    const first = raw[0];
    return {
      session,
      employee: first.employee_id != null,
      clientCustomerId: first.client_customer_id != null ? Number(first.client_customer_id) : null,
      liaison: first.liaison_id != null,
      liaisonCustomerIds: [
        ...new Set(
          raw
            .map((r) => r.liaison_customer_id)
            .filter((id) => id != null)
            .map(Number),
        ),
      ],
    };
  }

  /**
   * Records a use of a token unless one was recorded since `threshold`: a conditional UPDATE,
   * so it needs no per-process state and several gateway instances agree. True when written.
   */
  async touch(scope: DbScope, kind: TokenKind, id: number, now: Date, threshold: Date): Promise<boolean> {
    const stale = kind === 'session' ? 'last_used_at < ?' : '(last_used_at IS NULL OR last_used_at < ?)';
    const changed = await updateEntities(
      scope,
      TABLES[kind],
      { lastUsedAt: now },
      `id = ? AND ${stale}`,
      [id, threshold],
      AUTH_SQL_COMMENT,
    );
    return changed > 0;
  }

  /** The user with this reference, or null. */
  userByReference(scope: DbScope, reference: string): Promise<User | null> {
    return selectEntity(scope, 'primary', User, 'reference', reference);
  }

  /** Stores a new session; its id. */
  addSession(scope: DbScope, session: Omit<Session, 'id' | 'user'>): Promise<number> {
    return insertEntity(scope, Session, session);
  }

  /** Stores a new application token; its id. */
  addApplicationToken(scope: DbScope, record: Omit<ApplicationToken, 'id'>): Promise<number> {
    return insertEntity(scope, ApplicationToken, record);
  }

  /** Revokes the live token of this kind with this hash; false when unknown or revoked already. */
  async revokeByHash(scope: DbScope, kind: TokenKind, tokenHash: string, now: Date): Promise<boolean> {
    return (await updateEntities(scope, TABLES[kind], { revokedAt: now }, 'token_hash = ? AND revoked_at IS NULL', [tokenHash])) > 0;
  }

  /** Revokes the live token of this kind with this id; false when unknown or revoked already. */
  async revokeById(scope: DbScope, kind: TokenKind, id: number, now: Date): Promise<boolean> {
    return (await updateEntities(scope, TABLES[kind], { revokedAt: now }, 'id = ? AND revoked_at IS NULL', [id])) > 0;
  }

  /** Every session (with its user) and application token, by id. */
  async all(scope: DbScope): Promise<{ sessions: (Session & { user: User | null })[]; applicationTokens: ApplicationToken[] }> {
    const sessions = await selectEntities(scope, 'primary', Session, '1 = 1', [], { orderBy: 'x.id ASC' });
    const users = new Map((await selectEntities(scope, 'primary', User, '1 = 1', [])).map((u) => [u.id, u]));
    return {
      sessions: sessions.map((s) => Object.assign(s, { user: users.get(s.userId) ?? null })),
      applicationTokens: await selectEntities(scope, 'primary', ApplicationToken, '1 = 1', [], { orderBy: 'x.id ASC' }),
    };
  }
}
