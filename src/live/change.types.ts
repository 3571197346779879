/*
 * What the live features (subscriptions, the change feed) agree on: one change of one row, as
 * the change table records it for every writer of the database (the gateway, other apps, direct
 * SQL), and the source that hands each instance the new changes in order.
 */

/** The record type a change is about. */
export type ChangeEntity = 'appointment' | 'order';

/** What happened to the row. SIGNED_OFF: an order's sign-off (and, for appointments, their order's). */
export type ChangeKind = 'CREATED' | 'UPDATED' | 'DELETED' | 'SIGNED_OFF';

export interface ChangeEvent {
  /** The change's position in the change table: strictly increasing, the feed's cursor. */
  seq: number;
  entity: ChangeEntity;
  kind: ChangeKind;
  /** The id of the appointment or order that changed. */
  rowId: number;
  /** The row's customer after the change (for a deletion: before it); what row rules check. */
  customerId: number | null;
  /** The row's customer before the change when it moved to another customer, else null. */
  previousCustomerId: number | null;
  /** For an appointment: its order after the change (before it, for a deletion). */
  orderId: number | null;
  /** The row's stamp after the change; null for a deletion. */
  updatedAtMt: string | null;
  /** When the change was recorded (the database's clock, UTC). */
  changedAt: Date;
}

/** Hands every listener of this instance each batch of new changes, in seq order, none skipped. */
export interface ChangeSource {
  /** Starts delivering batches to `listener`; returns the function that stops it. */
  onChanges(listener: (batch: readonly ChangeEvent[]) => void): () => void;
}
