import { Field, ID, ObjectType } from 'type-graphql';
import { Appointment } from '../database/entities';
import type { ChangeKind } from './change.types';
import { ChangeKindEnum } from './change-kind.enum';

@ObjectType({ description: 'One change of an appointment the subscriber may see and whose filter it matches.' })
export class AppointmentChangeEvent {
  @Field(() => ChangeKindEnum, { description: 'What happened.' })
  kind!: ChangeKind;

  @Field(() => ID, { description: "The appointment's id." })
  id!: number;

  @Field(() => String, { nullable: true, description: 'The stamp this change wrote (Appointment.updatedAtMt); null for a deletion.' })
  updatedAtMt!: string | null;

  @Field(() => Date, { description: 'When the change was recorded (UTC instant).' })
  changedAt!: Date;

  @Field(() => Appointment, {
    nullable: true,
    description:
      'The appointment as it is when the event is delivered (it may already carry a later change), with any selection; null for a deletion and for an appointment deleted since the change (its DELETED event follows).',
  })
  appointment!: Appointment | null;
}

@ObjectType({ description: 'One change of one appointment, by any writer of the database (the gateway, other applications, SQL).' })
export class AppointmentChange {
  @Field(() => ChangeKindEnum, { description: 'What happened.' })
  kind!: ChangeKind;

  @Field(() => ID, { description: 'The id of the appointment that changed (also for a deletion).' })
  appointmentId!: number;

  @Field(() => String, { nullable: true, description: "The appointment's concurrency stamp after the change; null for a deletion." })
  updatedAtMt!: string | null;

  @Field(() => Date, { description: "When the change was recorded (UTC instant, the database's clock, milliseconds)." })
  changedAt!: Date;
}

@ObjectType({ description: 'One change of the feed, with the cursor to continue after it.' })
export class AppointmentChangeEdge {
  @Field(() => String, { description: 'An opaque cursor: pass it as `after` to continue after this change.' })
  cursor!: string;

  @Field(() => AppointmentChange, { description: 'The change.' })
  node!: AppointmentChange;
}

@ObjectType({ description: 'Where a page of the change feed ends.' })
export class AppointmentChangePageInfo {
  @Field(() => Boolean, {
    description: 'True when more changes follow right now; false when the feed is read to its end (poll again with endCursor later).',
  })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "Where to continue: pass it as `after`. It moves past every change the page read, shown or not (another customer's), so it may move on a page without edges. Null only when nothing was ever read.",
  })
  endCursor!: string | null;
}

@ObjectType({ description: 'A page of the durable change feed of appointments, in the order the changes were recorded.' })
export class AppointmentChangeConnection {
  @Field(() => [AppointmentChangeEdge], { description: "The page's changes that the caller may see, in order, each with its cursor." })
  edges!: AppointmentChangeEdge[];

  @Field(() => AppointmentChangePageInfo, { description: 'Whether more changes follow, and the cursor to continue from.' })
  pageInfo!: AppointmentChangePageInfo;
}
