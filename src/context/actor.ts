/** The roles a request can act in (see the permissions table in the README). */
export type Role = 'employee' | 'liaison' | 'client' | 'system';

/** The session a request was made with, as the client may see it (never the token or its hash). */
export interface ActorSession {
  id: number;
  createdAt: Date;
  lastUsedAt: Date;
  rememberMe: boolean;
  /** The application the session was created for, if any. */
  application: string | null;
  /** When it stops being accepted; null with remember_me. */
  expiresAt: Date | null;
  user: { id: number; reference: string; name: string; email: string | null };
}

/**
 * Who a request acts as: the user (if a session) and the application, and the role that
 * application picks for them. Audit columns (createdBy/updatedBy/...In) come from here only.
 */
export interface Actor {
  role: Role;
  userId: number | null;
  /** The user's reference for a session, `app:<name>` for an application token; audit columns use it. */
  userReference: string | null;
  /** The application slug the request acts in. */
  application: string | null;
  /** Customers whose rows the actor may see; null means every customer (employees). */
  customerIds: number[] | null;
  /** The session, when the request came with a session token (absent for application tokens and the system). */
  session?: ActorSession | null;
}

/** The actor of work the gateway does for itself (seeding, CLI). */
export const SYSTEM_ACTOR: Actor = {
  role: 'system',
  userId: null,
  userReference: 'system',
  application: 'gateway',
  customerIds: null,
};
