import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { exactStringColumn, instantColumn } from '../database/column-types';

@ObjectType({ description: 'A customer of the business: the party an appointment is for.', simpleResolvers: true })
@Entity('customers')
@Index('uq_customers_reference', ['reference'], { unique: true })
@Index('idx_customers_name', ['name', 'id'])
export class Customer {
  @Field(() => ID, { description: "The customer's id (what Appointment.customerId and Order.customerId hold)." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: "The customer's external reference (unique)." })
  @Column(exactStringColumn('reference', 100, false))
  reference!: string;

  @Field(() => String, { description: "The customer's name, e.g. Harbor View Realty." })
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column(instantColumn('created_at'))
  createdAt!: Date;
}
