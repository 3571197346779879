import type { ApplicationSlug } from './applications';

/** The roles a person can act in over the API (`system` is the gateway's own, never a request's). */
export type UserRole = 'employee' | 'liaison' | 'client';

/** Which records a user has: each one makes a role possible. */
export interface UserRecords {
  employee: boolean;
  liaison: boolean;
  client: boolean;
}

/*
 * The application a request names picks, among the roles the user's records allow, the one it
 * acts in: the first role of the application's list that the user has. None fits → permission-denied.
 *
 * | application | what it is        | role, in order of preference   |
 * |-------------|-------------------|--------------------------------|
 * | planox2     | staff scheduler   | employee                       |
 * | planoorder  | ordering portal   | liaison, client                |
 * | planoauth   | accounts          | employee, liaison, client      |
 */
export const ROLES_BY_APPLICATION: Record<ApplicationSlug, readonly UserRole[]> = {
  planox2: ['employee'],
  planoorder: ['liaison', 'client'],
  planoauth: ['employee', 'liaison', 'client'],
};

/** The role a user with `records` acts in within `application`, or null when none fits. */
export function roleFor(application: ApplicationSlug, records: UserRecords): UserRole | null {
  return ROLES_BY_APPLICATION[application].find((role) => records[role]) ?? null;
}

export function hasAnyRecord(records: UserRecords): boolean {
  return records.employee || records.liaison || records.client;
}

/**
 * The roles an application token may be configured with. Only `employee`: a liaison or client
 * role needs a customer scope, which belongs to a user, not to an application.
 */
export const APPLICATION_TOKEN_ROLES: readonly UserRole[] = ['employee'];

export function isApplicationTokenRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (APPLICATION_TOKEN_ROLES as readonly string[]).includes(value);
}
