import { ArgsType, ClassType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE } from '../domain/list-pages';
import { SortOrder } from './sort-order.enum';

const SORT = 'The field to sort by; ties are broken by id.';
const ORDER = 'The direction, for the sort field and for the id that breaks ties.';

/*
 * The arguments of a list's two paging styles, alike for every record type: an offset page
 * (filter, max, offset, sort, order) and a keyset connection (filter, first, after, sort, order).
 * `sortEnum` must be registered (registerEnumType) under its GraphQL name.
 */

export function offsetListArgs<F extends object, S extends string>(filter: ClassType<F>, sortEnum: object, defaultSort: S, plural: string) {
  @ArgsType()
  class OffsetListArgs {
    @Field(() => filter, { nullable: true, description: `Which ${plural} to list; left out, every one the caller may see.` })
    filter!: F | null;

    @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 0..1000; 0 answers paging alone.' })
    max!: number | null;

    @Field(() => Int, { nullable: true, defaultValue: 0, description: `How many matching ${plural} to skip, 0 or more.` })
    offset!: number | null;

    @Field(() => sortEnum, { nullable: true, defaultValue: defaultSort, description: SORT })
    sort!: S | null;

    @Field(() => SortOrder, { nullable: true, defaultValue: SortOrder.ASC, description: ORDER })
    order!: SortOrder | null;
  }
  return OffsetListArgs;
}

export function connectionArgs<F extends object, S extends string>(filter: ClassType<F>, sortEnum: object, defaultSort: S, plural: string) {
  @ArgsType()
  class ConnectionArgs {
    @Field(() => filter, { nullable: true, description: `Which ${plural} to list; left out, every one the caller may see.` })
    filter!: F | null;

    @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 0..1000.' })
    first!: number | null;

    @Field(() => String, {
      nullable: true,
      description:
        'The endCursor (or an edge cursor) of the page before, asked for with the same filter, sort and order; left out: the first page.',
    })
    after!: string | null;

    @Field(() => sortEnum, { nullable: true, defaultValue: defaultSort, description: SORT })
    sort!: S | null;

    @Field(() => SortOrder, { nullable: true, defaultValue: SortOrder.ASC, description: ORDER })
    order!: SortOrder | null;
  }
  return ConnectionArgs;
}
