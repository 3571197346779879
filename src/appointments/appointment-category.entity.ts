import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { exactStringColumn } from '../database/column-types';

@ObjectType({ description: 'What kind of appointment this is (a shoot, a meeting, a phone call).', simpleResolvers: true })
@Entity('appointment_categories')
@Index('uq_categories_reference', ['reference'], { unique: true })
@Index('idx_categories_name', ['name', 'id'])
export class AppointmentCategory {
  @Field(() => ID, { description: "The category's id (what Appointment.appointmentCategoryId holds)." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: "The category's stable key, e.g. photo_shoot or meeting (unique)." })
  @Column(exactStringColumn('reference', 100, false))
  reference!: string;

  @Field(() => String, { description: "The category's display name, e.g. Photo shoot." })
  @Column({ type: 'varchar', length: 255 })
  name!: string;
}
