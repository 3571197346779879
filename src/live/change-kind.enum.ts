import { registerEnumType } from 'type-graphql';
import type { ChangeKind } from './change.types';

/** The change kinds as a GraphQL enum (the values are the domain's ChangeKind). */
export const ChangeKindEnum: { [K in ChangeKind]: K } = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  DELETED: 'DELETED',
  SIGNED_OFF: 'SIGNED_OFF',
};

registerEnumType(ChangeKindEnum, {
  name: 'ChangeKind',
  description: 'What happened to a row, whichever application or statement wrote it.',
  valuesConfig: {
    CREATED: { description: 'The row was inserted.' },
    UPDATED: {
      description:
        'The row was updated (a move to another customer included). On MySQL an UPDATE that matches the row without changing it counts too: compare updatedAtMt.',
    },
    DELETED: { description: 'The row was deleted.' },
    SIGNED_OFF: {
      description:
        'The row was signed off: an order whose sign-off count grew, or the appointment of that sign-off (signedOffAt set anew).',
    },
  },
});
