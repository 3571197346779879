import { Order } from '../database/entities';
import { connectionType } from '../graphql/connection.type';

/** OrderConnection and OrderEdge. */
export const OrderConnection = connectionType(Order, 'Order', 'order', 'orders');
export type OrderConnection = InstanceType<typeof OrderConnection>;
