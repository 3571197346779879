import { Field, ID, InputType, Int } from 'type-graphql';

/*
 * The sign-off form of seeds/002. A key left out keeps the stored value; a key sent as null
 * clears it (where the column may be empty).
 */

@InputType({ description: 'How much of one line item (service group) of the order was completed.' })
export class SignOffLineItemInput {
  @Field(() => ID, { description: 'A line item of the order being signed off.' })
  lineItemId!: string;

  @Field(() => String, { nullable: true, description: 'The service group name (1..255 characters; cannot be cleared).' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Ordered quantity, 0 or more (cannot be cleared).' })
  quantity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Completed quantity, 0..quantity (cannot be cleared).' })
  completedQuantity?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  completedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Who completed it (up to 100 characters).' })
  completedBy?: string | null;
}

@InputType({ description: 'The appointment the sign-off is for: cancelled when a reason is given, otherwise done.' })
export class SignOffAppointmentInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'An appointment of the order being signed off, by id; or send appointmentReference (exactly one of them: neither is ' +
      'missing-param, both invalid-param). One of another order, of no order, or that does not exist is invalid-param naming apptId.',
  })
  apptId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "apptId by the appointment's reference (exact): one or the other, not both. An unknown reference, one the caller may not see, " +
      'or an appointment of another order is invalid-param naming appointmentReference.',
  })
  appointmentReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the appointment did not happen; giving one cancels it (up to 255 characters).' })
  cancelReason?: string | null;

  @Field(() => String, { nullable: true, description: 'More about the cancellation; needs a cancelReason.' })
  cancelNote?: string | null;
}

@InputType({ description: 'An order sign-off: applied in one transaction, all of it or none of it.' })
export class SignOffOrderInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The order to sign off, by id (not-found when it does not exist or the caller may not see it); or send orderReference: ' +
      'exactly one of them (neither is missing-param, both invalid-param).',
  })
  orderId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "orderId by the order's reference (exact): one or the other, not both. The order is the mutation's target, so an unknown " +
      'reference, or one the caller may not see, is not-found naming orderReference (as an unknown orderId is).',
  })
  orderReference?: string | null;

  @Field(() => String, { nullable: true, description: "The order's notes: left out keeps them, null clears them." })
  notes?: string | null;

  @Field(() => String, { description: "The order's concurrency stamp as last read (Order.updatedAt); otherwise stale-update." })
  updatedAt!: string;

  @Field(() => [SignOffLineItemInput], { nullable: true, description: 'The line items to update; each must belong to the order, once.' })
  lineItems?: SignOffLineItemInput[] | null;

  @Field(() => SignOffAppointmentInput, { description: 'The appointment of this order the sign-off is for.' })
  appointment!: SignOffAppointmentInput;
}
