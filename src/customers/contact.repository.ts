import { canSeeCustomer } from '../accounts/permissions';
import type { Actor } from '../context/actor';
import type { Batch } from '../context/loaders';
import { entitySelect } from '../database/entity-select';
import { selectByIds, selectEntities } from '../database/entity-statements';
import { DbScope, placeholders, ReadSide, select } from '../database/statements';
import { Contact } from '../database/entities';
import { RELATION_LIST_CAP } from '../graphql/list-bounds';

/** The one door to contacts: a contact belongs to a customer and is visible with it. */
export class ContactRepository {
  /** Row rule: a contact of a customer outside the actor's scope reads as missing. */
  see(actor: Actor, row: Contact): Contact | null {
    return canSeeCustomer(actor, row.customerId) ? row : null;
  }

  /** Contacts by id as the actor may see them (null where missing or not visible): one statement. */
  async byIds(scope: DbScope & { actor: Actor }, side: ReadSide, ids: readonly number[]): Promise<(Contact | null)[]> {
    return (await selectByIds(scope, side, Contact, ids)).map((row) => row && this.see(scope.actor, row));
  }

  /**
   * The contacts of each customer that the actor may see, by id, at most RELATION_LIST_CAP
   * each: one statement (the contacts of a customer outside the scope are never read).
   */
  readonly ofCustomers: Batch<number, Contact[]> = async (ctx, customerIds) => {
    const visible = customerIds.filter((id) => canSeeCustomer(ctx.actor, id));
    if (visible.length === 0) return customerIds.map(() => []);
    const rows = await selectEntities(ctx, ctx.readSide, Contact, `x.customer_id IN (${placeholders(visible.length)})`, [...visible], {
      orderBy: 'x.customer_id ASC, x.id ASC',
    });
    const grouped = new Map<number, Contact[]>();
    for (const row of rows) {
      if (!this.see(ctx.actor, row)) continue;
      const list = grouped.get(row.customerId!) ?? [];
      if (list.length < RELATION_LIST_CAP) list.push(row);
      grouped.set(row.customerId!, list);
    }
    return customerIds.map((id) => grouped.get(id) ?? []);
  };

  /**
   * One offset page of a customer's contacts as the actor may see them, by name then id, and
   * (unless `withTotal` is false) how many there are: a customer outside the scope has none.
   */
  async pageOfCustomer(
    scope: DbScope & { actor: Actor },
    side: ReadSide,
    customerId: number,
    max: number,
    offset: number,
    withTotal = true,
  ): Promise<{ rows: Contact[]; total: number | null }> {
    if (!canSeeCustomer(scope.actor, customerId)) return { rows: [], total: withTotal ? 0 : null };
    const [rows, counted] = await Promise.all([
      max === 0
        ? Promise.resolve([])
        : // The LIMIT's parameters follow the WHERE's, as the statement reads.
          selectEntities(scope, side, Contact, 'x.customer_id = ?', [customerId, max, offset], {
            orderBy: 'x.name ASC, x.id ASC LIMIT ? OFFSET ?',
          }),
      withTotal ? select(scope, side, 'SELECT COUNT(*) AS n FROM contacts WHERE customer_id = ?', [customerId]) : Promise.resolve(null),
    ]);
    return { rows: rows.filter((r) => this.see(scope.actor, r) !== null), total: counted ? Number(counted[0]?.n ?? 0) : null };
  }

  /**
   * The contacts linked to each appointment that the actor may see, by id, at most
   * RELATION_LIST_CAP each: one statement (the links and the contacts they point at).
   */
  readonly ofAppointments: Batch<number, Contact[]> = async (ctx, appointmentIds) => {
    const { columns, from, map } = entitySelect(ctx.db, Contact, 'x');
    const raw = await select(
      ctx,
      ctx.readSide,
      `SELECT ${columns}, ac.appointment_id AS appointment_id FROM ${from}
      INNER JOIN appointment_contacts ac ON ac.contact_id = x.id
      WHERE ac.appointment_id IN (${placeholders(appointmentIds.length)}) ORDER BY ac.contact_id ASC`,
      [...appointmentIds],
    );
    const byContactId = new Map<number, Contact | null>();
    const grouped = new Map<number, Contact[]>();
    for (const r of raw) {
      const mapped = map(r);
      // A contact linked to several appointments of the page is one object.
      if (!byContactId.has(mapped.id)) byContactId.set(mapped.id, this.see(ctx.actor, mapped));
      const contact = byContactId.get(mapped.id);
      const list = grouped.get(Number(r.appointment_id)) ?? [];
      if (contact && list.length < RELATION_LIST_CAP) list.push(contact);
      grouped.set(Number(r.appointment_id), list);
    }
    return appointmentIds.map((id) => grouped.get(id) ?? []);
  };
}
