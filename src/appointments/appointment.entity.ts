import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Reads } from '../domain/field-reads';
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
@ObjectType({
  description:
    "An appointment (a shoot, a meeting): every column of the scheduling system, and its relations. Employees see every appointment; liaisons and clients only their customers'.",
  simpleResolvers: true,
})
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
@Index('idx_appointments_photographer_busy', ['photographerUserId', 'cancelled', 'endDate', 'startDate'])
export class Appointment {
  @Field(() => ID, { description: "The appointment's id (the Update and CRM APIs' id)." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: "The appointment's UUID (the Read API's _id)." })
  @Column({ name: 'uuid', type: 'varchar', length: 36 })
  uuid!: string;

  @Field(() => String, { nullable: true, description: 'The external reference an integration knows it by (unique).' })
  @Column(exactStringColumn('reference', 100))
  reference!: string | null;

  @Field(() => String, { description: 'The title, 1 to 255 characters.' })
  @Column({ name: 'title', type: 'varchar', length: 255 })
  title!: string;

  @Field(() => String, { nullable: true, description: "A free-text note (the CRM API's note)." })
  @Column(textColumn('note'))
  note!: string | null;

  @Field(() => String, { nullable: true, description: "Free-text notes (the Update API's notes)." })
  @Column(textColumn('notes'))
  notes!: string | null;

  @Field(() => String, { nullable: true, description: "A summary of the appointment, free text (the Update API's summary)." })
  @Column(textColumn('summary'))
  summary!: string | null;

