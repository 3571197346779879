import { ClassType, Field, Int, ObjectType } from 'type-graphql';

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

/**
 * The Relay connection type `<name>Connection` (and its `<name>Edge`) over `node`, whose rows
 * the descriptions call `singular`/`plural`. `totalCount` runs the COUNT only when selected.
 */
export function connectionType<T extends object>(node: ClassType<T>, name: string, singular: string, plural: string) {
  @ObjectType(`${name}Edge`, { description: `One ${singular} of a connection page, with the cursor to continue after it.` })
  class Edge {
    @Field(() => String, {
      description: `An opaque cursor: pass it as \`after\` (with the same filter, sort and order) to continue after this ${singular}.`,
    })
    cursor!: string;

    @Field(() => node, { description: `The ${singular}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `A keyset-paged list of ${plural} (Relay connection): every page costs what the first does.`,
  })
  class Connection {
    @Field(() => [Edge], { description: `The page's ${plural}, each with its cursor.` })
    edges!: Edge[];

    @Field(() => [node], { description: `The page's ${plural}, without cursors.` })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to continue from.' })
    pageInfo!: PageInfo;

    /** Runs the COUNT; called only when a client selects totalCount. */
    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: `How many ${plural} match the filter over all pages (counted only when selected).` })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return Connection;
}
