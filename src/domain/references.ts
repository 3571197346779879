import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import { parseId } from './ids';

/**
 * Refuses an external reference with whitespace at either end (`invalid-param` naming `param`).
 * References compare byte for byte, but under utf8mb4_bin, the one binary collation MySQL 8 and
 * MariaDB share, trailing spaces do not count ('a' = 'a ', in the unique index too). Refused at
 * both ends, so that no stored reference carries invisible characters and two equal references
 * are identical.
 */
export function assertExactReference(value: string, param: string): void {
  if (value !== value.trim()) throw DomainError.invalidParam(param, `${param} must not begin or end with whitespace`);
}

/** A row as a client named it: by its internal id or by its external reference. */
export type IdOrReference = { id: number } | { reference: string };

/** The refusal of a row named both by id and by reference: invalid-param naming both fields. */
export function bothSent(idParam: string, referenceParam: string): DomainError {
  return new DomainError(ErrorCode.InvalidParam, `Send ${idParam} or ${referenceParam}, not both.`, [idParam, referenceParam]);
}

/**
 * Reads a row a client must name by id or by reference: exactly one of them, where null is as
 * absent (there is nothing to clear). Neither is missing-param and both is invalid-param, each
 * naming both fields; the id must be an id (invalid-param-type).
 */
export function idOrReference(
  id: string | null | undefined,
  reference: string | null | undefined,
  idParam: string,
  referenceParam: string,
): IdOrReference {
  if (id != null && reference != null) throw bothSent(idParam, referenceParam);
  if (id != null) return { id: parseId(id, idParam) };
  if (reference != null) return { reference };
  throw new DomainError(ErrorCode.MissingParam, `${idParam} or ${referenceParam} parameter is missing`, [idParam, referenceParam]);
}

/** How a message names the row: `the id 7` or `the reference O-1`. */
export function describeKey(key: IdOrReference): string {
  return 'id' in key ? `the id ${key.id}` : `the reference ${key.reference}`;
}
