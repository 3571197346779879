import type { IncomingHttpHeaders } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Actor, ActorSession } from '../context/actor';
import { ApplicationToken } from '../entities/application-token.entity';
import { Session } from '../entities/session.entity';
import { User } from '../entities/user.entity';
import { entitySelect } from '../database/lean-rows';
import { RawRow, readRows } from '../database/raw-statements';
import { ErrorCode } from '../errors/error-code';
import { APPLICATIONS, ApplicationSlug, DEFAULT_APPLICATION, isApplication } from './applications';
import { authError } from './auth-error';
import { hasAnyRecord, isApplicationTokenRole, roleFor, UserRecords } from './roles';
import { hashToken, tokenKind } from './token-hash';
import {
  AUTH_SQL_COMMENT, SESSION_MAX_AGE_MS, SESSION_MAX_IDLE_MS, sessionExpiresAt, touchToken, TOUCH_INTERVAL_MS,
} from './token.service';

const BEARER = /^Bearer\s+(\S{1,200})\s*$/i;

/** The token of `Authorization: Bearer <token>`, or null. */
function bearerToken(headers: IncomingHttpHeaders): string | null {
  const m = BEARER.exec(headers.authorization ?? '');
  return m ? m[1] : null;
}

/** The application the request names; an unknown name is the caller's mistake (invalid-param). */
function requestedApplication(headers: IncomingHttpHeaders): ApplicationSlug | null {
  const raw = headers['x-application'];
  if (raw === undefined || raw === '') return null;
  if (!isApplication(raw)) {
    throw authError(ErrorCode.InvalidParam,
      `X-Application must be one of ${Object.keys(APPLICATIONS).join(', ')}.`, { params: ['X-Application'] });
  }
  return raw;
}

function invalidToken(message = 'The token is unknown or has been revoked.') {
  return authError(ErrorCode.InvalidToken, message);
}

/** The session as a client may see it: in `extensions.session` of client-required, and in `viewer`. */
export function sessionForClient(s: ActorSession): Record<string, unknown> {
  return {
    id: String(s.id), createdAt: s.createdAt.toISOString(), lastUsedAt: s.lastUsedAt.toISOString(),
    rememberMe: s.rememberMe, application: s.application, expiresAt: s.expiresAt?.toISOString() ?? null,
    user: { id: String(s.user.id), reference: s.user.reference, name: s.user.name },
  };
}

/**
 * A failed auth query, without the driver's error: that carries the bound parameters and the
 * interpolated SQL, i.e. the token's hash, which must never reach a log line.
 */
async function scrubbed<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    const code = (err as { code?: unknown })?.code ?? (err as { driverError?: { code?: unknown } })?.driverError?.code;
    throw new Error(`the authentication query failed (${typeof code === 'string' ? code : (err as Error)?.name ?? 'unknown'})`);
  }
}

/**
 * Who the request acts as, from its Authorization and X-Application headers; throws the
 * catalog's invalid-token, session-expired, client-required, permission-denied or invalid-param.
 */
export async function authenticate(db: DataSource, headers: IncomingHttpHeaders, now: Date): Promise<Actor> {
  const application = requestedApplication(headers);
  const token = bearerToken(headers);
  if (!token) throw invalidToken('An authentication token is required: send Authorization: Bearer <token>.');
  const kind = tokenKind(token);
  if (kind === 'application') return authenticateApplication(db, token, application, now);
  if (kind === 'session') return authenticateSession(db, token, application, now);
  throw invalidToken();
}

async function authenticateApplication(db: DataSource, token: string, requested: ApplicationSlug | null, now: Date): Promise<Actor> {
  const t = entitySelect(db, ApplicationToken, 't');
  const [raw] = await scrubbed(readRows(db, `/* ${AUTH_SQL_COMMENT} */ SELECT ${t.columns} FROM ${t.from} WHERE t.token_hash = ?`,
    [hashToken(token)], { prepared: true }));
  const record = raw ? t.map(raw) : null;
  if (!record || record.revokedAt) throw invalidToken();
  if (requested && requested !== record.application) {
    throw authError(ErrorCode.PermissionDenied, `This application token belongs to ${record.application}, not ${requested}.`);
  }
  if (!isApplicationTokenRole(record.role)) {
    throw authError(ErrorCode.PermissionDenied, `Application tokens may not act as ${record.role}.`);
  }
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
    await touchToken(db, 'application', record.id, now);
  }
  return {
    role: record.role, userId: null, userReference: `app:${record.name}`, application: record.application, customerIds: null, session: null,
  };
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

function sessionOf(db: DataSource, raw: RawRow): Session {
  const session = entitySelect(db, Session, 's').map(raw);
  session.user = entitySelect(db, User, 'u').map(raw);
  return session;
}

async function authenticateSession(db: DataSource, token: string, requested: ApplicationSlug | null, now: Date): Promise<Actor> {
  // One statement: the session, its user, the user's records and a liaison's customers
  // (one row per customer of a liaison).
  const raw = await scrubbed(readRows(db, sessionSql(db), [hashToken(token)], { prepared: true }));
  const session = raw.length ? sessionOf(db, raw[0]) : null;
  if (!session || session.revokedAt) throw invalidToken();
  if (!session.rememberMe) {
    if (now.getTime() - session.createdAt.getTime() > SESSION_MAX_AGE_MS) {
      throw authError(ErrorCode.SessionExpired, 'The session is older than seven days: sign in again.');
    }
    if (now.getTime() - session.lastUsedAt.getTime() > SESSION_MAX_IDLE_MS) {
      throw authError(ErrorCode.SessionExpired, 'The session has not been used for 72 hours: sign in again.');
    }
  }
  if (now.getTime() - session.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS && await touchToken(db, 'session', session.id, now)) {
    session.lastUsedAt = now;
  }
  const user = session.user!;
  const view: ActorSession = {
    id: session.id, createdAt: session.createdAt, lastUsedAt: session.lastUsedAt, rememberMe: session.rememberMe,
    application: session.application, expiresAt: sessionExpiresAt(session),
    user: { id: user.id, reference: user.reference, name: user.name, email: user.email },
  };
  const first = raw[0] ?? {};
  const records: UserRecords = {
    employee: first.employee_id != null, client: first.client_customer_id != null, liaison: first.liaison_id != null,
  };
  if (!hasAnyRecord(records)) {
    throw authError(ErrorCode.ClientRequired,
      'The user has no client, employee or liaison record: register as a client first.', { session: sessionForClient(view) });
  }
  const application = requested ?? (isApplication(session.application) ? session.application : DEFAULT_APPLICATION);
  const role = roleFor(application, records);
  if (!role) {
    throw authError(ErrorCode.PermissionDenied, `${user.reference} has no role in ${application}.`);
  }
  const customerIds = role === 'employee' ? null
    : role === 'client' ? [Number(first.client_customer_id)]
    : [...new Set(raw.map((r) => r.liaison_customer_id).filter((id) => id != null).map(Number))];
  return { role, userId: user.id, userReference: user.reference, application, customerIds, session: view };
}
