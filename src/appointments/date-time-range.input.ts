import { Field, InputType } from 'type-graphql';

@InputType({
  description:
    'Bounds on an instant, each an ISO-8601 instant such as 2016-08-15T14:52:48Z. ' +
    'At most one lower bound (gt or gte) and one upper bound (lt or lte); a range nothing can match is invalid-param.',
})
export class DateTimeRange {
  @Field(() => String, { nullable: true, description: 'Strictly after this instant.' })
  gt?: string | null;

  @Field(() => String, { nullable: true, description: 'At or after this instant.' })
  gte?: string | null;

  @Field(() => String, { nullable: true, description: 'Strictly before this instant.' })
  lt?: string | null;

  @Field(() => String, { nullable: true, description: 'At or before this instant.' })
  lte?: string | null;
}
