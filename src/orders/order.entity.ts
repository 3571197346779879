import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { exactStringColumn, instantColumn, intColumn, stringColumn, textColumn } from '../database/column-types';
import { Customer } from '../customers/customer.entity';

@ObjectType({ description: 'An order: what the customer booked, fulfilled by appointments, billed by line items.' })
@Entity('orders')
@Index('uq_orders_reference', ['reference'], { unique: true })
export class Order {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { nullable: true })
  @Column(exactStringColumn('reference', 100))
  reference!: string | null;

  @Field(() => ID, { nullable: true })
  @Index('idx_orders_customer')
  @Column(intColumn('customer_id'))
  customerId!: number | null;

  @ManyToOne(() => Customer, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_orders_customer' })
  customer?: Customer;

  @Field(() => String, { nullable: true })
  @Column(textColumn('notes'))
  notes!: string | null;

  @Field(() => String, { description: 'open, signed_off' })
  @Column({ name: 'status', type: 'varchar', length: 30, default: 'open' })
  status!: string;

  @Field(() => Date, { nullable: true })
  @Column(instantColumn('signed_off_at', true))
  signedOffAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('signed_off_by', 100))
  signedOffBy!: string | null;

  @Field(() => Int, { description: 'How many times the order was signed off (amendments included).' })
  @Column({ name: 'sign_off_count', type: 'int', default: 0 })
  signOffCount!: number;

  @Field(() => Date)
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
