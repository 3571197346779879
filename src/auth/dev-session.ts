import type { DataSource } from 'typeorm';
import { User } from '../entities/user.entity';
import { createSession } from './token.service';

/** The demo employee the development token signs in as. */
export const DEV_USER_REFERENCE = 'emp-00';

/**
 * A fresh remember-me session for the demo employee, for `npm start` on the embedded default:
 * printed once at start and filled into Apollo Sandbox. Null when the demo data is absent.
 */
export async function devSession(db: DataSource): Promise<{ token: string; headers: Record<string, string>; description: string } | null> {
  if (!(await db.getRepository(User).existsBy({ reference: DEV_USER_REFERENCE }))) return null;
  const { token } = await createSession(db, { userReference: DEV_USER_REFERENCE, application: 'planox2', rememberMe: true });
  return {
    token,
    headers: { Authorization: `Bearer ${token}`, 'X-Application': 'planox2' },
    description: `employee ${DEV_USER_REFERENCE} in planox2, remember me`,
  };
}
