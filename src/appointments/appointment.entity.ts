import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate, utcTime } from '../domain/instant';
import { AppointmentCategory } from './appointment-category.entity';
import {
  dateColumn,
  exactStringColumn,
  flagColumn,
  instantColumn,
  intColumn,
  stringColumn,
  textColumn,
  timeColumn,
} from '../database/column-types';
import { Contact } from '../customers/contact.entity';
import { Customer } from '../customers/customer.entity';
import { Order } from '../orders/order.entity';
import { User } from '../accounts/user.entity';

/**
 * An appointment (a shoot, a meeting): every column of the Update API (seeds/000) and of the
 * CRM API (seeds/004). Relations are resolved by per-request loaders from the *Id columns.
 * The *Utc fields are computed from startDate/endDate so the two views can never disagree.
 */
@ObjectType({ description: 'An appointment: every column of the scheduling system, and its relations.', simpleResolvers: true })
@Entity('appointments')
@Index('uq_appointments_uuid', ['uuid'], { unique: true })
@Index('uq_appointments_reference', ['reference'], { unique: true })
@Index('idx_appointments_start', ['startDate', 'id'])
@Index('idx_appointments_end', ['endDate', 'id'])
@Index('idx_appointments_created', ['createdAt', 'id'])
@Index('idx_appointments_updated', ['updatedAt', 'id'])
@Index('idx_appointments_title', ['title', 'id'])
@Index('idx_appointments_customer_start', ['customerId', 'startDate', 'id'])
@Index('idx_appointments_photographer_start', ['photographerUserId', 'startDate', 'id'])
@Index('idx_appointments_reference', ['reference', 'id'])
@Index('idx_appointments_cancelled_start', ['cancelled', 'startDate', 'id'])
export class Appointment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: "The appointment's UUID (the Read API's _id)." })
  @Column({ name: 'uuid', type: 'varchar', length: 36 })
  uuid!: string;

  @Field(() => String, { nullable: true, description: 'The external reference an integration knows it by (unique).' })
  @Column(exactStringColumn('reference', 100))
  reference!: string | null;

  @Field(() => String)
  @Column({ name: 'title', type: 'varchar', length: 255 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column(textColumn('note'))
  note!: string | null;

  @Field(() => String, { nullable: true })
  @Column(textColumn('notes'))
  notes!: string | null;

  @Field(() => String, { nullable: true })
  @Column(textColumn('summary'))
  summary!: string | null;

  @Field(() => String, { nullable: true })
  @Column(textColumn('description'))
  description!: string | null;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('location'))
  location!: string | null;

  @Field(() => Date, { description: 'Start instant (UTC).' })
  @Column(instantColumn('start_date'))
  startDate!: Date;

  @Field(() => Date, { description: 'End instant (UTC).' })
  @Column(instantColumn('end_date'))
  endDate!: Date;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, in the shoot location's time zone." })
  @Column(dateColumn('date_start_local'))
  dateStartLocal!: string | null;

  @Field(() => String, { nullable: true })
  @Column(dateColumn('date_stop_local'))
  dateStopLocal!: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM:SS, in the shoot location's time zone." })
  @Column(timeColumn('time_start_local'))
  timeStartLocal!: string | null;

  @Field(() => String, { nullable: true })
  @Column(timeColumn('time_stop_local'))
  timeStopLocal!: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, in the office's time zone." })
  @Column(dateColumn('date_start_office'))
  dateStartOffice!: string | null;

  @Field(() => String, { nullable: true })
  @Column(dateColumn('date_stop_office'))
  dateStopOffice!: string | null;

  @Field(() => String, { nullable: true })
  @Column(timeColumn('time_start_office'))
  timeStartOffice!: string | null;

  @Field(() => String, { nullable: true })
  @Column(timeColumn('time_stop_office'))
  timeStopOffice!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD of startDate in UTC.' })
  get dateStartUtc(): string {
    return utcDate(this.startDate);
  }

  @Field(() => String, { description: 'YYYY-MM-DD of endDate in UTC.' })
  get dateStopUtc(): string {
    return utcDate(this.endDate);
  }

  @Field(() => String, { description: 'HH:MM:SS of startDate in UTC.' })
  get timeStartUtc(): string {
    return utcTime(this.startDate);
  }

  @Field(() => String, { description: 'HH:MM:SS of endDate in UTC.' })
  get timeStopUtc(): string {
    return utcTime(this.endDate);
  }

  @Field(() => Boolean)
  @Column(flagColumn('allday'))
  allday!: boolean;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('time_duration', 32))
  timeDuration!: string | null;

  @Field(() => Int, { nullable: true, description: 'Duration in seconds.' })
  @Column(intColumn('time_duration_s'))
  timeDurationS!: number | null;

  @Field(() => Boolean)
  @Index('idx_appointments_confirmed')
  @Column(flagColumn('confirmed'))
  confirmed!: boolean;

  @Field(() => Date, { nullable: true })
  @Column(instantColumn('confirmed_at', true))
  confirmedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('confirmed_by', 100))
  confirmedBy!: string | null;

  @Field(() => Boolean)
  @Column(flagColumn('cancelled'))
  cancelled!: boolean;

  @Field(() => Boolean)
  @Column(flagColumn('same_day_cancel'))
  sameDayCancel!: boolean;

  @Field(() => Boolean)
  @Column(flagColumn('on_site_cancel'))
  onSiteCancel!: boolean;

  @Field(() => Boolean)
  @Column(flagColumn('optional'))
  optional!: boolean;

  @Field(() => Boolean)
  @Column(flagColumn('done'))
  done!: boolean;

  @Field(() => Boolean)
  @Column(flagColumn('ready_to_schedule'))
  readyToSchedule!: boolean;

  @Field(() => String, { nullable: true })
  @Index('idx_appointments_type')
  @Column(stringColumn('appt_type', 50))
  apptType!: string | null;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('delivery_type', 50))
  deliveryType!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column(dateColumn('requested_date'))
  requestedDate!: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM:SS' })
  @Column(timeColumn('requested_time'))
  requestedTime!: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the scheduling window, YYYY-MM-DD.' })
  @Column(dateColumn('window_date_start'))
  windowDateStart!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the scheduling window, YYYY-MM-DD.' })
  @Column(dateColumn('window_date_end'))
  windowDateEnd!: string | null;

  @Field(() => Int, { nullable: true, description: 'Window start, minutes after midnight.' })
  @Column(intColumn('window_time_start'))
  windowTimeStart!: number | null;

  @Field(() => Int, { nullable: true, description: 'Window end, minutes after midnight.' })
  @Column(intColumn('window_time_end'))
  windowTimeEnd!: number | null;

  @Field(() => Int, { nullable: true, description: "The FileMaker app's own id for the appointment." })
  @Column(intColumn('fm_appt_id'))
  fmApptId!: number | null;

  @Field(() => ID, { nullable: true })
  @Index('idx_appointments_order')
  @Column(intColumn('order_id'))
  orderId!: number | null;

  @ManyToOne(() => Order, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_appointments_order' })
  orderRow?: Order;

  @Field(() => Int, { nullable: true })
  @Column(intColumn('order_request_id'))
  orderRequestId!: number | null;

  @Field(() => Int, { nullable: true })
  @Column(intColumn('order_request_appt_id'))
  orderRequestApptId!: number | null;

  @Field(() => ID, { nullable: true })
  @Column(intColumn('photographer_user_id'))
  photographerUserId!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'photographer_user_id', foreignKeyConstraintName: 'fk_appointments_photographer' })
  photographerRow?: User;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('photographer_name'))
  photographerName!: string | null;

  @Field(() => ID, { nullable: true, description: "The employee responsible (the CRM API's user)." })
  @Index('idx_appointments_user')
  @Column(intColumn('user_id'))
  userId!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_appointments_user' })
  userRow?: User;

  @Field(() => ID, { nullable: true })
  @Column(intColumn('customer_id'))
  customerId!: number | null;

  @ManyToOne(() => Customer, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_appointments_customer' })
  customerRow?: Customer;

  @Field(() => ID, { nullable: true })
  @Index('idx_appointments_category')
  @Column(intColumn('appointment_category_id'))
  appointmentCategoryId!: number | null;

  @ManyToOne(() => AppointmentCategory, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'appointment_category_id', foreignKeyConstraintName: 'fk_appointments_category' })
  appointmentCategoryRow?: AppointmentCategory;

  @ManyToMany(() => Contact)
  @JoinTable({
    name: 'appointment_contacts',
    joinColumn: { name: 'appointment_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_appointment_contacts_appointment' },
    inverseJoinColumn: { name: 'contact_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_appointment_contacts_contact' },
  })
  contactRows?: Contact[];

  @Field(() => String, { nullable: true })
  @Column(stringColumn('organization', 100))
  organization!: string | null;

  @Field(() => Date)
  @Column(instantColumn('created_at'))
  createdAt!: Date;

  @Field(() => Date, { description: "The same instant as createdAt (the CRM API's name)." })
  get dateCreated(): Date {
    return this.createdAt;
  }

  @Field(() => Date)
  @Column(instantColumn('updated_at'))
  updatedAt!: Date;

  @Field(() => Date, { description: "The same instant as updatedAt (the CRM API's name)." })
  get lastUpdated(): Date {
    return this.updatedAt;
  }

  @Field(() => String, { nullable: true })
  @Column(stringColumn('created_by', 100))
  createdBy!: string | null;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('created_in', 100))
  createdIn!: string | null;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('updated_by', 100))
  updatedBy!: string | null;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('updated_in', 100))
  updatedIn!: string | null;

  @Field(() => String, {
    description: 'The concurrency stamp: changes on every write. Send it back as UpdateAppointmentInput.updatedAtMt.',
  })
  @Column(exactStringColumn('updated_at_mt', 40, false))
  updatedAtMt!: string;

  @Field(() => Date, { nullable: true, description: "When the appointment's order was signed off for it." })
  @Column(instantColumn('signed_off_at', true))
  signedOffAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column(stringColumn('cancel_reason'))
  cancelReason!: string | null;

  @Field(() => String, { nullable: true })
  @Column(textColumn('cancel_note'))
  cancelNote!: string | null;
}
