import { IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/*
 * The writable columns of an appointment, shared by create, update and upsert. Every field is
 * optional here: a field the client leaves out is absent from the object type-graphql builds
 * (it only sets the keys that were sent), which is how an update tells "keep" from "clear"
 * (an explicit null). Dates, times and instants are Strings so that a bad format is reported
 * as invalid-datetime-format naming the field, and date-only fields honour monthFirst.
 * Server-owned columns (id, uuid, created/updated audit, updatedAtMt, sign-off) are never inputs.
 * Each pointer but contacts is also taken by the related row's reference (customerReference…):
 * not columns, resolved to ids by appointment-references.rules.ts; null clears like the id's null.
 */
@InputType()
export abstract class AppointmentFieldsInput {
  @Field(() => String, { nullable: true, description: "A free-text note (the CRM API's note), up to 65,535 bytes." })
  @IsOptional()
  @MaxLength(65535)
  note?: string | null;

  @Field(() => String, { nullable: true, description: "Free-text notes (the Update API's notes), up to 65,535 bytes." })
  @IsOptional()
  @MaxLength(65535)
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'A summary of the appointment, free text up to 65,535 bytes.' })
  @IsOptional()
  @MaxLength(65535)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'A description of the appointment, free text up to 65,535 bytes.' })
  @IsOptional()
  @MaxLength(65535)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the appointment takes place, free text up to 255 characters.' })
  @IsOptional()
  @MaxLength(255)
  location?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Start instant, ISO-8601 with offset (2016-10-09T08:10:00Z). Or send dateStartUtc + timeStartUtc.',
  })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'End instant, ISO-8601 with offset. Or send dateStopUtc + timeStopUtc.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (MM/DD/YYYY with monthFirst).' })
  dateStartLocal?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (MM/DD/YYYY with monthFirst).' })
  dateStopLocal?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM or HH:MM:SS.' })
  timeStartLocal?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM or HH:MM:SS.' })
  timeStopLocal?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (MM/DD/YYYY with monthFirst).' })
  dateStartOffice?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (MM/DD/YYYY with monthFirst).' })
  dateStopOffice?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM or HH:MM:SS.' })
  timeStartOffice?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM or HH:MM:SS.' })
  timeStopOffice?: string | null;

  @Field(() => String, { nullable: true, description: 'UTC date of startDate (another view of it; must agree when both are sent).' })
  dateStartUtc?: string | null;

  @Field(() => String, { nullable: true, description: 'UTC date of endDate (another view of it; must agree when both are sent).' })
  dateStopUtc?: string | null;

  @Field(() => String, { nullable: true, description: 'UTC time of startDate, HH:MM:SS.' })
  timeStartUtc?: string | null;

  @Field(() => String, { nullable: true, description: 'UTC time of endDate, HH:MM:SS.' })
  timeStopUtc?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the appointment takes the whole day; cannot be null.' })
  allday?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'The duration as text (e.g. 1:30), up to 32 characters; not checked against timeDurationS.',
  })
  @IsOptional()
  @MaxLength(32)
  timeDuration?: string | null;

  @Field(() => Int, { nullable: true, description: 'Duration in seconds, 0 or more.' })
  @IsOptional()
  @Min(0)
  timeDurationS?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True once the appointment is confirmed; cannot be null.' })
  confirmed?: boolean | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601 instant with offset.' })
  confirmedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Who confirmed the appointment (e.g. a user reference), up to 100 characters.' })
  @IsOptional()
  @MaxLength(100)
  confirmedBy?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the appointment is cancelled; cannot be null.' })
  cancelled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the appointment was cancelled on the day it was due; cannot be null.' })
  sameDayCancel?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the appointment was cancelled on site; cannot be null.' })
  onSiteCancel?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "The scheduling system's optional flag; cannot be null." })
  optional?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the appointment took place; cannot be null.' })
  done?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the appointment is ready to be scheduled; cannot be null.' })
  readyToSchedule?: boolean | null;

  @Field(() => String, { nullable: true, description: "The appointment's type (e.g. shoot), up to 50 characters." })
  @IsOptional()
  @MaxLength(50)
  apptType?: string | null;

  @Field(() => String, { nullable: true, description: 'The delivery type (e.g. standard, rush), up to 50 characters.' })
  @IsOptional()
  @MaxLength(50)
  deliveryType?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (MM/DD/YYYY with monthFirst).' })
  requestedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM or HH:MM:SS.' })
  requestedTime?: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the scheduling window, YYYY-MM-DD (MM/DD/YYYY with monthFirst).' })
  windowDateStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the scheduling window, YYYY-MM-DD (MM/DD/YYYY with monthFirst).' })
  windowDateEnd?: string | null;

  @Field(() => Int, { nullable: true, description: 'Window start, minutes after midnight (0..1439).' })
  @IsOptional()
  @Min(0)
  @Max(1439)
  windowTimeStart?: number | null;

  @Field(() => Int, { nullable: true, description: 'Window end, minutes after midnight (0..1439).' })
  @IsOptional()
  @Min(0)
  @Max(1439)
  windowTimeEnd?: number | null;

  @Field(() => Int, { nullable: true, description: "The FileMaker app's own id for the appointment, 0 or more." })
  @IsOptional()
  @Min(0)
  fmApptId?: number | null;

  @Field(() => ID, { nullable: true, description: "An order of the appointment's customer (else invalid-param)." })
  orderId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "orderId by the order's reference (exact): one or the other, not both; an order the caller can't see reads as missing (invalid-param).",
  })
  orderReference?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Id of the order request the appointment came from, 0 or more (not checked against any table).',
  })
  @IsOptional()
  @Min(0)
  orderRequestId?: number | null;

  @Field(() => Int, { nullable: true, description: 'Id of the order_request_appt record, 0 or more (not checked against any table).' })
  @IsOptional()
  @Min(0)
  orderRequestApptId?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: "The photographer's user id: an employee with the photographer flag (else invalid-param).",
  })
  photographerUserId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "photographerUserId by the photographer user's reference (exact): one or the other, not both (else invalid-param).",
  })
  photographerReference?: string | null;

  @Field(() => String, { nullable: true, description: "The photographer's name as shown with the appointment, up to 255 characters." })
  @IsOptional()
  @MaxLength(255)
  photographerName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The employee responsible, a user id of an employee. Only employees choose it; a liaison may only send the stored one.',
  })
  userId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "userId by the responsible employee's user reference (exact): one or the other, not both (else invalid-param).",
  })
  userReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'A customer the caller sees (else invalid-param); only employees may clear it.' })
  customerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "customerId by the customer's reference (exact): one or the other, not both; a customer the caller can't see reads as missing (invalid-param).",
  })
  customerReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'An existing appointment category (else invalid-param).' })
  appointmentCategoryId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "appointmentCategoryId by the category's reference (exact): one or the other, not both (else invalid-param).",
  })
  appointmentCategoryReference?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Ids of contacts of the appointment's customer (by id only: contacts have no reference); replaces the whole list. null or [] clears it.",
  })
  contacts?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The CRM organization (entity) the appointment belongs to, up to 100 characters.' })
  @IsOptional()
  @MaxLength(100)
  organization?: string | null;
}

