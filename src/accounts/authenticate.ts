import type { IncomingHttpHeaders } from 'node:http';
import type { Actor, ActorSession } from '../context/actor';
import type { DbScope } from '../database/statements';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import { APPLICATIONS, ApplicationSlug, DEFAULT_APPLICATION, isApplication } from './applications';
import { authError } from './auth-error';
import { hasAnyRecord, isApplicationTokenRole, roleFor, UserRecords } from './roles';
import { tokenKind } from './token-hash';
import {
  findApplicationToken,
  findSession,
  SESSION_MAX_AGE_MS,
  SESSION_MAX_IDLE_MS,
  sessionExpiresAt,
  touchToken,
  TOUCH_INTERVAL_MS,
} from './token.service';

const BEARER = /^Bearer\s+(\S{1,200})\s*$/i;

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const m = BEARER.exec(headers.authorization ?? '');
  return m ? m[1] : null;
}

/** The application the request names; an unknown name is the caller's mistake (invalid-param). */
function requestedApplication(headers: IncomingHttpHeaders): ApplicationSlug | null {
  const raw = headers['x-application'];
  if (raw === undefined || raw === '') return null;
  if (!isApplication(raw)) {
    throw authError(ErrorCode.InvalidParam, `X-Application must be one of ${Object.keys(APPLICATIONS).join(', ')}.`, {
      params: ['X-Application'],
    });
  }
  return raw;
}

function invalidToken(message = 'The token is unknown or has been revoked.') {
  return authError(ErrorCode.InvalidToken, message);
}

/** The session as a client may see it: in `extensions.session` of client-required, and in `viewer`. */
export function sessionForClient(s: ActorSession): Record<string, unknown> {
  return {
    id: String(s.id),
    createdAt: s.createdAt.toISOString(),
    lastUsedAt: s.lastUsedAt.toISOString(),
    rememberMe: s.rememberMe,
    application: s.application,
    expiresAt: s.expiresAt?.toISOString() ?? null,
    user: { id: String(s.user.id), reference: s.user.reference, name: s.user.name },
  };
}

/**
 * A failed auth query, without the driver's error: that carries the bound parameters and the
 * interpolated SQL, i.e. the token's hash, which must never reach a log line. Its code and
 * `fatal` stay, so that a database that did not answer is still told apart (unavailable.ts); a
 * catalog error (the request's deadline) passes as it is.
 */
async function scrubbed<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof DomainError) throw err;
    const e = err as { code?: unknown; fatal?: unknown; name?: unknown; driverError?: { code?: unknown; fatal?: unknown } } | null;
    const code = e?.code ?? e?.driverError?.code;
    const fatal = e?.fatal === true || e?.driverError?.fatal === true;
    const scrubbedError = new Error(`the authentication query failed (${typeof code === 'string' ? code : String(e?.name ?? 'unknown')})`);
    throw Object.assign(scrubbedError, typeof code === 'string' ? { code } : {}, fatal ? { fatal } : {});
  }
}

/**
 * Who the request acts as, from its Authorization and X-Application headers; throws the
 * catalog's invalid-token, session-expired, client-required, permission-denied or invalid-param.
 */
export async function authenticate(db: DbScope, headers: IncomingHttpHeaders, now: Date): Promise<Actor> {
  const application = requestedApplication(headers);
  const token = bearerToken(headers);
  if (!token) throw invalidToken('An authentication token is required: send Authorization: Bearer <token>.');
  const kind = tokenKind(token);
  if (kind === 'application') return authenticateApplication(db, token, application, now);
  if (kind === 'session') return authenticateSession(db, token, application, now);
  throw invalidToken();
}

async function authenticateApplication(db: DbScope, token: string, requested: ApplicationSlug | null, now: Date): Promise<Actor> {
  const record = await scrubbed(findApplicationToken(db, token));
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
    role: record.role,
    userId: null,
    userReference: `app:${record.name}`,
    application: record.application,
    customerIds: null,
    session: null,
  };
}

async function authenticateSession(db: DbScope, token: string, requested: ApplicationSlug | null, now: Date): Promise<Actor> {
  // One statement: the session, its user, the user's records and a liaison's customers.
  const found = await scrubbed(findSession(db, token));
  const session = found?.session;
  if (!found || !session || session.revokedAt) throw invalidToken();
  if (!session.rememberMe) {
    if (now.getTime() - session.createdAt.getTime() > SESSION_MAX_AGE_MS) {
      throw authError(ErrorCode.SessionExpired, 'The session is older than seven days: sign in again.');
    }
    if (now.getTime() - session.lastUsedAt.getTime() > SESSION_MAX_IDLE_MS) {
      throw authError(ErrorCode.SessionExpired, 'The session has not been used for 72 hours: sign in again.');
    }
  }
  if (now.getTime() - session.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS && (await touchToken(db, 'session', session.id, now))) {
    session.lastUsedAt = now;
  }
  const user = session.user;
  const view: ActorSession = {
    id: session.id,
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    rememberMe: session.rememberMe,
    application: session.application,
    expiresAt: sessionExpiresAt(session),
    user: { id: user.id, reference: user.reference, name: user.name, email: user.email },
  };
  const records: UserRecords = { employee: found.employee, client: found.clientCustomerId !== null, liaison: found.liaison };
  if (!hasAnyRecord(records)) {
    throw authError(ErrorCode.ClientRequired, 'The user has no client, employee or liaison record: register as a client first.', {
      session: sessionForClient(view),
    });
  }
  const application = requested ?? (isApplication(session.application) ? session.application : DEFAULT_APPLICATION);
  const role = roleFor(application, records);
  if (!role) {
    throw authError(ErrorCode.PermissionDenied, `${user.reference} has no role in ${application}.`);
  }
  const customerIds = role === 'employee' ? null : role === 'client' ? [found.clientCustomerId!] : found.liaisonCustomerIds;
  return { role, userId: user.id, userReference: user.reference, application, customerIds, session: view };
}
