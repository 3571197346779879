import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn, intColumn, stringColumn, textColumn } from '../database/column-types';
import { Order } from './order.entity';

@ObjectType({ description: 'One sign-off of an order: kept as history, never overwritten by an amendment.' })
@Entity('order_sign_offs')
export class OrderSignOff {
  @Field(() => ID, { description: "The sign-off's id." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, { description: 'Id of the order signed off.' })
  @Index('idx_sign_offs_order')
  @Column({ name: 'order_id', type: 'int' })
  orderId!: number;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_sign_offs_order' })
  order?: Order;

  @Field(() => ID, { nullable: true, description: 'Id of the appointment signed off with it.' })
  @Column(intColumn('appointment_id'))
  appointmentId!: number | null;

  @Field(() => String, { description: 'done or cancelled' })
  @Column({ name: 'outcome', type: 'varchar', length: 20 })
  outcome!: string;

  @Field(() => String, { nullable: true, description: 'Why the appointment was cancelled; null when it was done.' })
  @Column(stringColumn('cancel_reason'))
  cancelReason!: string | null;

  @Field(() => String, { nullable: true, description: 'More about the cancellation; null when none was given.' })
  @Column(textColumn('cancel_note'))
  cancelNote!: string | null;

  @Field(() => String, { nullable: true, description: "The order's notes as this sign-off left them." })
  @Column(textColumn('notes'))
  notes!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Who signed off: the session user's reference, or `app:<name>` for an application token.",
  })
  @Column(stringColumn('signed_by', 100))
  signedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'The application slug the sign-off was made in, e.g. planox2.' })
  @Column(stringColumn('signed_in', 100))
  signedIn!: string | null;

  @Field(() => Date, { description: 'When the sign-off was made (UTC instant).' })
  @Column(instantColumn('signed_at'))
  signedAt!: Date;
}
