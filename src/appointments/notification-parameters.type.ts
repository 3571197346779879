import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "What a notification email about an appointment needs (the Read API's notification_parameters view)." })
export class NotificationParameters {
  @Field(() => String)
  uuid!: string;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, in the shoot location's time zone." })
  startDateLocal!: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM:SS, in the shoot location's time zone; null when all day." })
  startTimeLocal!: string | null;

  @Field(() => String, { nullable: true })
  endDateLocal!: string | null;

  @Field(() => String, { nullable: true })
  endTimeLocal!: string | null;

  @Field(() => Boolean)
  allday!: boolean;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  customerName!: string | null;

  @Field(() => String, { nullable: true })
  photographerName!: string | null;

  @Field(() => Boolean)
  confirmed!: boolean;

  @Field(() => Boolean)
  cancelled!: boolean;
}
