import { ApplicationToken } from './application-token.entity';
import { AppointmentCategory } from './appointment-category.entity';
import { Appointment } from './appointment.entity';
import { Contact } from './contact.entity';
import { Customer } from './customer.entity';
import { OrderLineItem } from './order-line-item.entity';
import { OrderSignOff } from './order-sign-off.entity';
import { Order } from './order.entity';
import { Session } from './session.entity';
import { Client, Employee, Liaison } from './user-roles.entity';
import { User } from './user.entity';

export {
  ApplicationToken, Appointment, AppointmentCategory, Client, Contact, Customer, Employee, Liaison,
  Order, OrderLineItem, OrderSignOff, Session, User,
};

export const ENTITIES = [
  Customer, AppointmentCategory, Contact, User, Employee, Client, Liaison,
  Order, OrderLineItem, OrderSignOff, Appointment, Session, ApplicationToken,
];
