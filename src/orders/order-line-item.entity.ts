import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { dateColumn, instantColumn, stringColumn } from '../database/column-types';
import { Order } from './order.entity';

@ObjectType({ description: 'One service group of an order, with how much of it was completed.' })
@Entity('order_line_items')
export class OrderLineItem {
  @Field(() => ID, { description: "The line item's id (what SignOffLineItemInput.lineItemId takes)." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, { description: 'Id of the order the line item belongs to.' })
  @Index('idx_line_items_order')
  @Column({ name: 'order_id', type: 'int' })
  orderId!: number;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_line_items_order' })
  order?: Order;

  @Field(() => String, { description: 'The service group name.' })
  @Column({ name: 'name', type: 'varchar', length: 255 })
  name!: string;

  @Field(() => Int, { description: 'How many were ordered, 0 or more.' })
  @Column({ name: 'quantity', type: 'int', default: 1 })
  quantity!: number;

  @Field(() => Int, { description: 'How many were completed, 0 to quantity.' })
  @Column({ name: 'completed_quantity', type: 'int', default: 0 })
  completedQuantity!: number;

  @Field(() => String, { nullable: true, description: 'The day the line item was completed, YYYY-MM-DD.' })
  @Column(dateColumn('completed_date'))
  completedDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who completed the line item, free text as sent at sign-off (up to 100 characters).',
  })
  @Column(stringColumn('completed_by', 100))
  completedBy!: string | null;

  @Field(() => Date, { description: 'When the line item was last written (UTC instant).' })
  @Column(instantColumn('updated_at'))
  lastUpdated!: Date;
}
