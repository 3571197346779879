import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, ContainerType } from 'type-graphql';
import { appointmentRelations } from '../appointments/appointment.relations';
import { orderRelations } from '../orders/order.relations';
import { createRepositories, Repositories } from '../repositories';
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

/** The repositories, the relations declared over them, and the services the resolvers call: built once, stateless per request. */
export function createServices(r: Repositories = createRepositories()) {
  const relations = { appointment: appointmentRelations(r), order: orderRelations(r) };
  return {
    relations,
    appointments: new AppointmentService(r.appointments, relations.appointment),
    appointmentWrites: new AppointmentWriteService(r),
    orderSignOff: new OrderSignOffService(r),
    orders: new OrderService(relations.order),
  };
}

export type Services = ReturnType<typeof createServices>;

/**
 * The resolver instances, wired by hand (no DI framework): type-graphql asks this container
 * for each resolver class.
 */
function resolverContainer(services: Services): ContainerType {
  const instances = new Map<unknown, unknown>([
    [AppointmentResolver, new AppointmentResolver(services.appointments, services.relations.appointment)],
    [AppointmentMutationResolver, new AppointmentMutationResolver(services.appointmentWrites)],
    [ErrorCatalogResolver, new ErrorCatalogResolver()],
    [OrderSignOffResolver, new OrderSignOffResolver(services.orderSignOff)],
    [OrderResolver, new OrderResolver(services.orders, services.relations.order)],
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
