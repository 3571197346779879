import type { DbScope } from '../database/statements';
import { createSession, TokenError } from './token.service';

/** The demo employee the development token signs in as. */
export const DEV_USER_REFERENCE = 'emp-00';

/**
 * A fresh remember-me session for the demo employee, for `npm start` on the embedded default:
 * printed once at start and filled into Apollo Sandbox. Null when the demo data is absent.
 */
export async function devSession(
  db: DbScope['db'],
): Promise<{ token: string; headers: Record<string, string>; description: string } | null> {
  let token: string;
  try {
    ({ token } = await createSession(db, { userReference: DEV_USER_REFERENCE, application: 'planox2', rememberMe: true }));
  } catch (err) {
    if (err instanceof TokenError) return null; // no demo data
    throw err;
  }
  return {
    token,
    headers: { Authorization: `Bearer ${token}`, 'X-Application': 'planox2' },
    description: `employee ${DEV_USER_REFERENCE} in planox2, remember me`,
  };
}
