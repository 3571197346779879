import type { EntityManager } from 'typeorm';
import { assertCan, canSeeCustomer } from '../auth/permissions';
import type { RequestContext } from '../context/request-context';
import { newStamp } from '../domain/stamp';
import { Appointment, Order, OrderLineItem, OrderSignOff } from '../entities';
import { insertEntity, selectEntities, selectEntity, updateEntities } from '../database/entity-rows';
import { placeholders } from '../database/raw-statements';
import { runInTransaction } from '../database/transaction-retry';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import type { SignOffOrderInput } from '../graphql/types/sign-off.input';
import type { SignOffOrderPayload } from '../graphql/types/sign-off-payload.type';
import { checkQuantities, SignOffPlan, planSignOff } from './order-sign-off.plan';

/**
 * Signs an order off (seeds/002): its notes, its line items, its appointment and a history row,
 * in one transaction. Rows are locked in one fixed order (order, line items by id, appointment)
 * so two sign-offs cannot deadlock each other; every check that needs a stored row runs under
 * its lock, before the first write.
 */
export class OrderSignOffService {
  async signOff(ctx: RequestContext, input: SignOffOrderInput): Promise<SignOffOrderPayload> {
    assertCan(ctx.actor, 'order:sign-off');
    const plan = planSignOff(input);
    return runInTransaction(ctx.db, (m) => this.apply(ctx, m, plan), {
      onRetry: (err, attempt) => ctx.log.warn({ attempt, code: (err as { code?: string }).code }, 'sign-off transaction retried'),
    });
  }

  private async apply(ctx: RequestContext, m: EntityManager, plan: SignOffPlan): Promise<SignOffOrderPayload> {
    const order = await this.lockOrder(ctx, m, plan);
    await this.lockLineItems(m, plan);
    const appointment = await selectEntity(m, Appointment, 'id', plan.apptId, { forUpdate: true });
    if (!appointment || appointment.orderId !== order.id) {
      throw DomainError.invalidParam('input.appointment.apptId', `The appointment with the id ${plan.apptId} doesn't belong to order ${order.id}.`);
    }

    const now = new Date();
    const notes = plan.notes === undefined ? order.notes : plan.notes;
    const actor = ctx.actor;
    await updateEntities(m, Order, {
      notes,
      status: 'signed_off',
      signedOffAt: now,
      signedOffBy: actor.userReference,
      signOffCount: order.signOffCount + 1,
      lastUpdated: now,
      updatedAt: newStamp(now),
    }, 'id = ?', [order.id]);
    for (const patch of plan.lineItems) {
      const { id, index: _index, path: _path, ...changes } = patch;
      await updateEntities(m, OrderLineItem, { ...changes, lastUpdated: now }, 'id = ?', [id]);
    }
    const cancel = plan.cancel;
    await updateEntities(m, Appointment, {
      done: cancel === null,
      cancelled: cancel !== null,
      cancelReason: cancel?.reason ?? null,
      cancelNote: cancel?.note ?? null,
      signedOffAt: now,
      updatedAt: now,
      updatedAtMt: newStamp(now),
      updatedBy: actor.userReference,
      updatedIn: actor.application,
    }, 'id = ?', [appointment.id]);
    await insertEntity(m, OrderSignOff, {
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
      order: (await selectEntity(m, Order, 'id', order.id))!,
      appointment: (await selectEntity(m, Appointment, 'id', appointment.id))!,
    };
  }

  /** The order under its lock; missing, invisible and stale are all decided here. */
  private async lockOrder(ctx: RequestContext, m: EntityManager, plan: SignOffPlan): Promise<Order> {
    const order = await selectEntity(m, Order, 'id', plan.orderId, { forUpdate: true });
    if (!order || !canSeeCustomer(ctx.actor, order.customerId)) {
      throw new DomainError(ErrorCode.NotFound, `The order with the id ${plan.orderId} doesn't exist.`, ['input.orderId']);
    }
    if (order.updatedAt !== plan.updatedAt) {
      throw new DomainError(
        ErrorCode.StaleUpdate,
        `The order with the id ${order.id} was changed since it was read; read it again and resend with its current updatedAt.`,
        ['input.updatedAt'],
        { currentUpdatedAt: order.updatedAt },
      );
    }
    return order;
  }

  /** The listed line items under their locks (ascending id); each must belong to the order and keep its quantities. */
  private async lockLineItems(m: EntityManager, plan: SignOffPlan): Promise<void> {
    if (plan.lineItems.length === 0) return;
    const ids = plan.lineItems.map((p) => p.id);
    const rows = await selectEntities(m, OrderLineItem, `x.id IN (${placeholders(ids.length)})`, ids, { orderBy: 'x.id ASC', forUpdate: true });
    const byId = new Map(rows.map((r) => [r.id, r]));
    // Report the first offender in the order the client listed them.
    for (const patch of [...plan.lineItems].sort((a, b) => a.index - b.index)) {
      const stored = byId.get(patch.id);
      if (!stored || stored.orderId !== plan.orderId) {
        throw DomainError.invalidParam(`${patch.path}.lineItemId`, `The line item with the id ${patch.id} doesn't belong to order ${plan.orderId}.`);
      }
      checkQuantities(patch, stored);
    }
  }
}
