import { assertCan } from '../accounts/permissions';
import type { RequestContext } from '../context/request-context';
import { inTransaction } from '../database/transaction';
import { newStamp } from '../domain/stamp';
import type { Appointment, Order } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import type { Repositories } from '../repositories';
import { checkQuantities, SignOffFields, SignOffPlan, planSignOff } from './order-sign-off.plan';

/** The order and the appointment as a sign-off left them. */
export interface SignOffResult {
  order: Order;
  appointment: Appointment;
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
    return inTransaction(ctx, (tx) => this.apply(tx, plan), {
      rowKey: `order:id:${plan.orderId}`,
      onRetry: (err, attempt) => ctx.log.warn({ attempt, code: (err as { code?: string }).code }, 'sign-off transaction retried'),
    });
  }

  private async apply(tx: RequestContext, plan: SignOffPlan): Promise<SignOffResult> {
    const order = await this.lockOrder(tx, plan);
    await this.lockLineItems(tx, plan);
    const appointment = await this.r.appointments.findOne(tx, 'primary', { id: plan.apptId }, [], { forUpdate: true });
    if (!appointment || appointment.orderId !== order.id) {
      throw DomainError.invalidParam(
        'input.appointment.apptId',
        `The appointment with the id ${plan.apptId} doesn't belong to order ${order.id}.`,
      );
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
  private async lockOrder(tx: RequestContext, plan: SignOffPlan): Promise<Order> {
    const order = await this.r.orders.lock(tx, plan.orderId);
    if (!order) {
      throw new DomainError(ErrorCode.NotFound, `The order with the id ${plan.orderId} doesn't exist.`, ['input.orderId']);
    }
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
  private async lockLineItems(tx: RequestContext, plan: SignOffPlan): Promise<void> {
    if (plan.lineItems.length === 0) return;
    const rows = await this.r.orders.lockLineItems(
      tx,
      plan.lineItems.map((p) => p.id),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    // Report the first offender in the order the client listed them.
    for (const patch of [...plan.lineItems].sort((a, b) => a.index - b.index)) {
      const stored = byId.get(patch.id);
      if (!stored || stored.orderId !== plan.orderId) {
        throw DomainError.invalidParam(
          `${patch.path}.lineItemId`,
          `The line item with the id ${patch.id} doesn't belong to order ${plan.orderId}.`,
        );
      }
      checkQuantities(patch, stored);
    }
  }
}
