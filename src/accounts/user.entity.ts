import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { exactStringColumn, instantColumn, stringColumn } from '../database/column-types';

@ObjectType({ description: 'A person who signs in: an employee, a photographer, a client or a liaison.', simpleResolvers: true })
@Entity('users')
@Index('uq_users_reference', ['reference'], { unique: true })
@Index('idx_users_name', ['name', 'id'])
export class User {
  @Field(() => ID, { description: "The user's id (what photographerUserId and userId hold)." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: "The user's external (employee) reference, unique." })
  @Column(exactStringColumn('reference', 100, false))
  reference!: string;

  @Field(() => String, { description: "The user's full name." })
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The user's email address. Employees and application tokens see every user's; liaisons and clients only their own (null for anyone else).",
  })
  @Column(stringColumn('email'))
  email!: string | null;

  @Column(instantColumn('created_at'))
  createdAt!: Date;
}
