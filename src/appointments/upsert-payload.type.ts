import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Appointment } from '../database/entities';

import { UpsertOutcome } from './appointment.types';

export { UpsertOutcome };

registerEnumType(UpsertOutcome, {
  name: 'UpsertOutcome',
  description: 'What an upsert did: inserted a new row, changed the existing one, or found it already as sent.',
});

@ObjectType({ description: 'The appointment as stored after an upsert, and what the upsert did.' })
export class UpsertAppointmentPayload {
  @Field(() => Appointment)
  appointment!: Appointment;

  @Field(() => UpsertOutcome)
  outcome!: UpsertOutcome;
}
