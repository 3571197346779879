import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { dateColumn, instantColumn, stringColumn } from '../database/column-types';
import { Order } from './order.entity';

@ObjectType({ description: 'One service group of an order, with how much of it was completed.' })
@Entity('order_line_items')
export class OrderLineItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID)
  @Index('idx_line_items_order')
  @Column({ name: 'order_id', type: 'int' })
  orderId!: number;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_line_items_order' })
  order?: Order;

  @Field(() => String, { description: 'The service group name.' })
  @Column({ name: 'name', type: 'varchar', length: 255 })
  name!: string;

  @Field(() => Int)
  @Column({ name: 'quantity', type: 'int', default: 1 })
  quantity!: number;

  @Field(() => Int)
  @Column({ name: 'completed_quantity', type: 'int', default: 0 })
  completedQuantity!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column(dateColumn('completed_date'))
  completedDate!: string | null;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('completed_by', 100))
  completedBy!: string | null;

  @Field(() => Date)
  @Column(instantColumn('updated_at'))
  lastUpdated!: Date;
}
