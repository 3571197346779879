import type { DataSource } from 'typeorm';
import { canSeeCustomer } from '../accounts/permissions';
import type { Actor } from '../context/actor';
import type { Batch } from '../context/loaders';
import type { RowSource } from '../context/relation';
import { entitySelect } from '../database/entity-select';
import { selectByIds, selectEntities } from '../database/entity-statements';
import { ListQuery, listCount, listKeysetRows, listPageIds } from '../database/list-statements';
import { anyOf, customerScope, Fragment, patternIgnoringCase } from '../database/sql-fragments';
import { DbScope, placeholders, ReadSide, select } from '../database/statements';
import { JsonField, jsonSelect, JsonUnsupported } from '../database/json-text';
import { Contact } from '../database/entities';
import type { CursorPosition, SortKey } from '../domain/keyset-cursor';
import type { SortOrder } from '../domain/sort-order';
import { RELATION_LIST_CAP } from '../graphql/list-bounds';
import type { ContactCriteria } from './contact-filter';

type Scoped = DbScope & { actor: Actor };

/** The alias of every contact statement (that of entity-statements' ROW_ALIAS, so its helpers apply). */
const X = 'x';

/** The contacts' text statement of a selection, built once per selection and database (a plan hands the same `fields` each time). */
interface ContactsText {
  sql: (ids: number) => string;
  /** The statement for one appointment. */
  one: string;
}

const contactsTexts = new WeakMap<readonly JsonField[], WeakMap<DataSource, ContactsText>>();

function contactsText(db: DataSource, fields: readonly JsonField[]): ContactsText {
  let byDb = contactsTexts.get(fields);
  if (!byDb) contactsTexts.set(fields, (byDb = new WeakMap()));
  let found = byDb.get(db);
  if (!found) {
    const json = jsonSelect(db, Contact, X, fields);
    if (json.many.length) throw new JsonUnsupported('a list inside a contact');
    const sql = (ids: number) =>
      `SELECT ac.appointment_id AS appointment_id, x.customer_id AS customer_id, ${json.segments[0]} AS t
      FROM contacts x ${json.joins.join(' ')} INNER JOIN appointment_contacts ac ON ac.contact_id = x.id
      WHERE ac.appointment_id IN (${placeholders(ids)}) ORDER BY ac.contact_id ASC`;
    byDb.set(db, (found = { sql, one: sql(1) }));
  }
  return found;
}

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
   * A list of the contacts the actor may see (those of the customers in their scope, or every
   * one for roles that see every row), of one customer when `customerId` is given, filtered and
   * sorted (exposed so tests can EXPLAIN its statements).
   */
  listQuery(
    scope: Scoped,
    customerId: number | null,
    criteria: ContactCriteria,
    sort: SortKey<Contact>,
    order: SortOrder,
  ): ListQuery<Contact> {
    const conditions: (Fragment | null)[] = [
      customerScope(scope.actor, `${X}.customer_id`),
      customerId === null ? null : { sql: `${X}.customer_id = ?`, params: [customerId] },
      criteria.ids ? anyOf(`${X}.id`, criteria.ids) : null,
      criteria.customerIds ? anyOf(`${X}.customer_id`, criteria.customerIds) : null,
      criteria.name != null ? patternIgnoringCase(`${X}.name`, criteria.name) : null,
      criteria.email != null ? patternIgnoringCase(`${X}.email`, criteria.email) : null,
    ];
    return { entity: Contact, conditions, sort, order };
  }

  /** The ids of one offset page of the list, in order (the id breaks ties). */
  pageIds(scope: Scoped, side: ReadSide, q: ListQuery<Contact>, max: number, offset: number): Promise<number[]> {
    return listPageIds(scope, side, q, max, offset);
  }

  /** How many contacts the list holds, over all pages. */
  count(scope: Scoped, side: ReadSide, q: ListQuery<Contact>): Promise<number> {
    return listCount(scope, side, q);
  }

  /** Up to `limit` contacts of the list after the cursor's position, in order: one statement. */
  async keysetRows(scope: Scoped, side: ReadSide, q: ListQuery<Contact>, limit: number, after: CursorPosition | null): Promise<Contact[]> {
    return (await listKeysetRows(scope, side, q, limit, after)).filter((r) => this.see(scope.actor, r) !== null);
  }

  /** The visible contacts with these ids, in the order of `ids`: one statement. */
  async rowsByIds(scope: Scoped, side: ReadSide, ids: readonly number[]): Promise<Contact[]> {
    return (await this.byIds(scope, side, ids)).filter((r): r is Contact => r !== null);
  }

  /** The target of relations to contacts (reads on the request's read side). */
  readonly rows: RowSource<Contact> = {
    entity: Contact,
    byIds: (ctx, ids) => this.byIds(ctx, ctx.readSide, ids),
    see: (actor, row) => this.see(actor, row),
  };

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

  /**
   * ofAppointments, each contact written as JSON text of `fields` (json-text.ts): the same
   * links, order, cap and row rule. JsonUnsupported when a value cannot be written as text.
   */
  async ofAppointmentsText(
    ctx: Scoped & { readSide: ReadSide },
    appointmentIds: readonly number[],
    fields: readonly JsonField[],
  ): Promise<string[][]> {
    if (appointmentIds.length === 0) return [];
    const text = contactsText(ctx.db, fields);
    // One appointment's (a look-up's) statement text never varies: prepared. A page's IN list
    // varies in length: sent as text (statements.ts).
    const one = appointmentIds.length === 1;
    const raw = await select(ctx, ctx.readSide, one ? text.one : text.sql(appointmentIds.length), [...appointmentIds], { prepared: one });
    const grouped = new Map<number, string[]>();
    for (const r of raw) {
      if (!canSeeCustomer(ctx.actor, r.customer_id as number | null)) continue;
      if (r.t === null) throw new JsonUnsupported('a value the text cannot hold');
      const list = grouped.get(Number(r.appointment_id)) ?? [];
      if (list.length < RELATION_LIST_CAP) list.push(r.t as string);
      grouped.set(Number(r.appointment_id), list);
    }
    return appointmentIds.map((id) => grouped.get(id) ?? []);
  }
}
