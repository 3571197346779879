import { Field, ObjectType } from 'type-graphql';
import { Appointment } from '../database/entities';
import { Paging } from '../graphql/paging.type';

@ObjectType({ description: 'One offset page of appointments, with the total over all pages.' })
export class AppointmentPage {
  @Field(() => Paging, { description: "Where this page sits: the total, the page size and offset, and the neighbouring pages' offsets." })
  paging!: Paging;

  @Field(() => [Appointment], { description: "The page's appointments, in the order asked for." })
  data!: Appointment[];
}
