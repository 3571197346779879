import { assertCan } from '../accounts/permissions';
import type { RequestContext } from '../context/request-context';
import { inTransaction } from '../database/transaction';
import { describeKey } from '../domain/references';
import { newStamp } from '../domain/stamp';
import type { Appointment, Order } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import type { Repositories } from '../repositories';
import { checkQuantities, NamedRow, SignOffFields, SignOffPlan, planSignOff } from './order-sign-off.plan';

/** The order and the appointment as a sign-off left them. */
export interface SignOffResult {
  order: Order;
  appointment: Appointment;
}

/** The ids of the order and the appointment a sign-off names (by id or by reference). */
interface Targets {
  orderId: number;
  apptId: number;
}

/*
 * The order is the target of the mutation: one the caller cannot name (unknown id or reference,
 * or not visible) is not-found, naming the field it was sent in. The appointment is a pointer of
 * the input: one that is not an appointment of this order is invalid-param naming its field.
 */
function orderNotFound(order: NamedRow): DomainError {
  return new DomainError(ErrorCode.NotFound, `The order with ${describeKey(order.key)} doesn't exist.`, [order.param]);
}

/** The order as refusals name it: `order 42`, or `order O-2001` when the client sent its reference. */
function orderName(plan: SignOffPlan): string {
  const { key } = plan.order;
  return `order ${'id' in key ? key.id : key.reference}`;
}

/**
 * Signs an order off (seeds/002): its notes, its line items, its appointment and a history row,
 * in one transaction. Rows are locked in one fixed order (order, line items by id, appointment)
 * so two sign-offs cannot deadlock each other; every check that needs a stored row runs under
 * its lock, before the first write.
 */
export class OrderSignOffService {
  constructor(private readonly r: Repositories) {}

  async signOff(ctx: RequestContext, input: SignOffFields): Promise<SignOffResult> {
    assertCan(ctx.actor, 'order:sign-off');
    const plan = planSignOff(input);
    const targets = await this.resolve(ctx, plan);
    return inTransaction(ctx, (tx) => this.apply(tx, plan, targets), {
      rowKey: `order:id:${targets.orderId}`,
      onRetry: (err, attempt) => ctx.log.warn({ attempt, code: (err as { code?: string }).code }, 'sign-off transaction retried'),
    });
  }

  /**
   * The ids the plan names, references read from the primary as the actor may see them, before
   * the transaction (its row key is the order's id). An unknown or invisible order reference is
   * not-found and an unknown or invisible appointment reference invalid-param, each naming its
   * field; the rest (stale, of another order) is decided under the locks, as for ids.
   */
  private async resolve(ctx: RequestContext, plan: SignOffPlan): Promise<Targets> {
    const { order, appointment } = plan;
    let orderId: number;
    if ('id' in order.key) orderId = order.key.id;
    else {
      const [id] = await this.r.orders.idsByReference(ctx, 'primary', [order.key.reference]);
      if (id == null) throw orderNotFound(order);
      orderId = id;
    }
    if ('id' in appointment.key) return { orderId, apptId: appointment.key.id };
    const row = await this.r.appointments.findOne(ctx, 'primary', appointment.key);
    if (!row) {
      throw DomainError.invalidParam(appointment.param, `The appointment with ${describeKey(appointment.key)} doesn't exist.`);
    }
    return { orderId, apptId: row.id };
  }

  private async apply(tx: RequestContext, plan: SignOffPlan, targets: Targets): Promise<SignOffResult> {
    const order = await this.lockOrder(tx, plan, targets.orderId);
    await this.lockLineItems(tx, plan, order.id);
    const appointment = await this.r.appointments.findOne(tx, 'primary', { id: targets.apptId }, [], { forUpdate: true });
    if (!appointment || appointment.orderId !== order.id) {
      const { param, key } = plan.appointment;
      throw DomainError.invalidParam(param, `The appointment with ${describeKey(key)} doesn't belong to ${orderName(plan)}.`);
    }

    const now = new Date();
    const notes = plan.notes === undefined ? order.notes : plan.notes;
    const actor = tx.actor;
    await this.r.orders.update(tx, order.id, {
      notes,
      status: 'signed_off',
      signedOffAt: now,
      signedOffBy: actor.userReference,
      signOffCount: order.signOffCount + 1,
      lastUpdated: now,
      updatedAt: newStamp(now),
    });
    for (const patch of plan.lineItems) {
      const { id, index: _index, path: _path, ...changes } = patch;
      await this.r.orders.updateLineItem(tx, id, { ...changes, lastUpdated: now });
    }
    const cancel = plan.cancel;
    await this.r.appointments.updateById(tx, appointment.id, {
      done: cancel === null,
      cancelled: cancel !== null,
      cancelReason: cancel?.reason ?? null,
      cancelNote: cancel?.note ?? null,
      signedOffAt: now,
      updatedAt: now,
      updatedAtMt: newStamp(now),
      updatedBy: actor.userReference,
      updatedIn: actor.application,
    });
    await this.r.orders.addSignOff(tx, {
      orderId: order.id,
      appointmentId: appointment.id,
      outcome: cancel === null ? 'done' : 'cancelled',
      cancelReason: cancel?.reason ?? null,
      cancelNote: cancel?.note ?? null,
      notes,
      signedBy: actor.userReference,
      signedIn: actor.application,
      signedAt: now,
    });
    // Read back inside the transaction, under its locks: the rows as it commits them.
    return {
      order: (await this.r.orders.read(tx, order.id))!,
      appointment: (await this.r.appointments.findOne(tx, 'primary', { id: appointment.id }))!,
    };
  }

  /** The order under its lock; missing, invisible and stale are all decided here. */
  private async lockOrder(tx: RequestContext, plan: SignOffPlan, orderId: number): Promise<Order> {
    const order = await this.r.orders.lock(tx, orderId);
    if (!order) throw orderNotFound(plan.order);
    if (order.updatedAt !== plan.updatedAt) {
      throw DomainError.staleUpdate(
        `The order with the id ${order.id} was changed since it was read; read it again and resend with its current updatedAt.`,
        'input.updatedAt',
        order.updatedAt,
        'currentUpdatedAt',
      );
    }
    return order;
  }

  /** The listed line items under their locks (ascending id); each must belong to the order and keep its quantities. */
  private async lockLineItems(tx: RequestContext, plan: SignOffPlan, orderId: number): Promise<void> {
    if (plan.lineItems.length === 0) return;
    const rows = await this.r.orders.lockLineItems(
      tx,
      plan.lineItems.map((p) => p.id),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    // Report the first offender in the order the client listed them.
    for (const patch of [...plan.lineItems].sort((a, b) => a.index - b.index)) {
      const stored = byId.get(patch.id);
      if (!stored || stored.orderId !== orderId) {
        throw DomainError.invalidParam(
          `${patch.path}.lineItemId`,
          `The line item with the id ${patch.id} doesn't belong to ${orderName(plan)}.`,
        );
      }
      checkQuantities(patch, stored);
    }
  }
}
