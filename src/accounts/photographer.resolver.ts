import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { parseId } from '../domain/ids';
import { pagingNeedsTotal } from '../domain/paging';
import { User } from '../database/entities';
import { selectedFieldNames } from '../graphql/selected-fields';
import { PhotographerConnection, PhotographerConnectionArgs, PhotographerListArgs, PhotographerPage } from './photographer-list.type';
import { PhotographerService } from './photographer.service';

const EVERY_ROLE =
  'for every role (clients book shoots): employees and application tokens see the user whole; liaisons and clients see ' +
  'id, reference and name, and email only of themselves';
const BAD_LIST =
  'invalid-param for a page size outside 0..1000, a negative offset, a cursor of another query or a bad filter; ' +
  'invalid-param-type for a filter id that is not a positive integer.';

@Resolver(() => User)
export class PhotographerResolver {
  constructor(private readonly service: PhotographerService) {}

  @Query(() => User, {
    nullable: true,
    description:
      `One photographer (a user whose employee record is flagged photographer) by user id, ${EVERY_ROLE}. Null with not-found ` +
      'when the user does not exist or is not a photographer; invalid-param-type for an id that is not a positive integer.',
  })
  photographer(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The photographer's user id." }) id: string): Promise<User> {
    return this.service.findOne(ctx, { id: parseId(id, 'id') });
  }

  @Query(() => User, {
    nullable: true,
    description:
      `One photographer by their user's reference, compared exactly (case, accents, trailing spaces), ${EVERY_ROLE}. ` +
      'Null with not-found when no user has it or that user is not a photographer.',
  })
  photographerByReference(
    @Ctx() ctx: RequestContext,
    @Arg('reference', () => String, { description: "The photographer's user reference (User.reference)." }) reference: string,
  ): Promise<User> {
    return this.service.findOne(ctx, { reference });
  }

  @Query(() => PhotographerPage, {
    description: `An offset page of the photographers, ${EVERY_ROLE}; with the total count. ${BAD_LIST}`,
  })
  photographers(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PhotographerListArgs) args: InstanceType<typeof PhotographerListArgs>,
  ): Promise<PhotographerPage> {
    return this.service.list(ctx, args, { total: pagingNeedsTotal(selectedFieldNames(info, ['paging'])) });
  }

  @Query(() => PhotographerConnection, {
    description:
      `A keyset-paged connection of the photographers, ${EVERY_ROLE}: pass pageInfo.endCursor as \`after\` ` +
      `(with the same filter, sort and order) for the next page. ${BAD_LIST}`,
  })
  async photographersConnection(
    @Ctx() ctx: RequestContext,
    @Args(() => PhotographerConnectionArgs) args: InstanceType<typeof PhotographerConnectionArgs>,
  ): Promise<PhotographerConnection> {
    return new PhotographerConnection(await this.service.connection(ctx, args));
  }
}
