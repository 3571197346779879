import { randomUUID } from 'node:crypto';
import { AppointmentKey, keyOf } from './appointment.repository';
import { DeleteResult, UpsertOutcome, UpsertResult } from './appointment.types';
import { assertCan } from '../accounts/permissions';
import type { RequestContext } from '../context/request-context';
import { inTransaction } from '../database/transaction';
import { assertExactReference } from '../domain/references';
import { newStamp } from '../domain/stamp';
import type { Appointment } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import type { Repositories } from '../repositories';
import type { AppointmentService } from './appointment.service';
import { assertDatesInOrder, touchesStoredDates } from './appointment-date.rules';
import { AppointmentColumns, AppointmentFields, AppointmentPatch, toPatch } from './appointment-input.mapper';
import { assertPointersBelong } from './appointment-pointers.rules';
import { AppointmentReferences, referencesOf, resolveReferences, sendsPointer } from './appointment-references.rules';

export type { AppointmentKey };

/** The fields of a create or upsert: any writable field, and pointers by reference. */
export type AppointmentWrite = AppointmentFields & AppointmentReferences;

/** The fields of an update: any writable field, pointers by reference, and the stamp the client last read. */
export type AppointmentUpdate = AppointmentWrite & { updatedAtMt: string };

// Concurrent upserts of one new reference can deadlock on InnoDB's unique-index locks; the
// loser is rolled back whole and simply runs again.
const WRITE_ATTEMPTS = 6;

/** A reference the write would store must be exact (assertExactReference); null clears it. */
function checkReference(columns: AppointmentColumns): void {
  if (typeof columns.reference === 'string') assertExactReference(columns.reference, 'reference');
}

function requireInstants(columns: AppointmentColumns): void {
  if (!columns.startDate) throw DomainError.missingParam('startDate');
  if (!columns.endDate) throw DomainError.missingParam('endDate');
}

const sent = (input: object, key: string) => Object.prototype.hasOwnProperty.call(input, key);

/**
 * Writing appointments: create, update (optimistic concurrency on updatedAtMt), upsert by
 * reference and delete. A write with contact links runs in one transaction (row and links
 * together); every refused write changes nothing.
 */
export class AppointmentWriteService {
  constructor(
    private readonly r: Repositories,
    /** Reads the written row back as a query reads it. */
    private readonly reader: AppointmentService,
  ) {}

  /** `fields`: what the mutation selects on the appointment (left out: the whole row is read back). */
  async create(ctx: RequestContext, input: AppointmentWrite, monthFirst: boolean, fields?: ReadonlySet<string>): Promise<Appointment> {
    assertCan(ctx.actor, 'appointment:create');
    const references = referencesOf(input);
    const sentPatch = toPatch(this.r.appointments.writableColumns(ctx), input, monthFirst, null);
    checkReference(sentPatch.columns);
    requireInstants(sentPatch.columns);
    assertDatesInOrder(sentPatch.columns, null);
    const id = await inTransaction(
      ctx,
      async (tx) => {
        const patch = await resolveReferences(this.r, tx, references, sentPatch);
        await assertPointersBelong(this.r, tx, patch, null, references);
        const now = new Date();
        const newId = await this.r.appointments.insert(tx, {
          ...patch.columns,
          uuid: randomUUID(),
          createdAt: now,
          createdBy: ctx.actor.userReference,
          createdIn: ctx.actor.application,
          ...this.audit(ctx, now),
        });
        if (patch.contactIds?.length) await this.r.appointments.replaceContacts(tx, newId, patch.contactIds);
        return newId;
      },
      this.retries(ctx),
    );
    return this.read(ctx, { id }, fields);
  }

