import { Field, ObjectType } from 'type-graphql';
import { Appointment } from '../database/entities';
import { Paging } from '../graphql/paging.type';

@ObjectType({ description: 'One offset page of appointments, with the total over all pages.' })
export class AppointmentPage {
  @Field(() => Paging)
  paging!: Paging;

  @Field(() => [Appointment])
  data!: Appointment[];
}
