import type { DataSource } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { dialectOf } from './dialect';

/*
 * The database writes the JSON text of a row (issue #20, bench/README.md): the gateway sends
 * the statement and copies the text into the answer, without mapping rows to objects, running
 * resolvers or serializing. Built with CONCAT and JSON_QUOTE, never with JSON_OBJECT: MySQL 8
 * stores a JSON value's keys sorted, and an answer's keys must come in the order the query
 * asked for them. Both databases accept every function used here.
 *
 * A value the GraphQL layer would not answer as it stands (a null in a non-null field, an
 * instant JavaScript reads differently) makes the whole text NULL: CONCAT of a NULL is NULL.
 * The caller then answers the request the usual way, which raises the error it always did.
 */

/** How a leaf is written: as GraphQL serializes an ID, String, Int, Boolean or DateTimeISO. */
export type JsonLeaf = 'id' | 'string' | 'int' | 'boolean' | 'instant';

/** A field of the object being written, under its response key (a GraphQL name or alias). */
export type JsonField =
  /** A fixed JSON value (__typename). */
  | { key: string; kind: 'constant'; json: string }
  /** A column of the row, by its entity property. */
  | { key: string; kind: 'column'; property: string; leaf: JsonLeaf; nullable: boolean }
  /** The row another row's `pointer` names (by id), as an object of `fields`; null when there is none. */
  | { key: string; kind: 'one'; pointer: string; entity: new () => object; nullable: boolean; fields: JsonField[] }
  /** A list the caller reads with a statement of its own (`fields` of each row): the text is cut there (JsonSelect.segments). */
  | { key: string; kind: 'many'; relation: string; fields: JsonField[] };

/** The SQL of a row's JSON text: `segments`, with the lists (`many`, in order) to go between them. */
export interface JsonSelect {
  /** SQL expressions: the text before the first list, between lists, after the last. */
  segments: string[];
  /** LEFT JOINs the expressions read (the rows of `one` fields). */
  joins: string[];
  /** The `many` fields' relations, in the order their lists go between the segments. */
  many: string[];
}

/** A selection the text cannot be written for (a column type, a field that is not a column): the caller answers the usual way. */
export class JsonUnsupported extends Error {}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** `"key":` as an SQL string literal (GraphQL names need no escaping in either language). */
function keyLiteral(key: string): string {
  if (!NAME.test(key)) throw new JsonUnsupported(`not a GraphQL name: ${key}`);
  return `'"${key}":'`;
}

function columnType(column: ColumnMetadata): string {
  return typeof column.type === 'function' ? column.type.name.toLowerCase() : String(column.type);
}

/** The SQL writing `value` (a column of type `type`) as `leaf`, or NULL where the GraphQL layer would answer otherwise. */
function leafSql(value: string, type: string, leaf: JsonLeaf): string | null {
  const int = type === 'int' || type === 'integer' || type === 'number';
  switch (leaf) {
    case 'id':
      // An ID serializes a number as its decimal string.
      return int ? `CONCAT('"', ${value}, '"')` : type === 'varchar' ? `JSON_QUOTE(${value})` : null;
    case 'int':
      return int ? `CAST(${value} AS CHAR)` : null;
    case 'boolean':
      return type === 'boolean' ? `IF(${value}, 'true', 'false')` : null;
    case 'string':
      if (type === 'varchar' || type === 'text' || type === 'string') return `JSON_QUOTE(${value})`;
      // mysql2 answers DATE as YYYY-MM-DD and TIME as [-]HH:MM:SS (statements.ts): the same text.
      if (type === 'date') return `JSON_QUOTE(DATE_FORMAT(${value}, '%Y-%m-%d'))`;
      if (type === 'time') return `JSON_QUOTE(CAST(${value} AS CHAR))`;
      return null;
    case 'instant':
      if (type !== 'datetime') return null;
      // Date#toISOString of the UTC instant (DATETIME(3), the connection at 'Z'). Zero dates and
      // two-digit years read differently in JavaScript: NULL, so that the usual path answers them.
      return (
        `IF(YEAR(${value}) < 100 OR MONTH(${value}) = 0 OR DAYOFMONTH(${value}) = 0, NULL, ` +
        `CONCAT('"', LEFT(DATE_FORMAT(${value}, '%Y-%m-%dT%H:%i:%s.%f'), 23), 'Z"'))`
      );
  }
}

