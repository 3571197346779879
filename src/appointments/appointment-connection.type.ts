import { Field, Int, ObjectType } from 'type-graphql';
import { Appointment } from '../database/entities';
import { PageInfo } from '../graphql/page-info.type';

@ObjectType({ description: 'One appointment of a connection page, with the cursor to continue after it.' })
export class AppointmentEdge {
  @Field(() => String, {
    description: 'An opaque cursor: pass it as `after` (with the same filter, sort and order) to continue after this appointment.',
  })
  cursor!: string;

  @Field(() => Appointment, { description: 'The appointment.' })
  node!: Appointment;
}

@ObjectType({ description: 'A keyset-paged list of appointments (Relay connection): every page costs what the first does.' })
export class AppointmentConnection {
  @Field(() => [AppointmentEdge], { description: "The page's appointments, each with its cursor." })
  edges!: AppointmentEdge[];

  @Field(() => [Appointment], { description: "The page's appointments, without cursors." })
  nodes!: Appointment[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to continue from.' })
  pageInfo!: PageInfo;

  /** Runs the COUNT; called only when a client selects totalCount. */
  countTotal!: () => Promise<number>;

  @Field(() => Int, { description: 'How many appointments match the filter over all pages (counted only when selected).' })
  totalCount(): Promise<number> {
    return this.countTotal();
  }
}
