import { Field, ObjectType } from 'type-graphql';
import { Appointment, Order } from '../database/entities';

@ObjectType({ description: 'The order and the appointment as the sign-off left them.' })
export class SignOffOrderPayload {
  @Field(() => Order)
  order!: Order;

  @Field(() => Appointment)
  appointment!: Appointment;
}
