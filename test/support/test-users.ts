import type { DataSource } from 'typeorm';
import { createApplicationToken, createSession } from '../../src/accounts/token.service';
import type { ApplicationSlug } from '../../src/accounts/applications';
import { Client, Employee, Liaison, User } from '../../src/database/entities';

export type TestUserRecord = 'employee' | 'client' | 'liaison' | 'none';

/** Creates a user with one record: an employee, a client of `customerIds[0]`, or a liaison of `customerIds`. */
export async function createTestUser(
  db: DataSource,
  opts: { reference: string; name?: string; record: TestUserRecord; customerIds?: number[]; createdAt?: Date },
): Promise<User> {
  const user = await db.getRepository(User).save(
    db.getRepository(User).create({
      reference: opts.reference,
      name: opts.name ?? opts.reference,
      email: null,
      createdAt: opts.createdAt ?? new Date(),
    }),
  );
  const customers = opts.customerIds ?? [];
  if (opts.record === 'employee') {
    await db.getRepository(Employee).save({ userId: user.id, photographer: false, title: null });
  } else if (opts.record === 'client') {
    if (customers.length !== 1) throw new Error('a test client needs exactly one customer id');
    await db.getRepository(Client).save({ userId: user.id, customerId: customers[0] });
  } else if (opts.record === 'liaison') {
    const liaison = await db.getRepository(Liaison).save({ userId: user.id });
    if (customers.length) {
      await db
        .createQueryBuilder()
        .insert()
        .into('liaison_customers')
        .values(customers.map((customerId) => ({ liaison_id: liaison.id, customer_id: customerId })))
        .execute();
    }
  }
  return user;
}

export interface SessionOptions {
  application?: ApplicationSlug | null;
  rememberMe?: boolean;
  /** When the session was created (and last used); defaults to the gateway's clock. */
  at?: Date;
}

export async function createTestSession(db: DataSource, userReference: string, opts: SessionOptions, now: Date): Promise<string> {
  const { token } = await createSession(db, {
    userReference,
    application: opts.application === undefined ? null : opts.application,
    rememberMe: opts.rememberMe ?? false,
    now: opts.at ?? now,
  });
  return token;
}

export async function createTestAppToken(
  db: DataSource,
  opts: { application?: ApplicationSlug; name?: string },
  now: Date,
): Promise<string> {
  const { token } = await createApplicationToken(db, {
    application: opts.application ?? 'planox2',
    name: opts.name ?? 'test-app',
    role: 'employee',
    now,
  });
  return token;
}
