import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn } from './column-types';

@ObjectType({ description: 'A customer of the business: the party an appointment is for.' })
@Entity('customers')
export class Customer {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: 'The customer\'s external reference (unique).' })
  @Column({ type: 'varchar', length: 100, unique: true })
  reference!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column(instantColumn('created_at'))
  createdAt!: Date;
}
