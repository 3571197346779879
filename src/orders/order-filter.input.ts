import { Field, ID, InputType } from 'type-graphql';
import { DateTimeRange } from '../appointments/date-time-range.input';

const PATTERN =
  'A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. ' +
  'Matching is exact in case and accents, as references are.';

@InputType({ description: 'Which orders to list. Every field given must hold (they are ANDed).' })
export class OrderFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these orders (at most 1000 ids).' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only the orders of this customer.' })
  customerId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the orders of these customers (at most 1000 ids).' })
  customerIds?: string[] | null;

  @Field(() => String, { nullable: true, description: `The reference of the order's customer. ${PATTERN}` })
  customerReference?: string | null;

  @Field(() => String, { nullable: true, description: `The order's reference. ${PATTERN}` })
  reference?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only orders with one of these statuses, as Order.status reads: open, signed_off (another value is invalid-param).',
  })
  status?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only orders signed off at least once (true) or never (false).' })
  signedOff?: boolean | null;

  @Field(() => DateTimeRange, { nullable: true, description: 'Only orders created within this range.' })
  createdAt?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true, description: 'Only orders last written within this range (Order.lastUpdated).' })
  lastUpdated?: DateTimeRange | null;

  @Field(() => DateTimeRange, {
    nullable: true,
    description: 'Only orders last signed off within this range (orders never signed off are left out).',
  })
  signedOffAt?: DateTimeRange | null;
}
