import type { Actor } from '../context/actor';
import type { RowSource } from '../context/relation';
import { selectByIds, selectByReferences, selectEntities } from '../database/entity-statements';
import { DbScope, placeholders, ReadSide } from '../database/statements';
import { Employee, User } from '../database/entities';

/** What makes a user staff: an employee record, and whether it is a photographer's. */
export interface StaffRecord {
  userId: number;
  photographer: boolean;
}

/**
 * The one door to users as the domain sees them (appointments' photographers and responsible
 * employees). Users are reached only through a visible appointment: staff see them whole; other
 * roles see their id, reference and name, and an email only of themselves.
 */
export class UserRepository {
  /** Row rule: the user as the actor may see them (never hidden: the appointment was visible). */
  see(actor: Actor, row: User): User {
    if (actor.customerIds === null || row.id === actor.userId || row.email === null) return row;
    return Object.assign(new User(), row, { email: null });
  }

  /** Users by id as the actor may see them (null where missing): one statement. */
  async byIds(scope: DbScope & { actor: Actor }, side: ReadSide, ids: readonly number[]): Promise<(User | null)[]> {
    return (await selectByIds(scope, side, User, ids)).map((row) => row && this.see(scope.actor, row));
  }

  /** The ids of the users with these references (byte for byte), in their order (null where there is none): one statement. */
  async idsByReference(scope: DbScope & { actor: Actor }, side: ReadSide, references: readonly string[]): Promise<(number | null)[]> {
    return (await selectByReferences(scope, side, User, references)).map((row) => row?.id ?? null);
  }

  /** The staff records of these users (users without one are left out): one statement. */
  async staffOf(scope: DbScope, side: ReadSide, userIds: readonly number[]): Promise<Map<number, StaffRecord>> {
    if (userIds.length === 0) return new Map();
    const rows = await selectEntities(scope, side, Employee, `x.user_id IN (${placeholders(userIds.length)})`, [...userIds]);
    return new Map(rows.map((e) => [e.userId, { userId: e.userId, photographer: e.photographer }]));
  }

  readonly rows: RowSource<User> = {
    entity: User,
    byIds: (ctx, ids) => this.byIds(ctx, ctx.readSide, ids),
    see: (actor, row) => this.see(actor, row),
  };
}
