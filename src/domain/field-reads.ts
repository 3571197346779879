/*
 * Reads read only the columns a query selects (issue #20). A field that is a column needs its
 * own column; a field computed from other properties says which, next to its code, with
 * `@Reads(...)`, so a read of that field reads them too. test/appointment-field-reads.test.ts
 * fails when a field of a record's GraphQL type has no known needs.
 */

const declared = new WeakMap<object, Map<string, readonly string[]>>();

/**
 * Declares the properties a computed field (a getter) reads. Only properties the class has
 * compile: `@Reads('startDate')` on a getter of a class without `startDate` is a type error.
 */
export function Reads<K extends string>(...properties: K[]) {
  return (prototype: Record<K, unknown>, field: string): void => {
    let fields = declared.get(prototype);
    if (!fields) declared.set(prototype, (fields = new Map()));
    fields.set(field, properties);
  };
}

/** The computed fields of `type` declared with `@Reads`, and the properties each reads. */
export function declaredReads(type: abstract new () => object): ReadonlyMap<string, readonly string[]> {
  return declared.get(type.prototype) ?? new Map();
}
