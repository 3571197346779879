import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Appointment } from '../database/entities';

import { UpsertOutcome } from './appointment.types';

export { UpsertOutcome };

registerEnumType(UpsertOutcome, {
  name: 'UpsertOutcome',
  description: 'What an upsert did: inserted a new row, changed the existing one, or found it already as sent.',
  valuesConfig: {
    CREATED: { description: 'No appointment had the reference: a new one was inserted.' },
    UPDATED: { description: 'The appointment with the reference was changed, and has a new updatedAtMt.' },
    UNCHANGED: { description: 'The appointment with the reference already held every value sent: nothing was written, updatedAtMt stays.' },
  },
});

@ObjectType({ description: 'The appointment as stored after an upsert, and what the upsert did.' })
export class UpsertAppointmentPayload {
  @Field(() => Appointment, { description: 'The appointment as the upsert left it.' })
  appointment!: Appointment;

  @Field(() => UpsertOutcome, { description: 'Whether the upsert inserted, changed or left the appointment.' })
  outcome!: UpsertOutcome;
}
