import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { intColumn, stringColumn } from '../database/column-types';
import { Customer } from './customer.entity';

@ObjectType({ description: 'A person at the customer to be reached about an appointment.', simpleResolvers: true })
@Entity('contacts')
export class Contact {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, { nullable: true })
  @Index('idx_contacts_customer')
  @Column(intColumn('customer_id'))
  customerId!: number | null;

  @ManyToOne(() => Customer, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_contacts_customer' })
  customer?: Customer;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('email'))
  email!: string | null;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('phone', 50))
  phone!: string | null;
}
