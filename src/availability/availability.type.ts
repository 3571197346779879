import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../database/entities';

@ObjectType({ description: 'A stretch of time: from start (included) to end (excluded), both UTC instants.' })
export class TimeWindow {
  @Field(() => Date, { description: 'When it begins (UTC), included.' })
  start!: Date;

  @Field(() => Date, { description: 'When it ends (UTC), excluded: a slot may begin at the end of an appointment.' })
  end!: Date;
}

@ObjectType({
  description:
    'One appointment that makes the photographer busy (not cancelled, overlapping the range asked for), ' +
    'with its start and end as stored, not cut to the range.',
})
export class BusyInterval {
  @Field(() => Date, { description: 'When the appointment starts (UTC).' })
  start!: Date;

  @Field(() => Date, { description: 'When the appointment ends (UTC).' })
  end!: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      "The appointment's id when the caller may see the appointment (employees and application tokens: always; liaisons and " +
      "clients: their customers' appointments); null otherwise: the photographer is busy, but not with whose shoot.",
  })
  appointmentId!: number | null;
}

@ObjectType({ description: "One photographer's availability over the range asked for." })
export class PhotographerAvailability {
  @Field(() => User, {
    description:
      'The photographer. Liaisons and clients see id, reference and name (email only of themselves, null otherwise), as Appointment.photographer.',
  })
  photographer!: User;

  @Field(() => [BusyInterval], {
    description:
      "The photographer's appointments that are not cancelled and overlap the range, one each (overlapping ones too), " +
      'by start, then end; at any hour, working or not.',
  })
  busy!: BusyInterval[];

  @Field(() => [TimeWindow], {
    description:
      "Free time: the office's working hours (WORKING_HOURS in OFFICE_TIME_ZONE) within the range, less every busy " +
      'interval; each window as long as it runs (working hours that meet at midnight make one window), in order.',
  })
  free!: TimeWindow[];

  @Field(() => [TimeWindow], {
    description:
      'Bookable slots of slotMinutes: starting at the beginning of each stretch of working hours and every stepMinutes ' +
      'after it (the grid does not move with from), each entirely inside the range and inside one free window, in order.',
  })
  slots!: TimeWindow[];
}
