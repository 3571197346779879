/** The applications a request can name in X-Application; each picks the role a user acts in (roles.ts). */
export const APPLICATIONS = {
  planoauth: 'Plano Accounts',
  planoorder: 'Plano Ordering',
  planox2: 'Plano Scheduler',
} as const;

export type ApplicationSlug = keyof typeof APPLICATIONS;

/** The application used when a request names none and its session has none recorded. */
export const DEFAULT_APPLICATION: ApplicationSlug = 'planoauth';

export function isApplication(value: unknown): value is ApplicationSlug {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(APPLICATIONS, value);
}
