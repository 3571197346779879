import { Field, Int, ObjectType } from 'type-graphql';
import { Appointment } from '../database/entities';

@ObjectType({ description: 'Where a connection page sits (Relay).' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when the page was asked for with `after` (there are rows before it).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ description: 'One appointment of a connection page, with the cursor to continue after it.' })
export class AppointmentEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Appointment)
  node!: Appointment;
}

@ObjectType({ description: 'A keyset-paged list of appointments (Relay connection): every page costs what the first does.' })
export class AppointmentConnection {
  @Field(() => [AppointmentEdge])
  edges!: AppointmentEdge[];

  @Field(() => [Appointment])
  nodes!: Appointment[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Runs the COUNT; called only when a client selects totalCount. */
  countTotal!: () => Promise<number>;

  @Field(() => Int, { description: 'How many appointments match the filter over all pages (counted only when selected).' })
  totalCount(): Promise<number> {
    return this.countTotal();
  }
}
