import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Employee } from './employee';

@Entity('users')
@ObjectType({ description: 'A user: a photographer, a scheduler.' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  reference!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @OneToOne(() => Employee, (employee) => employee.user)
  employee?: Employee | null;
}
