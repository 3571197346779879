import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { exactStringColumn, instantColumn, intColumn, stringColumn, textColumn } from '../database/column-types';
import { Customer } from '../customers/customer.entity';

@ObjectType({
  description:
    "An order: what the customer booked, fulfilled by appointments, billed by line items. Employees see every order; liaisons and clients only their customers'.",
})
@Entity('orders')
@Index('uq_orders_reference', ['reference'], { unique: true })
@Index('idx_orders_customer_created', ['customerId', 'createdAt', 'id'])
@Index('idx_orders_status_created', ['status', 'createdAt', 'id'])
@Index('idx_orders_created', ['createdAt', 'id'])
@Index('idx_orders_updated', ['lastUpdated', 'id'])
@Index('idx_orders_signed_off', ['signedOffAt', 'id'])
@Index('idx_orders_reference', ['reference', 'id'])
export class Order {
  @Field(() => ID, { description: "The order's id (what Appointment.orderId holds)." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { nullable: true, description: "The order's external reference (unique)." })
  @Column(exactStringColumn('reference', 100))
  reference!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Id of the customer who placed the order; liaisons and clients see only their customers' orders.",
  })
  @Column(intColumn('customer_id'))
  customerId!: number | null;

  @ManyToOne(() => Customer, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_orders_customer' })
  customer?: Customer;

  @Field(() => String, { nullable: true, description: 'Free-text notes about the order; signOffOrder sets or clears them.' })
  @Column(textColumn('notes'))
  notes!: string | null;

  @Field(() => String, { description: "open until the order's first sign-off, then signed_off." })
  @Column({ name: 'status', type: 'varchar', length: 30, default: 'open' })
  status!: string;

  @Field(() => Date, { nullable: true, description: 'When the order was last signed off (UTC instant); null until its first sign-off.' })
  @Column(instantColumn('signed_off_at', true))
  signedOffAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Who last signed the order off: the session user's reference, or `app:<name>` for an application token.",
  })
  @Column(stringColumn('signed_off_by', 100))
  signedOffBy!: string | null;

  @Field(() => Int, { description: 'How many times the order was signed off (amendments included).' })
  @Column({ name: 'sign_off_count', type: 'int', default: 0 })
  signOffCount!: number;

  @Field(() => Date, { description: 'When the order was created (UTC instant).' })
  @Column(instantColumn('created_at'))
  createdAt!: Date;

  @Field(() => Date, { description: 'When the order was last written.' })
  @Column(instantColumn('updated_at'))
  lastUpdated!: Date;

  @Field(() => String, {
    description: 'The concurrency stamp: changes on every write. Send it back as SignOffOrderInput.updatedAt.',
  })
  @Column(exactStringColumn('updated_at_mt', 40, false))
  updatedAt!: string;
}