/** The SQL of `fields` of a row of `entity` under `alias`, as consecutive CONCAT arguments (`{` to `}`), cut at `many` fields. */
function objectParts(
  db: DataSource,
  entity: new () => object,
  alias: string,
  fields: readonly JsonField[],
  out: { joins: string[]; many: string[]; top: boolean },
): string[][] {
  const q = (name: string) => db.driver.escape(name);
  const meta = db.getMetadata(entity);
  const parts: string[][] = [[]];
  let current = parts[0];
  fields.forEach((field, i) => {
    current.push(i === 0 ? `'{'` : `','`, keyLiteral(field.key));
    if (field.kind === 'constant') {
      current.push(`'${field.json.replace(/[\\']/g, '\\$&')}'`);
      return;
    }
    if (field.kind === 'many') {
      if (!out.top) throw new JsonUnsupported(`a list inside a related row: ${field.key}`);
      out.many.push(field.relation);
      current = [];
      parts.push(current);
      return;
    }
    if (field.kind === 'one') {
      if (!out.top) throw new JsonUnsupported(`a related row inside a related row: ${field.key}`);
      const column = meta.findColumnWithPropertyName(field.pointer);
      if (!column) throw new JsonUnsupported(`no pointer column ${field.pointer}`);
      const joined = `jt${out.joins.length}`;
      const target = db.getMetadata(field.entity);
      out.joins.push(`LEFT JOIN ${q(target.tableName)} ${q(joined)} ON ${q(joined)}.${q('id')} = ${q(alias)}.${q(column.databaseName)}`);
      const inner = objectParts(db, field.entity, joined, field.fields, { ...out, top: false });
      const object = `CONCAT(${inner[0].join(', ')}, '}')`;
      // A pointer at no row (none, or a dangling one) reads as null, as the relation's loader answers it.
      current.push(`IF(${q(joined)}.${q('id')} IS NULL, ${field.nullable ? `'null'` : 'NULL'}, ${object})`);
      return;
    }
    const column = meta.findColumnWithPropertyName(field.property);
    if (!column || column.isVirtual || column.transformer || column.embeddedMetadata) {
      throw new JsonUnsupported(`${meta.name}.${field.property} is not a plain column`);
    }
    const value = `${q(alias)}.${q(column.databaseName)}`;
    const sql = leafSql(value, columnType(column), field.leaf);
    if (!sql) throw new JsonUnsupported(`${meta.name}.${field.property} (${columnType(column)}) as ${field.leaf}`);
    current.push(field.nullable ? `IF(${value} IS NULL, 'null', ${sql})` : sql);
  });
  if (fields.length === 0) current.push(`'{'`);
  return parts;
}

/**
 * The SQL writing `fields` of a row of `entity` under `alias` as JSON text, keys in the order
 * given. MySQL and MariaDB only: elsewhere (SQLite) it throws JsonUnsupported.
 */
export function jsonSelect(db: DataSource, entity: new () => object, alias: string, fields: readonly JsonField[]): JsonSelect {
  if (dialectOf(db).name !== 'mysql') throw new JsonUnsupported('the database writes JSON text on MySQL and MariaDB only');
  const out = { joins: [] as string[], many: [] as string[], top: true };
  const parts = objectParts(db, entity, alias, fields, out);
  parts[parts.length - 1].push(`'}'`);
  return { segments: parts.map((p) => (p.length === 1 ? p[0] : `CONCAT(${p.join(', ')})`)), joins: out.joins, many: out.many };
}
