import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { PhotographerAvailability } from './availability.type';
import {
  AvailabilityService,
  DEFAULT_SLOT_MINUTES,
  MAX_PHOTOGRAPHERS,
  MAX_RANGE_DAYS,
  MAX_SLOT_MINUTES,
  MIN_SLOT_MINUTES,
} from './availability.service';

const MINUTES = `${MIN_SLOT_MINUTES}..${MAX_SLOT_MINUTES}`;

@Resolver()
export class AvailabilityResolver {
  constructor(private readonly service: AvailabilityService) {}

  @Query(() => [PhotographerAvailability], {
    description:
      'For the scheduler: between from and to, each photographer asked for (or every photographer), by name then id, with ' +
      "their busy times and their free windows and slots inside the office's working hours. For every role; a busy time " +
      'names its appointment only where the caller may see it. invalid-datetime-format for from or to not an ISO-8601 ' +
      `instant; date-validation-error (naming to) when to is not after from; invalid-param for a range over ${MAX_RANGE_DAYS} days ` +
      `(naming to), slotMinutes or stepMinutes outside ${MINUTES}, both photographerIds and photographerReferences, more than ` +
      `${MAX_PHOTOGRAPHERS} of either, or one that names no photographer (The photographer with the id 7 doesn't exist.); ` +
      'invalid-param-type for an id that is not a positive integer.',
  })
  photographerAvailability(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => String, { description: 'The start of the range, an ISO-8601 instant (2026-03-02T00:00:00Z), included.' })
    from: string,
    @Arg('to', () => String, {
      description: `The end of the range, an ISO-8601 instant, excluded: after from, at most ${MAX_RANGE_DAYS} days after it.`,
    })
    to: string,
    @Arg('photographerIds', () => [ID], {
      nullable: true,
      description: `The photographers, by user id (at most ${MAX_PHOTOGRAPHERS}). With neither this nor photographerReferences, every photographer; an empty list answers none.`,
    })
    photographerIds: string[] | null,
    @Arg('photographerReferences', () => [String], {
      nullable: true,
      description: `The photographers by user reference, compared exactly (at most ${MAX_PHOTOGRAPHERS}); instead of photographerIds, not with it.`,
    })
    photographerReferences: string[] | null,
    @Arg('slotMinutes', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_SLOT_MINUTES,
      description: `The length of the slots wanted, in minutes (${MINUTES}).`,
    })
    slotMinutes: number | null,
    @Arg('stepMinutes', () => Int, {
      nullable: true,
      description: `How far apart slots start, in minutes (${MINUTES}); left out, slotMinutes (back-to-back slots).`,
    })
    stepMinutes: number | null,
  ): Promise<PhotographerAvailability[]> {
    return this.service.photographerAvailability(ctx, { from, to, photographerIds, photographerReferences, slotMinutes, stepMinutes });
  }
}
