/** The roles a request can act in (see the permissions table in the README). */
export type Role = 'employee' | 'liaison' | 'client' | 'system';

/**
 * Who a request acts as: the user (if a session) and the application, and the role that
 * application picks for them. Audit columns (createdBy/updatedBy/...In) come from here only.
 */
export interface Actor {
  role: Role;
  userId: number | null;
  userReference: string | null;
  application: string | null;
  /** Customers whose rows the actor may see; null means every customer (employees). */
  customerIds: number[] | null;
}

/** The actor of work the gateway does for itself (seeding, CLI) and of requests before auth exists. */
export const SYSTEM_ACTOR: Actor = {
  role: 'system', userId: null, userReference: 'system', application: 'gateway', customerIds: null,
};
