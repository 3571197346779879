import { registerEnumType } from 'type-graphql';
import type { NameSort } from '../domain/named-records';

/** Registers `sortEnum` (the values of NameSort) as the GraphQL enum `name` of a list of `plural`. */
export function registerNameSort(sortEnum: Record<NameSort, NameSort>, name: string, plural: string): void {
  registerEnumType(sortEnum, {
    name,
    description: `The field a list of ${plural} is sorted by; rows with equal values are ordered by id, in the same direction.`,
    valuesConfig: {
      ID: { description: 'By id; the default.' },
      NAME: { description: 'By name (under the database collation: MySQL/MariaDB ignore case, SQLite compares bytes).' },
      REFERENCE: { description: 'By reference.' },
    },
  });
}
