import type { Actor } from '../context/actor';
import type { RowSource } from '../context/relation';
import { exactEquals } from '../database/dialect';
import { selectByIds, selectByReferences, selectEntities } from '../database/entity-statements';
import { ListQuery, listCount, listKeysetRows, listPageIds, nameFilterConditions } from '../database/list-statements';
import type { DbScope, ReadSide } from '../database/statements';
import { AppointmentCategory } from '../database/entities';
import type { CursorPosition } from '../domain/keyset-cursor';
import { NameCriteria, NameSort, nameSortKeys } from '../domain/named-records';
import { SortOrder } from '../domain/sort-order';

const SORT_KEYS = nameSortKeys<AppointmentCategory>('x');

/** The one door to appointment categories: reference data every role may read. */
export class AppointmentCategoryRepository {
  see(_actor: Actor, row: AppointmentCategory): AppointmentCategory {
    return row;
  }

  /** Categories by id (null where missing): one statement. */
  byIds(scope: DbScope, side: ReadSide, ids: readonly number[]): Promise<(AppointmentCategory | null)[]> {
    return selectByIds(scope, side, AppointmentCategory, ids);
  }

  /** The category with exactly this reference (byte for byte), or null. */
  async byReference(scope: DbScope, side: ReadSide, reference: string): Promise<AppointmentCategory | null> {
    const [row] = await selectEntities(scope, side, AppointmentCategory, exactEquals('x.reference'), [reference, reference], {
      prepared: true,
    });
    return row ?? null;
  }

  /** The ids of the categories with these references (byte for byte), in their order (null where there is none): one statement. */
  async idsByReference(scope: DbScope, side: ReadSide, references: readonly string[]): Promise<(number | null)[]> {
    return (await selectByReferences(scope, side, AppointmentCategory, references)).map((row) => row?.id ?? null);
  }

  /** A list of categories, filtered and sorted, as its statements are built (exposed so tests can EXPLAIN them). */
  listQuery(scope: DbScope, criteria: NameCriteria, sort: NameSort, order: SortOrder): ListQuery<AppointmentCategory> {
    return { entity: AppointmentCategory, conditions: nameFilterConditions(scope, criteria), sort: SORT_KEYS[sort], order };
  }

  /** The ids of one offset page, in order (the id breaks ties). */
  pageIds(
    scope: DbScope,
    side: ReadSide,
    c: NameCriteria,
    sort: NameSort,
    order: SortOrder,
    max: number,
    offset: number,
  ): Promise<number[]> {
    return listPageIds(scope, side, this.listQuery(scope, c, sort, order), max, offset);
  }

  count(scope: DbScope, side: ReadSide, c: NameCriteria): Promise<number> {
    return listCount(scope, side, this.listQuery(scope, c, 'ID', SortOrder.ASC));
  }

  /** Up to `limit` categories after the cursor's position, in order: one statement. */
  keysetRows(
    scope: DbScope,
    side: ReadSide,
    c: NameCriteria,
    sort: NameSort,
    order: SortOrder,
    limit: number,
    after: CursorPosition | null,
  ): Promise<AppointmentCategory[]> {
    return listKeysetRows(scope, side, this.listQuery(scope, c, sort, order), limit, after);
  }

  /** The categories with these ids, in the order of `ids`: one statement. */
  async rowsByIds(scope: DbScope, side: ReadSide, ids: readonly number[]): Promise<AppointmentCategory[]> {
    return (await this.byIds(scope, side, ids)).filter((r): r is AppointmentCategory => r !== null);
  }

  readonly rows: RowSource<AppointmentCategory> = {
    entity: AppointmentCategory,
    byIds: (ctx, ids) => this.byIds(ctx, ctx.readSide, ids),
    see: (actor, row) => this.see(actor, row),
  };
}
