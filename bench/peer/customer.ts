import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('customers')
@ObjectType({ description: 'A customer.' })
export class Customer {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  reference!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  name!: string;
}
