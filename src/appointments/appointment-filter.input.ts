import { Field, ID, InputType } from 'type-graphql';
import { DateTimeRange } from './date-time-range.input';

const PATTERN =
  'A pattern: * matches any run of characters, every other character (% and _ included) is literal; ' + 'without * it is an exact match.';

@InputType({ description: 'Which appointments to list. Every field given must hold (they are ANDed).' })
export class AppointmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these appointments (at most 1000 ids).' })
  ids?: string[] | null;

  @Field(() => DateTimeRange, { nullable: true, description: 'Only appointments created within this range.' })
  dateCreated?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true, description: 'Only appointments last written within this range.' })
  lastUpdated?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true, description: 'Only appointments whose startDate is within this range.' })
  startDate?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true, description: 'Only appointments whose endDate is within this range.' })
  endDate?: DateTimeRange | null;

  @Field(() => String, { nullable: true, description: `The title. ${PATTERN} Matching ignores ASCII case.` })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The reference of the appointment's customer. ${PATTERN} Matching is exact in case and accents, as references are.`,
  })
  customerReference?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The reference of the appointment's employee (user). ${PATTERN} Matching is exact in case and accents, as references are.`,
  })
  employeeReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the appointments of this customer.' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the appointments of this photographer (a user id).' })
  photographerUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the appointments of this order.' })
  orderId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only confirmed (true) or unconfirmed (false) appointments.' })
  confirmed?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cancelled (true) or not cancelled (false) appointments.' })
  cancelled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only done (true) or not done (false) appointments.' })
  done?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The appointment type, exactly (e.g. shoot).' })
  apptType?: string | null;
}