  /**
   * Applies the fields sent to the appointment, provided `input.updatedAtMt` is its current
   * stamp: one conditional UPDATE that must hit exactly one row, so of N concurrent updates
   * carrying the same stamp exactly one wins; the others get stale-update with the current stamp.
   */
  async update(
    ctx: RequestContext,
    key: AppointmentKey,
    input: AppointmentUpdate,
    monthFirst: boolean,
    fields?: ReadonlySet<string>,
  ): Promise<Appointment> {
    assertCan(ctx.actor, 'appointment:update');
    // The stored row is read first only when the write depends on it: contact links (they need
    // the id), dates (a half-sent pair is completed from it, and every pair the write touches
    // must stay in order), a new reference for a row named by its reference (the row is then
    // found again by its id), or a customer or order (the order and contacts must belong to the
    // appointment's customer). The repository's UPDATE carries the actor's scope itself.
    const renames = 'reference' in key && sent(input, 'reference');
    const references = referencesOf(input);
    const readFirst =
      input.contacts !== undefined ||
      touchesStoredDates(input) ||
      renames ||
      sendsPointer(input, 'customerId') ||
      sendsPointer(input, 'orderId') ||
      (sendsPointer(input, 'userId') && ctx.actor.customerIds !== null);
    const write = async (tx: RequestContext): Promise<{ key: AppointmentKey; stale: boolean }> => {
      const stored = readFirst ? await this.r.appointments.findOne(tx, 'primary', key) : null;
      if (readFirst && !stored) throw DomainError.notFound('appointment', ...keyOf(key));
      // No early stamp check on purpose: the conditional UPDATE below is the only judge, so a
      // stamp that went stale after this read is caught exactly like one that already was.
      const sentPatch = toPatch(this.r.appointments.writableColumns(ctx), input, monthFirst, stored);
      checkReference(sentPatch.columns);
      assertDatesInOrder(sentPatch.columns, stored);
      const patch = await resolveReferences(this.r, tx, references, sentPatch);
      await assertPointersBelong(this.r, tx, patch, stored, references);
      const target: AppointmentKey = stored ? { id: stored.id } : key;
      const affected = await this.r.appointments.update(
        tx,
        target,
        { ...patch.columns, ...this.audit(ctx, new Date()) },
        input.updatedAtMt,
      );
      if (affected !== 1) return { key: target, stale: true };
      if (patch.contactIds && stored) await this.r.appointments.replaceContacts(tx, stored.id, patch.contactIds);
      return { key: target, stale: false };
    };
    // Always a transaction, even for the one conditional UPDATE: a write whose request ends
    // while it waits for the row's lock is rolled back, never committed after the answer.
    const outcome = await inTransaction(ctx, write, this.retries(ctx, key));
    // Nothing updated: the row is gone, not visible, or its stamp moved on.
    if (outcome.stale) throw await this.staleUpdate(ctx, outcome.key, input.updatedAtMt);
    return this.read(ctx, outcome.key, fields);
  }

  /**
   * Inserts the appointment with this reference, or overwrites the fields sent on the one that
   * has it (omitted fields keep their values, as in an update), with one race-free statement,
   * and answers the row exactly as that statement left it (read under its lock, in its
   * transaction): whatever other writers do to the reference, the outcome and the row agree.
   */
  async upsert(
    ctx: RequestContext,
    reference: string,
    input: AppointmentWrite,
    monthFirst: boolean,
    fields?: ReadonlySet<string>,
  ): Promise<UpsertResult> {
    assertCan(ctx.actor, 'appointment:create');
    assertCan(ctx.actor, 'appointment:update');
    if (!reference.trim()) throw DomainError.missingParam('reference');
    if (reference.length > 100) throw DomainError.invalidParam('reference', 'reference must be at most 100 characters long');
    assertExactReference(reference, 'reference');
    const references = referencesOf(input);
    const sentPatch = toPatch(this.r.appointments.writableColumns(ctx), input, monthFirst, null);
    requireInstants(sentPatch.columns);
    assertDatesInOrder(sentPatch.columns, null);
    // What the answer selects, and what the outcome is judged by. No relation is joined: a
    // locking read would lock the related rows too.
    const selected = fields && this.reader.columns(fields);
    const upsertColumns = selected ? new Set([...selected, 'id', 'uuid', 'updatedAtMt']) : null;
    const dependsOnStored = sentPatch.contactIds !== undefined || sendsPointer(input, 'customerId') || sendsPointer(input, 'orderId');
    const done = await inTransaction(
      ctx,
      async (tx) => {
        // Locked, so the customer the pointers are checked against is the one the write meets.
        const stored = dependsOnStored ? await this.r.appointments.findOne(tx, 'primary', { reference }, [], { forUpdate: true }) : null;
        const patch = await resolveReferences(this.r, tx, references, sentPatch);
        await assertPointersBelong(this.r, tx, patch, stored, references);
        const { values, uuid, audit } = this.upsertValues(ctx, reference, patch);
        await this.r.appointments.upsert(tx, values, patch.columns);
        // The statement left the row locked until commit: a locking read sees it exactly as this
        // upsert stored it (a plain read could see an older snapshot, or, outside the transaction,
        // another writer's later change or a delete).
        const row = await this.r.appointments.findOne(tx, 'primary', { reference }, [], { forUpdate: true, columns: upsertColumns });
        // Only roles that see every customer may upsert today; the scoped read keeps that true if that changes.
        if (!row) throw DomainError.notFound('appointment', 'reference', reference);
        let result =
          row.uuid === uuid
            ? UpsertOutcome.CREATED
            : row.updatedAtMt === audit.updatedAtMt
              ? UpsertOutcome.UPDATED
              : UpsertOutcome.UNCHANGED;
        if (patch.contactIds && !sameIds(await this.r.appointments.contactIdsOf(tx, row.id), patch.contactIds)) {
          await this.r.appointments.replaceContacts(tx, row.id, patch.contactIds);
          if (result === UpsertOutcome.UNCHANGED) {
            await this.r.appointments.updateById(tx, row.id, audit);
            Object.assign(row, audit);
            result = UpsertOutcome.UPDATED;
          }
        }
        return { row, outcome: result };
      },
      this.retries(ctx, { reference }),
    );
    return { appointment: done.row, outcome: done.outcome };
  }

