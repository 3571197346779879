/*
 * Operations whose variables graphql-js has already coerced without an error (the cost limit
 * plugin does, once the operation is resolved), so the executor does not coerce them a second
 * time only to learn the same (about 1% of an update's CPU, bench/README.md).
 * Keyed by the request's context value, the one object the plugins and the executor of a
 * request share (Apollo hands its gateway executor a copy of the request itself); a WeakSet, so
 * nothing outlives the request. Every operation passes the plugin before it is executed, so a
 * mark left by an earlier operation of a batch never stands for a later one's variables.
 */
const checked = new WeakSet<object>();

/** Records that the variables of the operation about to run with `context` coerce under its definitions. */
export function markVariablesChecked(context: object): void {
  checked.add(context);
}

/** True when the variables of the operation running with `context` were coerced without an error already. */
export function variablesChecked(context: object): boolean {
  return checked.has(context);
}
