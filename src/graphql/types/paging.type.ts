import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where an offset page sits in the whole result.' })
export class Paging {
  @Field(() => Int, { description: 'How many records match the filter, over all pages.' })
  total!: number;

  @Field(() => Int)
  max!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => Int, { nullable: true, description: 'The offset of the previous page, null on the first.' })
  previousOffset!: number | null;

  @Field(() => Int, { nullable: true, description: 'The offset of the next page, null on the last.' })
  nextOffset!: number | null;
}

/** Previous/next offsets of a page, as the seed's `previous`/`next` links were. */
export function pagingOf(total: number, max: number, offset: number): Paging {
  return {
    total,
    max,
    offset,
    previousOffset: offset > 0 && max > 0 ? Math.max(0, offset - max) : null,
    nextOffset: max > 0 && offset + max < total ? offset + max : null,
  };
}
