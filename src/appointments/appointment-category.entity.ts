import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { exactStringColumn } from '../database/column-types';

@ObjectType({ description: 'What kind of appointment this is (a shoot, a meeting, a phone call).', simpleResolvers: true })
@Entity('appointment_categories')
@Index('uq_categories_reference', ['reference'], { unique: true })
export class AppointmentCategory {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String)
  @Column(exactStringColumn('reference', 100, false))
  reference!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  name!: string;
}
