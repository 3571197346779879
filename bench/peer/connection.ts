import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Appointment } from './appointment';

/* The page's GraphQL types: the connection, its page info, the filter, the sort and its order. */

export enum AppointmentSort {
  START_DATE = 'START_DATE',
}
registerEnumType(AppointmentSort, { name: 'AppointmentSort', description: 'What appointments are sorted by.' });

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder', description: 'Ascending or descending.' });

@InputType({ description: 'A range of instants; every bound is optional.' })
export class DateTimeRange {
  @Field(() => Date, { nullable: true })
  gt?: Date;

  @Field(() => Date, { nullable: true })
  gte?: Date;

  @Field(() => Date, { nullable: true })
  lt?: Date;

  @Field(() => Date, { nullable: true })
  lte?: Date;
}

@InputType({ description: 'Which appointments a page lists.' })
export class AppointmentFilter {
  @Field(() => DateTimeRange, { nullable: true })
  startDate?: DateTimeRange;

  @Field(() => String, { nullable: true, description: 'The title; * matches any run of characters.' })
  title?: string;
}

@ObjectType({ description: "Where a page ends, and whether there's more." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ description: 'A page of appointments.' })
export class AppointmentConnection {
  @Field(() => [Appointment])
  nodes!: Appointment[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