  /** Every column an upsert inserts, with the uuid and audit values it carries. */
  private upsertValues(ctx: RequestContext, reference: string, patch: AppointmentPatch) {
    const now = new Date();
    const uuid = randomUUID();
    const audit = this.audit(ctx, now);
    const values = {
      ...patch.columns,
      reference,
      uuid,
      createdAt: now,
      createdBy: ctx.actor.userReference,
      createdIn: ctx.actor.application,
      ...audit,
    };
    return { values, uuid, audit };
  }

  /** Deletes the appointment and its contact links (customers, orders and contacts stay); a signed-off one is refused. */
  async delete(ctx: RequestContext, key: AppointmentKey): Promise<DeleteResult> {
    assertCan(ctx.actor, 'appointment:delete');
    const outcome = await inTransaction(
      ctx,
      async (tx) => {
        const stored = await this.r.appointments.findOne(tx, 'primary', key);
        if (!stored) throw DomainError.notFound('appointment', ...keyOf(key));
        if (stored.signedOffAt) throw signedOff(stored.id);
        // Unconditional on the stamp (the contract's delete takes none), but race-safe: the row
        // is gone or signed off by now only if someone else got there first.
        return { id: stored.id, affected: await this.r.appointments.deleteUnsigned(tx, stored.id) };
      },
      this.retries(ctx, key),
    );
    if (outcome.affected !== 1) {
      const now = await this.r.appointments.findOne(ctx, 'primary', { id: outcome.id });
      if (now?.signedOffAt) throw signedOff(now.id);
      throw DomainError.notFound('appointment', ...keyOf(key));
    }
    return { success: true, id: outcome.id };
  }

  /** The retry policy of a write, and the row it queues on (none for a create: no row yet). */
  private retries(ctx: RequestContext, key?: AppointmentKey) {
    return {
      attempts: WRITE_ATTEMPTS,
      rowKey: key ? `appointment:${keyOf(key).join(':')}` : undefined,
      onRetry: (err: unknown, attempt: number) =>
        ctx.log.warn(
          { attempt, code: (err as { code?: string }).code },
          'appointment write rolled back by a lock conflict; running it again',
        ),
    };
  }

  /** The server-owned columns every write sets: a new stamp and who wrote, from the actor only. */
  private audit(ctx: RequestContext, now: Date) {
    return { updatedAt: now, updatedBy: ctx.actor.userReference, updatedIn: ctx.actor.application, updatedAtMt: newStamp(now) };
  }

  /**
   * The row as the write left it, from the primary (read-your-writes), with only the columns and
   * relations the mutation selects, as a query reads them (the whole row was 59 columns for an
   * answer of three). Deleted by someone else since the write: not-found.
   */
  private read(ctx: RequestContext, key: AppointmentKey, fields: ReadonlySet<string> | undefined): Promise<Appointment> {
    return this.reader.read(ctx, 'primary', key, fields);
  }

  private async staleUpdate(ctx: RequestContext, key: AppointmentKey, sentStamp: string): Promise<DomainError> {
    const current = await this.r.appointments.findOne(ctx, 'primary', key);
    if (!current) return DomainError.notFound('appointment', ...keyOf(key));
    return DomainError.staleUpdate(
      `The appointment with the id ${current.id} was changed since updatedAtMt ${sentStamp}; read it again and retry.`,
      'updatedAtMt',
      current.updatedAtMt,
      'currentUpdatedAtMt',
    );
  }
}

function signedOff(id: number): DomainError {
  return new DomainError(ErrorCode.DeleteFailed, `Failed to delete instance. The appointment with the id ${id} is signed off.`, ['id']);
}

function sameIds(a: number[], b: number[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((id) => set.has(id));
}
