import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a connection page sits (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more rows follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when the page was asked for with `after` (there are rows before it).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the page's first row; null on an empty page." })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the page's last row: pass it as `after` for the next page. Null on an empty page.",
  })
  endCursor!: string | null;
}
