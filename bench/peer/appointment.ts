import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/*
 * An appointment, the TypeORM entity and the GraphQL object type in one class (TypeGraphQL's
 * TypeORM example). Its relations (customer, appointmentCategory, photographer, user, contacts)
 * are field resolvers in AppointmentResolver, read through the request's DataLoaders.
 */
@Entity('appointments')
@ObjectType({ description: 'An appointment: a shoot, a meeting.' })
export class Appointment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 36 })
  uuid!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  location!: string | null;

  @Field(() => Date)
  @Column({ name: 'start_date', type: 'datetime', precision: 3 })
  startDate!: Date;

  @Field(() => Date)
  @Column({ name: 'end_date', type: 'datetime', precision: 3 })
  endDate!: Date;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  allday!: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'date_start_local', type: 'date', nullable: true })
  dateStartLocal!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'time_start_local', type: 'time', nullable: true })
  timeStartLocal!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'date_stop_local', type: 'date', nullable: true })
  dateStopLocal!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'time_stop_local', type: 'time', nullable: true })
  timeStopLocal!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'date_start_office', type: 'date', nullable: true })
  dateStartOffice!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'time_start_office', type: 'time', nullable: true })
  timeStartOffice!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'date_stop_office', type: 'date', nullable: true })
  dateStopOffice!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'time_stop_office', type: 'time', nullable: true })
  timeStopOffice!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'time_duration_s', type: 'int', nullable: true })
  timeDurationS!: number | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  confirmed!: boolean;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  cancelled!: boolean;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  done!: boolean;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  optional!: boolean;

  @Field(() => Boolean)
  @Column({ name: 'ready_to_schedule', type: 'boolean' })
  readyToSchedule!: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'appt_type', type: 'varchar', length: 50, nullable: true })
  apptType!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'requested_date', type: 'date', nullable: true })
  requestedDate!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'requested_time', type: 'time', nullable: true })
  requestedTime!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'window_date_start', type: 'date', nullable: true })
  windowDateStart!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'window_date_end', type: 'date', nullable: true })
  windowDateEnd!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'window_time_start', type: 'int', nullable: true })
  windowTimeStart!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'window_time_end', type: 'int', nullable: true })
  windowTimeEnd!: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'order_id', type: 'int', nullable: true })
  orderId!: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'photographer_user_id', type: 'int', nullable: true })
  photographerUserId!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'photographer_name', type: 'varchar', length: 255, nullable: true })
  photographerName!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'user_id', type: 'int', nullable: true })
  userId!: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'customer_id', type: 'int', nullable: true })
  customerId!: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'appointment_category_id', type: 'int', nullable: true })
  appointmentCategoryId!: number | null;

  @Field(() => String)
  @Column({ name: 'updated_at_mt', type: 'varchar', length: 40 })
  updatedAtMt!: string;
}
