import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "What a notification email about an appointment needs (the Read API's notification_parameters view)." })
export class NotificationParameters {
  @Field(() => String, { description: "The appointment's UUID." })
  uuid!: string;

  @Field(() => String, { nullable: true, description: "The appointment's external reference." })
  reference!: string | null;

  @Field(() => String, { description: "The appointment's title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, in the shoot location's time zone (the appointment's dateStartLocal)." })
  startDateLocal!: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM:SS, in the shoot location's time zone (the appointment's timeStartLocal)." })
  startTimeLocal!: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, in the shoot location's time zone (the appointment's dateStopLocal)." })
  endDateLocal!: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM:SS, in the shoot location's time zone (the appointment's timeStopLocal)." })
  endTimeLocal!: string | null;

  @Field(() => Boolean, { description: 'True when the appointment takes the whole day.' })
  allday!: boolean;

  @Field(() => String, { nullable: true, description: 'Where the appointment takes place.' })
  location!: string | null;

  @Field(() => String, { nullable: true, description: "The name of the appointment's customer; null when it has none." })
  customerName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The appointment's photographerName, or else its photographer user's name; null when neither is set.",
  })
  photographerName!: string | null;

  @Field(() => Boolean, { description: 'True once the appointment is confirmed.' })
  confirmed!: boolean;

  @Field(() => Boolean, { description: 'True when the appointment is cancelled.' })
  cancelled!: boolean;
}
