import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'What kind of appointment this is (a shoot, a meeting, a phone call).' })
@Entity('appointment_categories')
export class AppointmentCategory {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100, unique: true })
  reference!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  name!: string;
}
