import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { assertCan, canSeeCustomer } from '../auth/permissions';
import type { RequestContext } from '../context/request-context';
import { saveOrFail } from '../database/duplicate-key';
import { columnValues, selectEntity, updateEntities } from '../database/entity-rows';
import { writeRows } from '../database/raw-statements';
import { runInTransaction, withRetry } from '../database/transaction-retry';
import { upsertAppointmentSql } from '../database/upsert-appointment.sql';
import { newStamp } from '../domain/stamp';
import { Appointment } from '../entities';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import type {
  CreateAppointmentInput, UpdateAppointmentInput, UpsertAppointmentInput,
} from '../graphql/types/appointment-inputs.type';
import type { DeleteAppointmentPayload } from '../graphql/types/delete-payload.type';
import { UpsertAppointmentPayload, UpsertOutcome } from '../graphql/types/upsert-payload.type';
import { assertDatesInOrder, touchesStoredDates } from './appointment-date.rules';
import { AppointmentColumns, AppointmentPatch, toPatch } from './appointment-input.mapper';
import { assertPointersBelong, contactIdsOf, replaceContacts } from './appointment-references';

/** An appointment named by its id or by its external reference. */
export type AppointmentKey = { id: number } | { reference: string };

// Concurrent upserts of one new reference can deadlock on InnoDB's unique-index locks; the
// loser is rolled back whole and simply runs again.
const WRITE_ATTEMPTS = 6;

function describeKey(key: AppointmentKey): [column: 'id' | 'reference', value: number | string] {
  return 'id' in key ? ['id', key.id] : ['reference', key.reference];
}

function requireInstants(columns: AppointmentColumns): void {
  if (!columns.startDate) throw DomainError.missingParam('startDate');
  if (!columns.endDate) throw DomainError.missingParam('endDate');
}

/**
 * Writing appointments: create, update (optimistic concurrency on updatedAtMt), upsert by
 * reference and delete. Each mutation runs in one transaction (row and contact links together)
 * and a refused write changes nothing.
 */
export class AppointmentWriteService {
  async create(ctx: RequestContext, input: CreateAppointmentInput, monthFirst: boolean): Promise<Appointment> {
    assertCan(ctx.actor, 'appointment:create');
    const patch = toPatch(input, monthFirst, null);
    requireInstants(patch.columns);
    assertDatesInOrder(patch.columns, null);
    const id = await runInTransaction(ctx.db, async (m) => {
      await assertPointersBelong(ctx, m, patch, null);
      const now = new Date();
      const values = { ...patch.columns, uuid: randomUUID(), createdAt: now, createdBy: ctx.actor.userReference, createdIn: ctx.actor.application, ...this.audit(ctx, now) };
      const result = await saveOrFail(
        // updateEntity(false): no read-back of column defaults, the row is read once after commit.
        () => m.createQueryBuilder().insert().into(Appointment).values(values).updateEntity(false).execute(),
        `the reference ${patch.columns.reference} is already taken`,
      );
      // The new id: mysql2 answers a ResultSetHeader, better-sqlite3 the last rowid.
      const raw = result.raw as { insertId?: number } | number;
      const newId = Number(typeof raw === 'object' ? raw.insertId : raw);
      if (patch.contactIds?.length) await replaceContacts(m, newId, patch.contactIds);
      return newId;
    }, this.retries(ctx));
    return this.read(ctx, { id });
  }

  /**
   * Applies the fields sent to the appointment, provided `input.updatedAtMt` is its current
   * stamp: one conditional UPDATE that must hit exactly one row, so of N concurrent updates
   * carrying the same stamp exactly one wins; the others get stale-update with the current stamp.
   */
  async update(ctx: RequestContext, key: AppointmentKey, input: UpdateAppointmentInput, monthFirst: boolean): Promise<Appointment> {
    assertCan(ctx.actor, 'appointment:update');
    // The stored row is read first only when the write depends on it: a caller limited to some
    // customers (visibility), contact links (they need the id), dates (a half-sent pair is
    // completed from it, and every pair the write touches must stay in order), or a new
    // reference for a row named by its reference (the row is then found again by its id), or a
    // customer or order (the order and contacts must belong to the appointment's customer).
    const renames = 'reference' in key && sent(input, 'reference');
    const readFirst = ctx.actor.customerIds !== null || input.contacts !== undefined || touchesStoredDates(input) || renames
      || sent(input, 'customerId') || sent(input, 'orderId');
    const write = async (m: EntityManager): Promise<{ key: AppointmentKey; stale: boolean }> => {
      const stored = readFirst ? await this.findVisible(ctx, m, key) : null;
      // No early stamp check on purpose: the conditional UPDATE below is the only judge, so a
      // stamp that went stale after this read is caught exactly like one that already was.
      const patch = toPatch(input, monthFirst, stored);
      assertDatesInOrder(patch.columns, stored);
      await assertPointersBelong(ctx, m, patch, stored);
      const target: AppointmentKey = stored ? { id: stored.id } : key;
      const [column, value] = describeKey(target);
      const affected = await saveOrFail(
        () => updateEntities(m, Appointment, { ...patch.columns, ...this.audit(ctx, new Date()) },
          `${column} = ? AND updated_at_mt = ?`, [value, input.updatedAtMt]),
        `the reference ${patch.columns.reference} is already taken`,
      );
      if (affected !== 1) return { key: target, stale: true };
      if (patch.contactIds && stored) await replaceContacts(m, stored.id, patch.contactIds);
      return { key: target, stale: false };
    };
    // Without contact links to replace, the write is the one conditional UPDATE, atomic on its
    // own: no transaction, two statements fewer. A read before it only decides what to write;
    // the stamp in the UPDATE's WHERE judges whether that is still the row's state.
    // On SQLite every write stays in the queued transactions (one shared connection).
    const single = input.contacts === undefined && ctx.db.options.type === 'mysql';
    const outcome = single
      ? await withRetry(() => write(ctx.db.manager), this.retries(ctx))
      : await runInTransaction(ctx.db, write, this.retries(ctx));
    // Nothing updated: the row is gone (or never was), or its stamp moved on.
    if (outcome.stale) throw await this.staleUpdate(ctx, outcome.key, input.updatedAtMt);
    return this.read(ctx, outcome.key);
  }