  @Field(() => String, { nullable: true, description: "A description of the appointment, free text (the Update API's description)." })
  @Column(textColumn('description'))
  description!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the appointment takes place, free text (e.g. the address of the shoot), up to 255 characters.',
  })
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

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, in the shoot location's time zone: the day the appointment ends." })
  @Column(dateColumn('date_stop_local'))
  dateStopLocal!: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM:SS, in the shoot location's time zone." })
  @Column(timeColumn('time_start_local'))
  timeStartLocal!: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM:SS, in the shoot location's time zone: when the appointment ends." })
  @Column(timeColumn('time_stop_local'))
  timeStopLocal!: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, in the office's time zone." })
  @Column(dateColumn('date_start_office'))
  dateStartOffice!: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, in the office's time zone: the day the appointment ends." })
  @Column(dateColumn('date_stop_office'))
  dateStopOffice!: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM:SS, in the office's time zone: when the appointment starts." })
  @Column(timeColumn('time_start_office'))
  timeStartOffice!: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM:SS, in the office's time zone: when the appointment ends." })
  @Column(timeColumn('time_stop_office'))
  timeStopOffice!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD of startDate in UTC.' })
  @Reads('startDate')
  get dateStartUtc(): string {
    return utcDate(this.startDate);
  }

  @Field(() => String, { description: 'YYYY-MM-DD of endDate in UTC.' })
  @Reads('endDate')
  get dateStopUtc(): string {
    return utcDate(this.endDate);
  }

  @Field(() => String, { description: 'HH:MM:SS of startDate in UTC.' })
  @Reads('startDate')
  get timeStartUtc(): string {
    return utcTime(this.startDate);
  }

  @Field(() => String, { description: 'HH:MM:SS of endDate in UTC.' })
  @Reads('endDate')
  get timeStopUtc(): string {
    return utcTime(this.endDate);
  }

  @Field(() => Boolean, { description: 'True when the appointment takes the whole day.' })
  @Column(flagColumn('allday'))
  allday!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The duration as text, as the scheduling system writes it (H:MM in the demo data, e.g. 1:30); up to 32 characters, not checked against timeDurationS.',
  })
  @Column(stringColumn('time_duration', 32))
  timeDuration!: string | null;

  @Field(() => Int, { nullable: true, description: 'Duration in seconds.' })
  @Column(intColumn('time_duration_s'))
  timeDurationS!: number | null;

  @Field(() => Boolean, { description: 'True once the appointment is confirmed.' })
  @Index('idx_appointments_confirmed')
  @Column(flagColumn('confirmed'))
  confirmed!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the appointment was confirmed (UTC instant).' })
  @Column(instantColumn('confirmed_at', true))
  confirmedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who confirmed the appointment, as the writer sent it (e.g. a user reference); up to 100 characters.',
  })
  @Column(stringColumn('confirmed_by', 100))
  confirmedBy!: string | null;

  @Field(() => Boolean, { description: 'True when the appointment is cancelled (signOffOrder with a cancelReason sets it).' })
  @Column(flagColumn('cancelled'))
  cancelled!: boolean;

  @Field(() => Boolean, { description: 'True when the appointment was cancelled on the day it was due.' })
  @Column(flagColumn('same_day_cancel'))
  sameDayCancel!: boolean;

  @Field(() => Boolean, { description: 'True when the appointment was cancelled on site.' })
  @Column(flagColumn('on_site_cancel'))
  onSiteCancel!: boolean;

  @Field(() => Boolean, { description: 'True when the scheduling system marks the appointment optional (the seeds say no more about it).' })
  @Column(flagColumn('optional'))
  optional!: boolean;

  @Field(() => Boolean, { description: 'True when the appointment took place (signOffOrder without a cancelReason sets it).' })
  @Column(flagColumn('done'))
  done!: boolean;

  @Field(() => Boolean, { description: 'True when the appointment is ready to be scheduled.' })
  @Column(flagColumn('ready_to_schedule'))
  readyToSchedule!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The appointment's type in the scheduling system (e.g. shoot, reshoot, consult); up to 50 characters.",
  })
  @Index('idx_appointments_type')
  @Column(stringColumn('appt_type', 50))
  apptType!: string | null;

  @Field(() => String, { nullable: true, description: 'The delivery type (e.g. standard, rush, next_day); up to 50 characters.' })
  @Column(stringColumn('delivery_type', 50))
  deliveryType!: string | null;

  @Field(() => String, { nullable: true, description: 'The date the customer asked for, YYYY-MM-DD.' })
  @Column(dateColumn('requested_date'))
  requestedDate!: string | null;

  @Field(() => String, { nullable: true, description: 'The time of day the customer asked for, HH:MM:SS.' })
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

  @Field(() => ID, { nullable: true, description: "Id of the order the appointment fulfils: an order of the appointment's customer." })
  @Index('idx_appointments_order')
  @Column(intColumn('order_id'))
  orderId!: number | null;

  @ManyToOne(() => Order, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_appointments_order' })
  orderRow?: Order;

  @Field(() => Int, {
    nullable: true,
    description: "Id of the order request the appointment came from (the Update API's order_request_id); not checked by the gateway.",
  })
  @Column(intColumn('order_request_id'))
  orderRequestId!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Id of the order_request_appt record the appointment is associated with; not checked by the gateway.',
  })
  @Column(intColumn('order_request_appt_id'))
  orderRequestApptId!: number | null;

  @Field(() => ID, { nullable: true, description: 'User id of the photographer (an employee with the photographer flag).' })
  @Column(intColumn('photographer_user_id'))
  photographerUserId!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'photographer_user_id', foreignKeyConstraintName: 'fk_appointments_photographer' })
  photographerRow?: User;

  @Field(() => String, {
    nullable: true,
    description:
      "The photographer's name as stored with the appointment (free text, up to 255 characters; may differ from photographer.name).",
  })
  @Column(stringColumn('photographer_name'))
  photographerName!: string | null;

  @Field(() => ID, { nullable: true, description: "The employee responsible (the CRM API's user)." })
  @Index('idx_appointments_user')
  @Column(intColumn('user_id'))
  userId!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_appointments_user' })
  userRow?: User;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the customer the appointment is for; null for none (such appointments are visible to employees only).',
  })
  @Column(intColumn('customer_id'))
  customerId!: number | null;

  @ManyToOne(() => Customer, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_appointments_customer' })
  customerRow?: Customer;

  @Field(() => ID, { nullable: true, description: "Id of the appointment's category." })
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

  @Field(() => String, {
    nullable: true,
    description: 'The CRM organization (entity) the appointment belongs to, e.g. entity1; free text, up to 100 characters.',
  })
  @Column(stringColumn('organization', 100))
  organization!: string | null;

  @Field(() => Date, { description: 'When the appointment was created (UTC instant, set by the server).' })
  @Column(instantColumn('created_at'))
  createdAt!: Date;

  @Field(() => Date, { description: "The same instant as createdAt (the CRM API's name)." })
  @Reads('createdAt')
  get dateCreated(): Date {
    return this.createdAt;
  }

  @Field(() => Date, {
    description: 'When the appointment was last written (UTC instant, set by the server). For concurrency, use updatedAtMt.',
  })
  @Column(instantColumn('updated_at'))
  updatedAt!: Date;

  @Field(() => Date, { description: "The same instant as updatedAt (the CRM API's name)." })
  @Reads('updatedAt')
  get lastUpdated(): Date {
    return this.updatedAt;
  }

  @Field(() => String, {
    nullable: true,
    description:
      "Who created the appointment: the session user's reference, or `app:<name>` for an application token (set by the server, never from input).",
  })
  @Column(stringColumn('created_by', 100))
  createdBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The application slug the appointment was created in, e.g. planox2 (set by the server, never from input).',
  })
  @Column(stringColumn('created_in', 100))
  createdIn!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Who last wrote the appointment: the session user's reference, or `app:<name>` for an application token (set by the server, never from input).",
  })
  @Column(stringColumn('updated_by', 100))
  updatedBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The application slug the appointment was last written in, e.g. planox2 (set by the server, never from input).',
  })
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

  @Field(() => String, {
    nullable: true,
    description: 'Why the appointment was cancelled, as given at order sign-off (up to 255 characters).',
  })
  @Column(stringColumn('cancel_reason'))
  cancelReason!: string | null;

  @Field(() => String, { nullable: true, description: 'More about the cancellation, as given at order sign-off.' })
  @Column(textColumn('cancel_note'))
  cancelNote!: string | null;
}
