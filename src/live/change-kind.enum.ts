import { registerEnumType } from 'type-graphql';
import type { ChangeKind as Kind } from './change.types';

/** The kinds of change, as the GraphQL enum ChangeKind. */
export const ChangeKind: { [K in Kind]: K } = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  DELETED: 'DELETED',
  SIGNED_OFF: 'SIGNED_OFF',
};

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What happened to the record.',
  valuesConfig: {
    CREATED: { description: 'The record was created.' },
    UPDATED: { description: 'The record was written (by the gateway, another application or direct SQL).' },
    DELETED: { description: 'The record was deleted: the event carries its id, no record.' },
    SIGNED_OFF: { description: "The order was signed off or amended (for an appointment: its sign-off as part of its order's)." },
  },
});
