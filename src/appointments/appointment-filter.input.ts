import { Field, ID, InputType } from 'type-graphql';
import { DateTimeRange } from './date-time-range.input';

const PATTERN =
  'A pattern: * matches any run of characters, every other character (% and _ included) is literal; ' +
  'without * it is an exact match. Matching ignores ASCII case.';

@InputType({ description: 'Which appointments to list. Every field given must hold (they are ANDed).' })
export class AppointmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these appointments (at most 1000 ids).' })
  ids?: string[] | null;

  @Field(() => DateTimeRange, { nullable: true })
  dateCreated?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true })
  lastUpdated?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true })
  startDate?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true })
  endDate?: DateTimeRange | null;

  @Field(() => String, { nullable: true, description: `The title. ${PATTERN}` })
  title?: string | null;

  @Field(() => String, { nullable: true, description: `The reference of the appointment's customer. ${PATTERN}` })
  customerReference?: string | null;

  @Field(() => String, { nullable: true, description: `The reference of the appointment's employee (user). ${PATTERN}` })
  employeeReference?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  photographerUserId?: string | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;

  @Field(() => Boolean, { nullable: true })
  confirmed?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  cancelled?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  done?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The appointment type, exactly (e.g. shoot).' })
  apptType?: string | null;
}
