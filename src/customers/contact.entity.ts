import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { intColumn, stringColumn } from '../database/column-types';
import { Customer } from './customer.entity';

@ObjectType({ description: 'A person at the customer to be reached about an appointment.', simpleResolvers: true })
@Entity('contacts')
@Index('idx_contacts_customer_name', ['customerId', 'name', 'id'])
@Index('idx_contacts_customer_email', ['customerId', 'email', 'id'])
@Index('idx_contacts_name', ['name', 'id'])
@Index('idx_contacts_email', ['email', 'id'])
export class Contact {
  @Field(() => ID, { description: "The contact's id (what the contacts input of an appointment write takes)." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, {
    nullable: true,
    description: "Id of the customer the contact belongs to; an appointment may link only its own customer's contacts.",
  })
  @Index('idx_contacts_customer')
  @Column(intColumn('customer_id'))
  customerId!: number | null;

  @ManyToOne(() => Customer, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_contacts_customer' })
  customer?: Customer;

  @Field(() => String, { description: "The contact's name." })
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field(() => String, { nullable: true, description: "The contact's email address." })
  @Column(stringColumn('email'))
  email!: string | null;

  @Field(() => String, { nullable: true, description: "The contact's phone number, free text (up to 50 characters)." })
  @Column(stringColumn('phone', 50))
  phone!: string | null;
}
