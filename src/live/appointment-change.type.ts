import { Field, ID, ObjectType } from 'type-graphql';
import { Appointment } from '../database/entities';
import type { ChangeKind as Kind } from './change.types';
import { ChangeKind } from './change-kind.enum';

@ObjectType({ description: 'One change of an appointment the subscriber may see and whose filter it matches.' })
export class AppointmentChangeEvent {
  @Field(() => ChangeKind, { description: 'What happened.' })
  kind!: Kind;

  @Field(() => ID, { description: "The appointment's id." })
  id!: number;

  @Field(() => String, { nullable: true, description: 'The stamp this change wrote (Appointment.updatedAtMt); null for a deletion.' })
  updatedAtMt!: string | null;

  @Field(() => Date, { description: 'When the change was recorded (UTC instant).' })
  changedAt!: Date;

  @Field(() => Appointment, {
    nullable: true,
    description:
      'The appointment as it is when the event is delivered (it may already carry a later change of the same batch), with any selection; null for a deletion.',
  })
  appointment!: Appointment | null;
}
