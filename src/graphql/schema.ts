import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, ContainerType } from 'type-graphql';
import { AppointmentWriteService } from '../services/appointment-write.service';
import { AppointmentService } from '../services/appointment.service';
import { OrderSignOffService } from '../services/order-sign-off.service';
import { OrderService } from '../services/order.service';
import { AppointmentMutationResolver } from './resolvers/appointment-mutation.resolver';
import { AppointmentResolver } from './resolvers/appointment.resolver';
import { ErrorCatalogResolver } from './resolvers/error-catalog.resolver';
import { OrderSignOffResolver } from './resolvers/order-sign-off.resolver';
import { OrderResolver } from './resolvers/order.resolver';
import { ViewerResolver } from './resolvers/viewer.resolver';
import { validateArgs } from './validate-args';

/** The services the resolvers call; built once by the composition root, stateless per request. */
export interface Services {
  appointments: AppointmentService;
  appointmentWrites: AppointmentWriteService;
  orderSignOff: OrderSignOffService;
  orders: OrderService;
}

export function createServices(): Services {
  return { appointments: new AppointmentService(), appointmentWrites: new AppointmentWriteService(), orderSignOff: new OrderSignOffService(), orders: new OrderService() };
}

/**
 * The resolver instances, wired by hand (no DI framework): type-graphql asks this container
 * for each resolver class.
 */
function resolverContainer(services: Services): ContainerType {
  const instances = new Map<unknown, unknown>([
    [AppointmentResolver, new AppointmentResolver(services.appointments)],
    [AppointmentMutationResolver, new AppointmentMutationResolver(services.appointmentWrites)],
    [ErrorCatalogResolver, new ErrorCatalogResolver()],
    [OrderSignOffResolver, new OrderSignOffResolver(services.orderSignOff)],
    [OrderResolver, new OrderResolver(services.orders)],
    [ViewerResolver, new ViewerResolver()],
  ]);
  return { get: (cls) => instances.get(cls) };
}

const RESOLVERS = [AppointmentResolver, AppointmentMutationResolver, ErrorCatalogResolver, OrderSignOffResolver, OrderResolver, ViewerResolver] as const;

export async function buildGatewaySchema(services: Services = createServices()): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    container: resolverContainer(services),
    validateFn: validateArgs,
  });
}

/** The SDL committed as schema.graphql: sorted, so it only changes when the API does. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
