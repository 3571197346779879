import { ApplicationToken } from '../accounts/application-token.entity';
import { AppointmentCategory } from '../appointments/appointment-category.entity';
import { Appointment } from '../appointments/appointment.entity';
import { Contact } from '../customers/contact.entity';
import { Customer } from '../customers/customer.entity';
import { OrderLineItem } from '../orders/order-line-item.entity';
import { OrderSignOff } from '../orders/order-sign-off.entity';
import { Order } from '../orders/order.entity';
import { Session } from '../accounts/session.entity';
import { Client, Employee, Liaison } from '../accounts/user-roles.entity';
import { User } from '../accounts/user.entity';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity';
import { RowChange } from '../live/row-change.entity';

export {
  ApplicationToken,
  Appointment,
  AppointmentCategory,
  Client,
  Contact,
  Customer,
  Employee,
  IdempotencyKey,
  Liaison,
  Order,
  OrderLineItem,
  OrderSignOff,
  RowChange,
  Session,
  User,
};

export const ENTITIES = [
  Customer,
  AppointmentCategory,
  Contact,
  User,
  Employee,
  Client,
  Liaison,
  Order,
  OrderLineItem,
  OrderSignOff,
  Appointment,
  Session,
  ApplicationToken,
  IdempotencyKey,
  RowChange,
];