@InputType({
  description: 'A new appointment: title and the start/end instants (startDate/endDate or their *Utc date+time pairs) are required.',
})
export class CreateAppointmentInput extends AppointmentFieldsInput {
  @Field(() => String, { nullable: true, description: 'The external reference (unique).' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(100)
  reference?: string | null;

  @Field(() => String, { description: 'The title, 1 to 255 characters.' })
  @IsNotEmpty()
  @MaxLength(255)
  title!: string;
}

@InputType({ description: 'A partial update: fields left out keep their values, a field sent as null is cleared.' })
export class UpdateAppointmentInput extends AppointmentFieldsInput {
  @Field(() => String, { description: 'The updatedAtMt the client last read; the update fails with stale-update when it is not current.' })
  @IsNotEmpty()
  updatedAtMt!: string;

  @Field(() => String, { nullable: true, description: 'The external reference (unique); null clears it.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(100)
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Required column: may be changed, not cleared.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(255)
  title?: string | null;
}

@InputType({
  description:
    'Insert-or-update by reference. title and the start/end instants are required; on update only the fields sent are overwritten.',
})
export class UpsertAppointmentInput extends AppointmentFieldsInput {
  @Field(() => String, { description: 'The title, 1 to 255 characters.' })
  @IsNotEmpty()
  @MaxLength(255)
  title!: string;
}
