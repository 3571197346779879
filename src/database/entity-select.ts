import type { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { dialectOf } from './dialect';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/*
 * Rows to entities without TypeORM's generic result transformer: each raw row becomes an
 * entity through a mapper compiled once per entity and alias (see entitySelect). On MySQL the
 * common column types are converted inline, exactly as the driver's prepareHydratedValue would; everything else (SQLite, transformers, other types) goes through
 * prepareHydratedValue itself. A page of 100 appointments spent about a fifth of its CPU time
 * in the generic transformer (`npm run bench -- --profile`); mapping 1000 appointment rows
 * costs ~1.5 ms this way against ~11 ms through getMany().
 */

type Convert = ((value: unknown) => unknown) | null;
type Mapper<T> = (raw: Record<string, unknown>) => T;

/** How a raw value becomes the property's value; null when it is taken as it is. */
function converter(db: DataSource, column: ColumnMetadata): Convert {
  const generic = (value: unknown) => db.driver.prepareHydratedValue(value, column);
  if (dialectOf(db).name !== 'mysql' || column.transformer) return generic;
  const type = column.type;
  if (type === 'boolean' || type === 'bool' || type === Boolean) return (v) => (v == null ? v : Boolean(v));
  if (type === 'datetime' || type === Date) return (v) => (v == null || v instanceof Date ? v : generic(v));
  // mysql2 answers DATE as 'YYYY-MM-DD' (dateStrings: ['DATE']) and TIME as 'HH:MM:SS': already what the driver makes of them.
  if (type === 'date') return (v) => (v == null || (typeof v === 'string' && v.length === 10) ? v : generic(v));
  if (type === 'time') return (v) => (v == null || (typeof v === 'string' && v.length === 8) ? v : generic(v));
  if (type === 'int' || type === 'integer' || type === 'varchar' || type === 'text' || type === String) return null;
  return generic;
}

/**
 * Compiles the mapper into one function with every property and raw key written out, so V8
 * sees fixed-shape stores instead of keyed ones. The names come from the entity metadata and
 * are embedded as JSON string literals.
 */
function compile<T>(db: DataSource, metadata: EntityMetadata, alias: string, columns: readonly ColumnMetadata[]): Mapper<T> {
  const converters = columns.map((c) => converter(db, c));
  const body = columns
    .map((c, i) => {
      // The alias SelectQueryBuilder gives the column in its SELECT list.
      const value = `raw[${JSON.stringify(DriverUtils.buildAlias(db.driver, undefined, alias, c.databaseName))}]`;
      return `e[${JSON.stringify(c.propertyName)}] = ${converters[i] ? `c[${i}](${value})` : value};`;
    })
    .join('\n');
  const make = new Function('Target', 'c', `return function map(raw) { const e = new Target();\n${body}\nreturn e; };`);
  return make(metadata.target, converters) as Mapper<T>;
}

function supported(metadata: EntityMetadata): boolean {
  return (
    typeof metadata.target === 'function' &&
    metadata.embeddeds.length === 0 &&
    metadata.columns.every((c) => !c.embeddedMetadata && c.propertyPath === c.propertyName)
  );
}

/** An entity's columns (or some of them) as a SELECT list under `alias`, and the mapper from a row of it to the entity. */
export interface EntitySelect<T> {
  /** `a`.`id` AS `a_id`, … (quoted for the DataSource's driver). */
  columns: string;
  /** The table, quoted, with the alias: `appointments` `a`. */
  from: string;
  map: Mapper<T>;
}

const selects = new WeakMap<EntityMetadata, Map<string, EntitySelect<unknown>>>();

/**
 * The SELECT list and mapper of `entity` under `alias`, built once: for hand-written
 * statements on the hot read paths, where building the same SQL with a query builder on
 * every request cost more CPU than running it (`npm run bench -- --profile`). With
 * `properties`, only those columns are read and mapped (the other properties are left unset);
 * the caller bounds how many different sets it asks for, each is kept.
 */
export function entitySelect<T extends ObjectLiteral>(
  db: DataSource,
  entity: new () => T,
  alias: string,
  properties?: ReadonlySet<string>,
): EntitySelect<T> {
  const metadata = db.getMetadata(entity);
  if (!supported(metadata)) throw new Error(`${metadata.name} has a shape entitySelect does not cover (embedded columns)`);
  const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual && (!properties || properties.has(c.propertyName)));
  const key = properties ? `${alias}:${columns.map((c) => c.propertyName).join()}` : alias;
  let byKey = selects.get(metadata);
  if (!byKey) selects.set(metadata, (byKey = new Map()));
  let select = byKey.get(key) as EntitySelect<T> | undefined;
  if (!select) {
    const q = (name: string) => db.driver.escape(name);
    const list = columns
      .map((c) => `${q(alias)}.${q(c.databaseName)} AS ${q(DriverUtils.buildAlias(db.driver, undefined, alias, c.databaseName))}`)
      .join(', ');
    select = { columns: list, from: `${q(metadata.tableName)} ${q(alias)}`, map: compile<T>(db, metadata, alias, columns) };
    byKey.set(key, select);
  }
  return select;
}
