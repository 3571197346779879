import { canSeeCustomer } from '../accounts/permissions';
import type { Actor } from '../context/actor';
import { dialectOf } from '../database/dialect';
import { DbScope, execute, RawRow, select } from '../database/statements';
import { betweenTransactions } from '../database/transaction';
import { settledPrefix } from './change-gaps';
import type { ChangeEntity, ChangeEvent, ChangeKind } from './change.types';

/** Marks the statements the gateway sends on its own (the poller's, the pruner's), so statement counts of requests can leave them out. */
export const BACKGROUND_SQL_COMMENT = 'background';

/** One read of the change table after a position. */
export interface ChangeRead {
  /** The oldest change still kept (null: none is); a position before it was pruned. */
  firstSeq: number | null;
  /** The settled changes after the position, at most `limit`, that the actor may see, in seq order. */
  changes: ChangeEvent[];
  /** The last settled seq read (visible or not): where the next read starts; the position itself when none. */
  through: number;
  /** True when more settled changes follow `through` right now. */
  more: boolean;
}

const KINDS: readonly ChangeKind[] = ['CREATED', 'UPDATED', 'DELETED', 'SIGNED_OFF'];
const ENTITIES: readonly ChangeEntity[] = ['appointment', 'order'];

const idOrNull = (v: unknown) => (v == null ? null : Number(v));

/**
 * The one door to the change table that the triggers on appointments and orders fill (see the
 * migration RowChanges1764806400000 and docs/live-changes.md). Reads go to the primary, where
 * the triggers write. Row rule: a change is the actor's when the row's customer is theirs, after
 * the change or, for a move to another customer, before it.
 */
export class ChangeRepository {
  /** Row rule: the change of a row of a customer outside the actor's scope (before and after a move) is left out. */
  see(actor: Actor, change: ChangeEvent): ChangeEvent | null {
    const theirs =
      canSeeCustomer(actor, change.customerId) || (change.previousCustomerId !== null && canSeeCustomer(actor, change.previousCustomerId));
    return theirs ? change : null;
  }

  /** The one statement of `read`: up to `limit` + 1 changes after `after`, the oldest kept seq and the database's clock (exposed for EXPLAIN). */
  readStatement(scope: DbScope, after: number, limit: number, background = false): { sql: string; params: unknown[] } {
    const dialect = dialectOf(scope.db);
    // The oldest kept seq and the database's clock come with the rows: a one-row derived table,
    // LEFT JOINed so that they come back when no change follows `after`. The changes are a derived
    // table with their own ORDER BY and LIMIT, so that they are read along the primary key and
    // stop at the limit (joined directly, MariaDB reads the whole range after `after` and sorts it).
    const sql =
      `${background ? `/* ${BACKGROUND_SQL_COMMENT} */ ` : ''}` +
      `SELECT f.first_seq, f.db_now, c.seq, c.entity, c.kind, c.row_id, c.customer_id, c.previous_customer_id, c.order_id, ` +
      `c.updated_at_mt, c.changed_at FROM (SELECT MIN(seq) AS first_seq, ${dialect.utcNow} AS db_now FROM row_changes) f ` +
      `LEFT JOIN (SELECT seq, entity, kind, row_id, customer_id, previous_customer_id, order_id, updated_at_mt, changed_at ` +
      `FROM row_changes WHERE seq > ? ORDER BY seq LIMIT ?) c ON 1 = 1 ORDER BY c.seq`;
    return { sql, params: [after, limit + 1] };
  }

