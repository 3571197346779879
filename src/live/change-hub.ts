import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppointmentCriteria } from '../appointments/appointment-filter';
import { type Actor, SYSTEM_ACTOR } from '../context/actor';
import { Loaders } from '../context/loaders';
import type { RequestContext } from '../context/request-context';
import type { Appointment, Order } from '../database/entities';
import type { Repositories } from '../repositories';
import type { ChangeEvent, ChangeSource } from './change.types';
import type { AppointmentChange, OrderChange } from './live.types';

/*
 * The fan-out between one ChangeSource and the subscriptions of this instance. The database
 * work of a batch of changes does not grow with the number of subscribers: the changed rows
 * are read once (one statement per record type), every distinct filter is judged once over
 * them (on the rows read when it names ids alone, as a customer portal's does; otherwise one
 * statement for up to 50 such filters, however many subscribers share each), and row rules
 * are the repositories' `see`, applied in memory per subscriber. Subscribers are indexed by
 * customer, so an event costs work for those who may receive it, not for everyone.
 * Relation fields a subscriber selects load through loaders shared by every subscriber who
 * sees rows the same way (loadersFor), fresh for each batch.
 */

/** One subscription as the hub knows it: who it acts as, and where its events go (never waits). */
export interface Watcher<E> {
  actor: Actor;
  deliver(event: E): void;
}

/** The watchers of one filter (or one order), by the customers whose rows they may see. */
class Audience<E> {
  private readonly everyone = new Set<Watcher<E>>();
  private readonly byCustomer = new Map<number, Set<Watcher<E>>>();
  size = 0;

  add(w: Watcher<E>): void {
    this.size += 1;
    if (w.actor.customerIds === null) this.everyone.add(w);
    for (const id of w.actor.customerIds ?? []) {
      let set = this.byCustomer.get(id);
      if (!set) this.byCustomer.set(id, (set = new Set()));
      set.add(w);
    }
  }

  remove(w: Watcher<E>): void {
    this.size -= 1;
    this.everyone.delete(w);
    for (const id of w.actor.customerIds ?? []) {
      const set = this.byCustomer.get(id);
      set?.delete(w);
      if (set?.size === 0) this.byCustomer.delete(id);
    }
  }

  /** Those who may receive a row of this customer (the row rule is still asked of each). */
  *receivers(customerId: number | null): Iterable<Watcher<E>> {
    yield* this.everyone;
    if (customerId !== null) yield* this.byCustomer.get(customerId) ?? [];
  }
}

interface FilterGroup {
  criteria: AppointmentCriteria;
  /** True when the filter has conditions to evaluate in SQL. */
  filtered: boolean;
  audience: Audience<AppointmentChange>;
}

/**
 * Whether a deleted appointment passes a filter: the row is gone, so only what the change
 * still knows is compared (its id, customer and order); the filter's other conditions cannot
 * be judged and do not hold it back.
 */
export function removedMatches(criteria: AppointmentCriteria, change: ChangeEvent): boolean {
  if (criteria.ids && !criteria.ids.includes(change.rowId)) return false;
  if (criteria.customerId != null && criteria.customerId !== change.customerId) return false;
  if (criteria.orderId != null && criteria.orderId !== change.orderId) return false;
  return true;
}

/** Actors who see every row the same way share loaders: by role, and by user and customers when scoped. */
export function visibilityKey(actor: Actor): string {
  return actor.customerIds === null ? `${actor.role}|*` : `${actor.role}|${actor.userId}|${[...actor.customerIds].sort().join(',')}`;
}

export interface HubDeps {
  db: DataSource;
  repositories: Pick<Repositories, 'appointments' | 'orders'>;
  log: Logger;
  /** Told how long each batch took to fan out (seconds). */
  onBatch?: (seconds: number, events: number) => void;
}

