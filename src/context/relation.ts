import type { JsonField } from '../database/json-text';
import type { Actor } from './actor';
import type { Batch } from './loaders';
import type { RequestContext } from './request-context';

/*
 * Relations are declared once per aggregate (`<feature>.relations.ts`): a name, the key on the
 * parent, and the target repository's rows. The field resolvers, the page preload and the
 * joined look-ups all go through the declaration, so they load the same way and apply the
 * target's row rules the same way.
 */

/** What a repository offers as the target of a to-one relation: its rows by id and its row rule. */
export interface RowSource<T extends { id: number }> {
  /** The entity, for a parent's statement that joins the row in. */
  entity: new () => T;
  /** The rows with these ids as the actor may see them (null where missing or not visible). */
  byIds: Batch<number, T | null>;
  /** The row rule: what the actor may see of a stored row (null, a masked copy, or the row). */
  see(actor: Actor, row: T): T | null;
}

/** A to-one relation: the parent's `key` names a row of `target`. */
export interface ToOne<P, T extends { id: number }> {
  kind: 'one';
  key: keyof P & string;
  target: RowSource<T>;
  /** The value for `parent`: at once when loaded already (preloaded or joined), else a promise. */
  load(ctx: RequestContext, parent: P): T | null | Promise<T | null>;
  /** Records a row read by the parent's own statement (a join), through the target's row rule. */
  prime(ctx: RequestContext, parent: P, row: T | null): void;
  /** Loads the relation of many parents at once (one statement). */
  preload(ctx: RequestContext, parents: readonly P[]): Promise<unknown>;
}

/** A to-many relation: the rows of `batch` for each parent id. */
export interface ToMany<P extends { id: number }, T> {
  kind: 'many';
  load(ctx: RequestContext, parent: P): T[] | Promise<T[]>;
  preload(ctx: RequestContext, parents: readonly P[]): Promise<unknown>;
  /** The same rows as JSON text of `fields` (database/json-text.ts), for each parent id; absent where the target cannot write it. */
  text?: TextBatch;
}

/** For each parent id, its related rows as JSON text of `fields`, with the same row rules, order and cap as the relation's batch. */
export type TextBatch = (ctx: RequestContext, parentIds: readonly number[], fields: readonly JsonField[]) => Promise<string[][]>;

export type Relation<P extends { id: number }> = ToOne<P, any> | ToMany<P, unknown>;

export function toOne<P, T extends { id: number }>(key: keyof P & string, target: RowSource<T>): ToOne<P, T> {
  const idOf = (parent: P) => parent[key] as unknown as number | null;
  return {
    kind: 'one',
    key,
    target,
    load(ctx, parent) {
      const id = idOf(parent);
      return id == null ? null : ctx.loaders.of(target.byIds).get(id);
    },
    prime(ctx, parent, row) {
      const id = idOf(parent);
      if (id == null) return;
      ctx.loaders.of(target.byIds).settle(id, row === null ? null : target.see(ctx.actor, row));
    },
    preload(ctx, parents) {
      const ids = [...new Set(parents.map(idOf).filter((id): id is number => id != null))];
      return ids.length ? ctx.loaders.of(target.byIds).loadMany(ids) : Promise.resolve();
    },
  };
}

/** `batch` answers, for each parent id, the rows the actor may see (the target repository applies its rules). */
export function toMany<P extends { id: number }, T>(batch: Batch<number, T[]>, text?: TextBatch): ToMany<P, T> {
  return {
    kind: 'many',
    text,
    load: (ctx, parent) => ctx.loaders.of(batch).get(parent.id),
    preload: (ctx, parents) => (parents.length ? ctx.loaders.of(batch).loadMany(parents.map((p) => p.id)) : Promise.resolve()),
  };
}

/** Loads, for all `parents` at once, each relation of `relations` whose name is in `fields`. */
export async function preloadRelations<P extends { id: number }>(
  ctx: RequestContext,
  relations: Record<string, Relation<P>>,
  parents: readonly P[],
  fields: ReadonlySet<string>,
): Promise<void> {
  if (parents.length === 0) return;
  await Promise.all(
    Object.entries(relations)
      .filter(([name]) => fields.has(name))
      .map(([, r]) => r.preload(ctx, parents)),
  );
}
