import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { parseId } from '../domain/ids';
import { pagingNeedsTotal } from '../domain/paging';
import { AppointmentCategory } from '../database/entities';
import { selectedFieldNames } from '../graphql/selected-fields';
import {
  AppointmentCategoryConnection,
  AppointmentCategoryConnectionArgs,
  AppointmentCategoryListArgs,
  AppointmentCategoryPage,
} from './appointment-category-list.type';
import { AppointmentCategoryService } from './appointment-category.service';

const EVERY_ROLE = 'for every role (reference data: every caller reads every category)';
const BAD_LIST =
  'invalid-param for a page size outside 0..1000, a negative offset, a cursor of another query or a bad filter; ' +
  'invalid-param-type for a filter id that is not a positive integer.';

@Resolver(() => AppointmentCategory)
export class AppointmentCategoryResolver {
  constructor(private readonly service: AppointmentCategoryService) {}

  @Query(() => AppointmentCategory, {
    nullable: true,
    description: `One appointment category by id, ${EVERY_ROLE}. Null with not-found when it does not exist; invalid-param-type for an id that is not a positive integer.`,
  })
  appointmentCategory(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The category's id." }) id: string,
  ): Promise<AppointmentCategory> {
    return this.service.findOne(ctx, { id: parseId(id, 'id') });
  }

  @Query(() => AppointmentCategory, {
    nullable: true,
    description: `One appointment category by its reference, compared exactly (case, accents, trailing spaces), ${EVERY_ROLE}. Null with not-found when none has it.`,
  })
  appointmentCategoryByReference(
    @Ctx() ctx: RequestContext,
    @Arg('reference', () => String, { description: "The category's reference (AppointmentCategory.reference), e.g. photo_shoot." })
    reference: string,
  ): Promise<AppointmentCategory> {
    return this.service.findOne(ctx, { reference });
  }

  @Query(() => AppointmentCategoryPage, {
    description: `An offset page of the appointment categories, ${EVERY_ROLE}, with the total count. ${BAD_LIST}`,
  })
  appointmentCategories(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => AppointmentCategoryListArgs) args: InstanceType<typeof AppointmentCategoryListArgs>,
  ): Promise<AppointmentCategoryPage> {
    return this.service.list(ctx, args, { total: pagingNeedsTotal(selectedFieldNames(info, ['paging'])) });
  }

  @Query(() => AppointmentCategoryConnection, {
    description:
      `A keyset-paged connection of the appointment categories, ${EVERY_ROLE}: pass pageInfo.endCursor as \`after\` ` +
      `(with the same filter, sort and order) for the next page. ${BAD_LIST}`,
  })
  async appointmentCategoriesConnection(
    @Ctx() ctx: RequestContext,
    @Args(() => AppointmentCategoryConnectionArgs) args: InstanceType<typeof AppointmentCategoryConnectionArgs>,
  ): Promise<AppointmentCategoryConnection> {
    return new AppointmentCategoryConnection(await this.service.connection(ctx, args));
  }
}