export class ChangeHub {
  private readonly groups = new Map<string, FilterGroup>();
  private readonly orderAudiences = new Map<number, Audience<OrderChange>>();
  private batchLoaders = new Map<string, Loaders>();
  private pending: ChangeEvent[] = [];
  private running: Promise<void> | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly deps: HubDeps) {}

  /** Starts consuming `source`. */
  start(source: ChangeSource): void {
    this.unsubscribe = source.onChanges((batch) => this.enqueue(batch));
  }

  /** Stops consuming; resolves once the batch being fanned out is done. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.pending = [];
    await this.running;
  }

  /** Registers a subscriber of the appointments that match `criteria`; returns the function that removes it. */
  watchAppointments(criteria: AppointmentCriteria, watcher: Watcher<AppointmentChange>): () => void {
    const key = JSON.stringify(criteria);
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { criteria, filtered: Object.keys(criteria).length > 0, audience: new Audience() }));
    group.audience.add(watcher);
    return () => {
      group.audience.remove(watcher);
      if (group.audience.size === 0 && this.groups.get(key) === group) this.groups.delete(key);
    };
  }

  /** Registers a subscriber of one order's changes; returns the function that removes it. */
  watchOrder(orderId: number, watcher: Watcher<OrderChange>): () => void {
    let audience = this.orderAudiences.get(orderId);
    if (!audience) this.orderAudiences.set(orderId, (audience = new Audience()));
    audience.add(watcher);
    return () => {
      audience.remove(watcher);
      if (audience.size === 0 && this.orderAudiences.get(orderId) === audience) this.orderAudiences.delete(orderId);
    };
  }

  /** The loaders of the current batch for everyone who sees rows as `actor` does. */
  loadersFor(actor: Actor): Loaders {
    const key = visibilityKey(actor);
    let loaders = this.batchLoaders.get(key);
    if (!loaders) {
      const ctx: RequestContext = { ...this.context(actor), loaders: undefined as never };
      loaders = ctx.loaders = new Loaders(() => ctx);
      this.batchLoaders.set(key, loaders);
    }
    return loaders;
  }

  /** Batches that arrive while one is fanned out are taken together: the work follows the rate of batches, not their count. */
  private enqueue(batch: readonly ChangeEvent[]): void {
    if (batch.length === 0) return;
    this.pending.push(...batch);
    if (!this.running) this.running = this.drain();
  }

  private async drain(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending;
      this.pending = [];
      const started = performance.now();
      try {
        await this.fanOut(batch);
      } catch (err) {
        this.deps.log.error({ err, events: batch.length }, 'a batch of changes could not be delivered to subscribers');
      }
      this.deps.onBatch?.((performance.now() - started) / 1000, batch.length);
    }
    this.running = null;
  }

  private context(actor: Actor): RequestContext {
    const ctx: RequestContext = {
      requestId: 'live',
      log: this.deps.log,
      db: this.deps.db,
      replica: this.deps.db,
      readSide: 'primary',
      actor,
      loaders: undefined as never,
    };
    ctx.loaders = new Loaders(() => ctx);
    return ctx;
  }

  private async fanOut(batch: readonly ChangeEvent[]): Promise<void> {
    this.batchLoaders = new Map();
    const appointments = this.groups.size ? batch.filter((e) => e.entity === 'appointment') : [];
    const orders = batch.filter((e) => e.entity === 'order' && this.orderAudiences.has(e.rowId));
    // Changes are read from the primary: a replica may not have them yet.
    const system = this.context(SYSTEM_ACTOR);
    await Promise.all([this.fanOutAppointments(system, appointments), this.fanOutOrders(system, orders)]);
  }

  private async fanOutAppointments(system: RequestContext, events: readonly ChangeEvent[]): Promise<void> {
    if (events.length === 0) return;
    const repository = this.deps.repositories.appointments;
    const ids = [...new Set(events.filter((e) => e.kind !== 'DELETED').map((e) => e.rowId))];
    const groups = [...this.groups.values()];
    const filtered = groups.filter((g) => g.filtered);
    const { rows, matches } = await repository.changedRows(
      system,
      'primary',
      ids,
      filtered.map((g) => g.criteria),
    );
    const byId = new Map<number, Appointment>(rows.map((r) => [r.id, r]));
    const matched = new Map<FilterGroup, Set<number>>(filtered.map((g, i) => [g, matches[i]]));
    for (const event of events) {
      // Null for a deletion, and for a row deleted since this change (its deletion follows): the
      // event still goes out, judged like a deletion by what the change knows.
      const row = event.kind === 'DELETED' ? null : (byId.get(event.rowId) ?? null);
      const change: AppointmentChange = {
        kind: event.kind,
        id: event.rowId,
        updatedAtMt: event.updatedAtMt,
        changedAt: event.changedAt,
        appointment: row,
      };
      const customerId = row ? row.customerId : event.customerId;
      const told = new Set<Watcher<AppointmentChange>>();
      for (const group of groups) {
        const passes = row ? !group.filtered || matched.get(group)!.has(row.id) : removedMatches(group.criteria, event);
        if (!passes) continue;
        for (const w of group.audience.receivers(customerId)) {
          const visible = row ? repository.see(w.actor, row) !== null : repository.seeRemoved(w.actor, event.customerId);
          if (!visible) continue;
          w.deliver(change);
          if (event.previousCustomerId !== null) told.add(w);
        }
      }
      if (event.previousCustomerId !== null) this.tellTheSideLeft(groups, event, change, told);
    }
  }

  /**
   * An appointment moved to another customer: the users of the customer it left may no longer see
   * it, so they get the change with a null record (as the change feed shows a move to both sides),
   * judged like a deletion by what the change knows of the old side.
   */
  private tellTheSideLeft(
    groups: FilterGroup[],
    event: ChangeEvent,
    change: AppointmentChange,
    told: ReadonlySet<Watcher<AppointmentChange>>,
  ): void {
    const left = event.previousCustomerId;
    if (left === null || left === event.customerId) return;
    const repository = this.deps.repositories.appointments;
    const before: ChangeEvent = { ...event, customerId: left };
    const gone: AppointmentChange = { ...change, appointment: null };
    for (const group of groups) {
      if (!removedMatches(group.criteria, before)) continue;
      for (const w of group.audience.receivers(left)) {
        // Whoever got the change itself (staff, a liaison of both customers) needs no second event.
        if (!told.has(w) && repository.seeRemoved(w.actor, left)) w.deliver(gone);
      }
    }
  }

  private async fanOutOrders(system: RequestContext, events: readonly ChangeEvent[]): Promise<void> {
    if (events.length === 0) return;
    const repository = this.deps.repositories.orders;
    const ids = [...new Set(events.filter((e) => e.kind !== 'DELETED').map((e) => e.rowId))];
    const rows = await repository.byIds(system, 'primary', ids);
    const byId = new Map<number, Order>(rows.filter((r): r is Order => r !== null).map((r) => [r.id, r]));
    for (const event of events) {
      const row = event.kind === 'DELETED' ? null : (byId.get(event.rowId) ?? null);
      const change: OrderChange = {
        kind: event.kind,
        id: event.rowId,
        updatedAt: event.updatedAtMt,
        changedAt: event.changedAt,
        order: row,
      };
      const audience = this.orderAudiences.get(event.rowId);
      for (const w of audience?.receivers(row ? row.customerId : event.customerId) ?? []) {
        const visible = row ? repository.see(w.actor, row) !== null : repository.seeRemoved(w.actor, event.customerId);
        if (visible) w.deliver(change);
      }
    }
  }
}
