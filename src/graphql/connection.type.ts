import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/**
 * The Relay connection type of a record type, `<name>Connection`, with its `<name>Edge`: one
 * definition for every keyset-paged list. `one`/`many` name the records in the descriptions.
 * A service's ConnectionPage is assigned onto an instance; totalCount runs its COUNT only when
 * a client selects it.
 */
export function connectionType<T extends object>(node: ClassType<T>, name: string, one: string, many: string) {
  @ObjectType(`${name}Edge`, { description: `One ${one} of a connection page, with the cursor to continue after it.` })
  class Edge {
    @Field(() => String, {
      description: `An opaque cursor: pass it as \`after\` (with the same filter, sort and order) to continue after this ${one}.`,
    })
    cursor!: string;

    @Field(() => node, { description: `The ${one}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `A keyset-paged list of ${many} (Relay connection): every page costs what the first does.`,
  })
  class Connection {
    @Field(() => [Edge], { description: `The page's ${many}, each with its cursor.` })
    edges!: Edge[];

    @Field(() => [node], { description: `The page's ${many}, without cursors.` })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to continue from.' })
    pageInfo!: PageInfo;

    /** Runs the COUNT; called only when a client selects totalCount. */
    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: `How many ${many} match the filter over all pages (counted only when selected).` })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return Connection;
}
