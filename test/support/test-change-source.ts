import type { ChangeEvent, ChangeSource } from '../../src/live/change.types';

/**
 * TESTS ONLY: a ChangeSource fed by the test itself, standing in for the change table's poller
 * (which a real gateway is given). `emit` hands a batch to every listener at once, as the
 * poller does after reading new rows of the change table.
 */
export class TestChangeSource implements ChangeSource {
  private readonly listeners = new Set<(batch: readonly ChangeEvent[]) => void>();
  private seq = 0;

  onChanges(listener: (batch: readonly ChangeEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Delivers one batch; each change gets the next seq and, unless given, changedAt now. */
  emit(...changes: (Partial<ChangeEvent> & Pick<ChangeEvent, 'entity' | 'kind' | 'rowId'>)[]): void {
    const batch = changes.map((c): ChangeEvent => ({
      customerId: null,
      previousCustomerId: null,
      orderId: null,
      updatedAtMt: null,
      changedAt: new Date(),
      ...c,
      seq: ++this.seq,
    }));
    for (const listener of this.listeners) listener(batch);
  }
}
