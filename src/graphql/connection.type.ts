import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ConnectionPage } from '../domain/list-pages';
import { PageInfo } from './page-info.type';

/**
 * The Relay connection type of a record type, `<name>Connection`, with its `<name>Edge`: one
 * definition for every keyset-paged list. `one`/`many` name the records in the descriptions.
 * An instance answers a service's ConnectionPage: its fields read the page when they are
 * selected, so what the page makes lazily stays lazy (the edges and their cursors, made only
 * when selected; the COUNT, run only for totalCount).
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
    constructor(private readonly page: ConnectionPage<T>) {}

    @Field(() => [Edge], { description: `The page's ${many}, each with its cursor.` })
    get edges(): Edge[] {
      return this.page.edges;
    }

    @Field(() => [node], { description: `The page's ${many}, without cursors.` })
    get nodes(): T[] {
      return this.page.nodes;
    }

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to continue from.' })
    get pageInfo(): PageInfo {
      return this.page.pageInfo;
    }

    @Field(() => Int, { description: `How many ${many} match the filter over all pages (counted only when selected).` })
    totalCount(): Promise<number> {
      return this.page.countTotal();
    }
  }

  return Connection;
}
