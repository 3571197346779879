/*
 * The API's wildcard patterns: `*` matches any run of characters, every other character is
 * literal. They become SQL LIKE patterns with `!` as the escape character, which MySQL,
 * MariaDB and SQLite all accept in an `ESCAPE '!'` clause (a backslash would need quoting
 * that differs between them).
 */

export const LIKE_ESCAPE = '!';

/** The SQL condition for `column` matching a bound LIKE pattern parameter `:name`. */
export function likeCondition(column: string, param: string): string {
  return `${column} LIKE :${param} ESCAPE '${LIKE_ESCAPE}'`;
}

/** A wildcard pattern as a LIKE pattern: `%`, `_` and `!` escaped, `*` turned into `%`. */
export function wildcardToLike(pattern: string): string {
  let out = '';
  for (const ch of pattern) {
    if (ch === '*') out += '%';
    else if (ch === '%' || ch === '_' || ch === LIKE_ESCAPE) out += LIKE_ESCAPE + ch;
    else out += ch;
  }
  return out;
}