  /**
   * The changes after `after` (0: from the oldest kept), up to `limit`, settled (change-gaps.ts:
   * never past a seq that a transaction still open may yet commit, nor past a gap younger than
   * `gapBoundMs`), as `actor` may see them: one statement, whatever the limit. `background`
   * marks the statement as the gateway's own (the poller's).
   */
  async read(
    scope: DbScope,
    actor: Actor,
    after: number,
    limit: number,
    gapBoundMs: number,
    options: { entity?: ChangeEntity; background?: boolean } = {},
  ): Promise<ChangeRead> {
    const dialect = dialectOf(scope.db);
    const { sql, params } = this.readStatement(scope, after, limit, options.background ?? false);
    // On SQLite's shared connection, never inside a transaction of this process: its rows may still roll back.
    const raw = await betweenTransactions(scope, () => select(scope, 'primary', sql, params));
    const head = raw[0];
    const now = dialect.instant(head.db_now);
    const rows = raw
      .filter((r) => r.seq != null)
      .map((r) => ({
        seq: Number(r.seq),
        changedAt: dialect.instant(r.changed_at),
        event: this.toEvent(r, dialect.instant(r.changed_at)),
      }));
    // A reader that fell behind the pruning (the poller, after a long outage) goes on from the
    // oldest kept change: what was before it is gone. From the start (0), the seqs before the
    // oldest kept are a gap like any other: pruned, or taken by a transaction still open.
    const firstSeq = idOrNull(head.first_seq);
    const from = after > 0 && firstSeq !== null && after < firstSeq - 1 ? firstSeq - 1 : after;
    const settled = settledPrefix(rows, from, now, gapBoundMs);
    const page = settled.slice(0, limit);
    return {
      firstSeq,
      changes: page
        .map((r) => r.event)
        .filter((c): c is ChangeEvent => c !== null && (!options.entity || c.entity === options.entity) && this.see(actor, c) !== null),
      through: page.length ? page[page.length - 1].seq : after,
      more: settled.length > limit,
    };
  }

  /** The newest change's seq (0 when there is none): where a poller that starts now begins. */
  async lastSeq(scope: DbScope): Promise<number> {
    const sql = `/* ${BACKGROUND_SQL_COMMENT} */ SELECT MAX(seq) AS seq FROM row_changes`;
    const [row] = await betweenTransactions(scope, () => select(scope, 'primary', sql, []));
    return Number(row?.seq ?? 0);
  }

  /**
   * Deletes the oldest changes recorded before `cutoff`, at most `batch`, from the front only
   * (seq order, stopping at the first younger one), so that the oldest kept seq tells which
   * positions were pruned. Two statements, outside any transaction (one DELETE is atomic; a
   * concurrent prune elsewhere deletes the same front). How many it deleted.
   */
  prune(scope: DbScope, cutoff: Date, batch: number): Promise<number> {
    const dialect = dialectOf(scope.db);
    return betweenTransactions(scope, async () => {
      const front = await select(
        scope,
        'primary',
        `/* ${BACKGROUND_SQL_COMMENT} */ SELECT seq, changed_at FROM row_changes ORDER BY seq LIMIT ?`,
        [batch],
      );
      let through: number | null = null;
      for (const r of front) {
        if (dialect.instant(r.changed_at).getTime() >= cutoff.getTime()) break;
        through = Number(r.seq);
      }
      if (through === null) return 0;
      return (await execute(scope, `/* ${BACKGROUND_SQL_COMMENT} */ DELETE FROM row_changes WHERE seq <= ?`, [through])).affected;
    });
  }

  /** The change a row records; null for a row the triggers never write (another writer's): it keeps its place, unseen. */
  private toEvent(r: RawRow, changedAt: Date): ChangeEvent | null {
    const kind = String(r.kind) as ChangeKind;
    const entity = String(r.entity) as ChangeEntity;
    if (!KINDS.includes(kind) || !ENTITIES.includes(entity)) return null;
    return {
      seq: Number(r.seq),
      entity,
      kind,
      rowId: Number(r.row_id),
      customerId: idOrNull(r.customer_id),
      previousCustomerId: idOrNull(r.previous_customer_id),
      orderId: idOrNull(r.order_id),
      updatedAtMt: r.updated_at_mt == null ? null : String(r.updated_at_mt),
      changedAt,
    };
  }
}
