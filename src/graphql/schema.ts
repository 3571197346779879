import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, ContainerType } from 'type-graphql';
import { AppointmentService } from '../services/appointment.service';
import { AppointmentResolver } from './resolvers/appointment.resolver';
import { ErrorCatalogResolver } from './resolvers/error-catalog.resolver';

/** The services the resolvers call; built once by the composition root, stateless per request. */
export interface Services {
  appointments: AppointmentService;
}

export function createServices(): Services {
  return { appointments: new AppointmentService() };
}

/**
 * The resolver instances, wired by hand (no DI framework): type-graphql asks this container
 * for each resolver class.
 */
function resolverContainer(services: Services): ContainerType {
  const instances = new Map<unknown, unknown>([
    [AppointmentResolver, new AppointmentResolver(services.appointments)],
    [ErrorCatalogResolver, new ErrorCatalogResolver()],
  ]);
  return { get: (cls) => instances.get(cls) };
}

const RESOLVERS = [AppointmentResolver, ErrorCatalogResolver] as const;

export async function buildGatewaySchema(services: Services = createServices()): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    container: resolverContainer(services),
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL committed as schema.graphql: sorted, so it only changes when the API does. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
