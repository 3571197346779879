import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSchema } from 'type-graphql';
import { AppointmentResolver } from './peer/appointment.resolver';
import { authChecker, Context, createContext } from './peer/context';
import { dataSource } from './peer/data-source';

/*
 * The peer: what a competent team writes with the same packages, the way TypeGraphQL's and
 * TypeORM's docs teach it (bench/README.md, "The peer"): entities that double as object types,
 * a resolver class with field resolvers, one DataLoader per relation built for each request,
 * TypeORM repositories and the query builder, @Authorized() with an authChecker, Apollo Server's
 * standalone server with its defaults (no graphql-jit, no plugins of its own). It serves the
 * benchmark's page scenarios and the look-up by id.
 *
 *   DATABASE_URL=mysql://user@127.0.0.1:3306/bench_1m PORT=4200 node -r ts-node/register/transpile-only bench/peer-server.ts
 */

async function main(): Promise<void> {
  await dataSource.initialize();
  const schema = await buildSchema({ resolvers: [AppointmentResolver], authChecker });
  const server = new ApolloServer<Context>({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 4200), host: '127.0.0.1' },
    context: createContext,
  });
  process.stdout.write(`peer listening at ${url}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`peer failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
