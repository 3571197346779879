import { Field, ID, ObjectType } from 'type-graphql';
import { Order } from '../database/entities';
import type { ChangeKind as Kind } from './change.types';
import { ChangeKindEnum } from './change-kind.enum';

@ObjectType({ description: 'One change of the subscribed order: a write, a sign-off or an amendment, or its deletion.' })
export class OrderChangeEvent {
  @Field(() => ChangeKindEnum, { description: 'What happened.' })
  kind!: Kind;

  @Field(() => ID, { description: "The order's id." })
  id!: number;

  @Field(() => String, { nullable: true, description: 'The stamp this change wrote (Order.updatedAt); null for a deletion.' })
  updatedAt!: string | null;

  @Field(() => Date, { description: 'When the change was recorded (UTC instant).' })
  changedAt!: Date;

  @Field(() => Order, {
    nullable: true,
    description:
      'The order as it is when the event is delivered, with any selection; null for a deletion and for an order deleted since the change (its DELETED event follows).',
  })
  order!: Order | null;
}
