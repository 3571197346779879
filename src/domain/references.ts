import { DomainError } from '../errors/domain.error';

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