  /**
   * Inserts the appointment with this reference, or overwrites the fields sent on the one that
   * has it (omitted fields keep their values, as in an update), in one race-free statement.
   */
  async upsert(ctx: RequestContext, reference: string, input: UpsertAppointmentInput, monthFirst: boolean): Promise<UpsertAppointmentPayload> {
    assertCan(ctx.actor, 'appointment:create');
    assertCan(ctx.actor, 'appointment:update');
    if (!reference.trim()) throw DomainError.missingParam('reference');
    if (reference.length > 100) throw DomainError.invalidParam('reference', 'reference must be at most 100 characters long');
    const patch = toPatch(input, monthFirst, null);
    requireInstants(patch.columns);
    assertDatesInOrder(patch.columns, null);
    // Alone (no transaction) only when no pointer it sends depends on the stored row's customer.
    const dependsOnStored = patch.contactIds !== undefined || sent(patch.columns, 'customerId') || sent(patch.columns, 'orderId');
    if (ctx.db.options.type === 'mysql' && ctx.actor.customerIds === null && !dependsOnStored) {
      return this.upsertAlone(ctx, reference, patch);
    }
    const done = await runInTransaction(ctx.db, async (m) => {
      // Locked, so the customer the pointers are checked against is the one the write meets.
      const stored = await selectEntity(m, Appointment, 'reference', reference, { forUpdate: true });
      await assertPointersBelong(ctx, m, patch, stored);
      const { sql, params, uuid, audit } = this.upsertStatement(ctx, m, reference, patch);
      await saveOrFail(() => writeRows(m, sql, params), 'the appointment could not be stored');
      // Read under the lock the write took: this is the row as the transaction commits it.
      const row = await this.readIn(m, 'reference', reference);
      // Only roles that see every customer may upsert today; the check keeps that true if that changes.
      if (!row || !canSeeCustomer(ctx.actor, row.customerId)) throw DomainError.notFound('appointment', 'reference', reference);
      let result = row.uuid === uuid ? UpsertOutcome.CREATED : row.updatedAtMt === audit.updatedAtMt ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED;
      if (patch.contactIds && !sameIds(await contactIdsOf(m, row.id), patch.contactIds)) {
        await replaceContacts(m, row.id, patch.contactIds);
        if (result === UpsertOutcome.UNCHANGED) {
          await updateEntities(m, Appointment, audit, 'id = ?', [row.id]);
          Object.assign(row, audit);
          result = UpsertOutcome.UPDATED;
        }
      }
      return { row, outcome: result };
    }, this.retries(ctx));
    return { appointment: done.row, outcome: done.outcome };
  }

  /**
   * The upsert of a caller who sees every customer, without contact links, on MySQL: the one
   * statement on its own, no transaction. What it did is read off its answer, race-free:
   * MySQL counts 2 affected rows for a row it changed (1 for an insert; 0, or 1 under the
   * client's FOUND_ROWS flag, for a row it left as it was), and only the insert wrote this
   * request's fresh uuid. The row is read after; another writer may have moved it on by then.
   */
  private async upsertAlone(ctx: RequestContext, reference: string, patch: AppointmentPatch): Promise<UpsertAppointmentPayload> {
    const m = ctx.db.manager;
    const { affected, uuid } = await withRetry(async () => {
      await assertPointersBelong(ctx, m, patch, null);
      const { sql, params, uuid } = this.upsertStatement(ctx, m, reference, patch);
      return { affected: await saveOrFail(() => writeRows(m, sql, params), 'the appointment could not be stored'), uuid };
    }, this.retries(ctx));
    const row = await this.read(ctx, { reference });
    const outcome = row.uuid === uuid ? UpsertOutcome.CREATED : affected === 2 ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED;
    return { appointment: row, outcome };
  }

