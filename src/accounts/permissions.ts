import type { Actor, Role } from '../context/actor';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';

/*
 * The one place that says who may do what (the README's permissions table mirrors it).
 *
 * | role     | appointments                               | orders                 | customers, contacts    | categories, photographers  | availability |
 * |----------|--------------------------------------------|------------------------|------------------------|----------------------------|--------------|
 * | employee | read, create, update, delete: every row    | read, sign off: every  | read: every            | read: every                | read         |
 * | liaison  | read, update: rows of their customers      | read: their customers' | read: their customers  | read: every (users masked) | read         |
 * | client   | read: rows of their own customer           | read: their customer's | read: their customer   | read: every (users masked) | read         |
 * | system   | everything (the gateway's own work, CLI)   | everything             | everything             | everything                 | read         |
 *
 * Availability (photographers' busy times and free slots) is for every role, since clients and
 * liaisons book shoots too; a busy time carries its appointment's id only where the row rules
 * let the caller see that appointment.
 *
 * Row rules: an actor with a customer scope sees only rows whose customer_id is in it; a row
 * outside the scope behaves exactly like a row that does not exist (`not-found`).
 */

export type Action =
  | 'appointment:read'
  | 'appointment:create'
  | 'appointment:update'
  | 'appointment:delete'
  | 'order:read'
  | 'order:sign-off'
  | 'customer:read'
  | 'category:read'
  | 'photographer:read'
  | 'availability:read';

/**
 * What every role reads: appointment categories, photographers (a client books shoots with them)
 * and their availability.
 */
const REFERENCE_READS: Action[] = ['category:read', 'photographer:read', 'availability:read'];

const GRANTS: Record<Role, ReadonlySet<Action>> = {
  system: new Set<Action>([
    'appointment:read',
    'appointment:create',
    'appointment:update',
    'appointment:delete',
    'order:read',
    'order:sign-off',
    'customer:read',
    ...REFERENCE_READS,
  ]),
  employee: new Set<Action>([
    'appointment:read',
    'appointment:create',
    'appointment:update',
    'appointment:delete',
    'order:read',
    'order:sign-off',
    'customer:read',
    ...REFERENCE_READS,
  ]),
  liaison: new Set<Action>(['appointment:read', 'appointment:update', 'order:read', 'customer:read', ...REFERENCE_READS]),
  client: new Set<Action>(['appointment:read', 'order:read', 'customer:read', ...REFERENCE_READS]),
};

export function can(actor: Actor, action: Action): boolean {
  return GRANTS[actor.role].has(action);
}

/** Throws `permission-denied` unless the actor's role may do `action`. */
export function assertCan(actor: Actor, action: Action): void {
  if (!can(actor, action)) {
    throw new DomainError(ErrorCode.PermissionDenied, `The ${actor.role} role may not ${action.replace(':', ' ')}.`);
  }
}

/** True when a row owned by `customerId` is visible to the actor (rows with no customer: staff only). */
export function canSeeCustomer(actor: Actor, customerId: number | null | undefined): boolean {
  const scope = actor.customerIds;
  if (scope === null) return true;
  return customerId != null && scope.includes(customerId);
}

/**
 * A SQL condition restricting `column` (e.g. `a.customer_id`) to the actor's scope, with its
 * parameters, for query builders: `qb.andWhere(cond.sql, cond.params)`. Null when unrestricted.
 */
export function customerScopeCondition(actor: Actor, column: string): { sql: string; params: Record<string, unknown> } | null {
  const scope = actor.customerIds;
  if (scope === null) return null;
  if (scope.length === 0) return { sql: '1 = 0', params: {} };
  return { sql: `${column} IN (:...scopeCustomerIds)`, params: { scopeCustomerIds: scope } };
}

/** True for roles that see every customer's rows (employees, application tokens, the system). */
export function seesEveryCustomer(actor: Actor): boolean {
  return actor.customerIds === null;
}
