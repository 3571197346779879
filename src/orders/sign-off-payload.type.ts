import { Field, ObjectType } from 'type-graphql';
import { Appointment, Order } from '../database/entities';

@ObjectType({ description: 'The order and the appointment as the sign-off left them.' })
export class SignOffOrderPayload {
  @Field(() => Order, { description: 'The order as the sign-off left it: status signed_off, a new updatedAt, one more signOffCount.' })
  order!: Order;

  @Field(() => Appointment, { description: 'The appointment as the sign-off left it: done, or cancelled with the reason and note.' })
  appointment!: Appointment;
}
