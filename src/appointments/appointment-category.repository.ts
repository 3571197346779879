import type { Actor } from '../context/actor';
import type { RowSource } from '../context/relation';
import { selectByIds, selectByReferences } from '../database/entity-statements';
import type { DbScope, ReadSide } from '../database/statements';
import { AppointmentCategory } from '../database/entities';

/** The one door to appointment categories: reference data every role may read. */
export class AppointmentCategoryRepository {
  see(_actor: Actor, row: AppointmentCategory): AppointmentCategory {
    return row;
  }

  /** Categories by id (null where missing): one statement. */
  byIds(scope: DbScope, side: ReadSide, ids: readonly number[]): Promise<(AppointmentCategory | null)[]> {
    return selectByIds(scope, side, AppointmentCategory, ids);
  }

  /** The ids of the categories with these references (byte for byte), in their order (null where there is none): one statement. */
  async idsByReference(scope: DbScope, side: ReadSide, references: readonly string[]): Promise<(number | null)[]> {
    return (await selectByReferences(scope, side, AppointmentCategory, references)).map((row) => row?.id ?? null);
  }

  readonly rows: RowSource<AppointmentCategory> = {
    entity: AppointmentCategory,
    byIds: (ctx, ids) => this.byIds(ctx, ctx.readSide, ids),
    see: (actor, row) => this.see(actor, row),
  };
}