  /** The INSERT … ON DUPLICATE KEY UPDATE (SQLite: ON CONFLICT) of an upsert, with the uuid and audit values it carries. */
  private upsertStatement(ctx: RequestContext, m: EntityManager, reference: string, patch: AppointmentPatch) {
    const now = new Date();
    const uuid = randomUUID();
    const audit = this.audit(ctx, now);
    const values = columnValues(m.connection, Appointment, {
      ...patch.columns, reference, uuid, createdAt: now, createdBy: ctx.actor.userReference, createdIn: ctx.actor.application, ...audit,
    });
    const sent = Object.keys(columnValues(m.connection, Appointment, patch.columns));
    return { ...upsertAppointmentSql(this.kind(ctx), values, sent, (n) => m.connection.driver.escape(n)), uuid, audit };
  }

  /** Deletes the appointment and its contact links (customers, orders and contacts stay); a signed-off one is refused. */
  async delete(ctx: RequestContext, key: AppointmentKey): Promise<DeleteAppointmentPayload> {
    assertCan(ctx.actor, 'appointment:delete');
    const outcome = await runInTransaction(ctx.db, async (m) => {
      const stored = await this.findVisible(ctx, m, key);
      if (stored.signedOffAt) throw signedOff(stored.id);
      // Unconditional on the stamp (the contract's delete takes none), but race-safe: the row
      // is gone or signed off by now only if someone else got there first.
      const result = await m.createQueryBuilder().delete().from(Appointment)
        .where('id = :id AND signed_off_at IS NULL', { id: stored.id }).execute();
      return { id: stored.id, affected: result.affected };
    }, this.retries(ctx));
    if (outcome.affected !== 1) {
      const now = await ctx.db.getRepository(Appointment).findOneBy({ id: outcome.id });
      if (now?.signedOffAt) throw signedOff(now.id);
      throw DomainError.notFound('appointment', ...describeKey(key));
    }
    return { success: true, id: outcome.id };
  }

  private retries(ctx: RequestContext) {
    return {
      attempts: WRITE_ATTEMPTS,
      onRetry: (err: unknown, attempt: number) => ctx.log.warn(
        { attempt, code: (err as { code?: string }).code }, 'appointment write rolled back by a lock conflict; running it again',
      ),
    };
  }

  private kind(ctx: RequestContext): 'mysql' | 'sqlite' {
    return ctx.db.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }

  /** The server-owned columns every write sets: a new stamp and who wrote, from the actor only. */
  private audit(ctx: RequestContext, now: Date) {
    return { updatedAt: now, updatedBy: ctx.actor.userReference, updatedIn: ctx.actor.application, updatedAtMt: newStamp(now) };
  }

  private async findVisible(ctx: RequestContext, m: EntityManager, key: AppointmentKey): Promise<Appointment> {
    const row = await this.readIn(m, ...describeKey(key));
    if (!row || !canSeeCustomer(ctx.actor, row.customerId)) throw DomainError.notFound('appointment', ...describeKey(key));
    return row;
  }

  /** One appointment by a unique column, through `m` (inside its transaction, if it has one). */
  private readIn(m: EntityManager, column: 'id' | 'reference', value: number | string): Promise<Appointment | null> {
    return selectEntity(m, Appointment, column, value);
  }

  private async read(ctx: RequestContext, key: AppointmentKey): Promise<Appointment> {
    const row = await this.readIn(ctx.db.manager, ...describeKey(key));
    // Deleted by someone else between our write and this read.
    if (!row) throw DomainError.notFound('appointment', ...describeKey(key));
    return row;
  }

  private async staleUpdate(ctx: RequestContext, key: AppointmentKey, sent: string): Promise<DomainError> {
    const current = await this.readIn(ctx.db.manager, ...describeKey(key));
    if (!current || !canSeeCustomer(ctx.actor, current.customerId)) return DomainError.notFound('appointment', ...describeKey(key));
    return new DomainError(
      ErrorCode.StaleUpdate,
      `The appointment with the id ${current.id} was changed since updatedAtMt ${sent}; read it again and retry.`,
      ['updatedAtMt'],
      { currentUpdatedAtMt: current.updatedAtMt },
    );
  }
}

function signedOff(id: number): DomainError {
  return new DomainError(ErrorCode.DeleteFailed, `Failed to delete instance. The appointment with the id ${id} is signed off.`, ['id']);
}

function sent(input: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(input, key);
}

function sameIds(a: number[], b: number[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((id) => set.has(id));
}
