import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { Paging as PagingFields } from '../domain/paging';

@ObjectType({ description: 'Where an offset page sits in the whole result.' })
export class Paging implements PagingFields {
  @Field(() => Int, { description: 'How many records match the filter, over all pages.' })
  total!: number;

  @Field(() => Int, { description: 'The page size asked for (max).' })
  max!: number;

  @Field(() => Int, { description: 'The offset asked for: how many matching records come before this page.' })
  offset!: number;

  @Field(() => Int, { nullable: true, description: 'The offset of the previous page, null on the first.' })
  previousOffset!: number | null;

  @Field(() => Int, { nullable: true, description: 'The offset of the next page, null on the last.' })
  nextOffset!: number | null;
}

/**
 * The offset page type `<name>Page` over `node`: the paging and the rows, which the descriptions
 * call `plural`, in `order`.
 */
export function offsetPageType<T extends object>(node: ClassType<T>, name: string, plural: string, order = 'in the order asked for') {
  @ObjectType(`${name}Page`, { description: `One offset page of ${plural}, with the total over all pages.` })
  class Page {
    @Field(() => Paging, { description: "Where this page sits: the total, the page size and offset, and the neighbouring pages' offsets." })
    paging!: Paging;

    @Field(() => [node], { description: `The page's ${plural}, ${order}.` })
    data!: T[];
  }
  return Page;
}
