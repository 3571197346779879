import { TokenRepository } from './accounts/token.repository';
import { UserRepository } from './accounts/user.repository';
import { AppointmentCategoryRepository } from './appointments/appointment-category.repository';
import { AppointmentRepository } from './appointments/appointment.repository';
import { ContactRepository } from './customers/contact.repository';
import { CustomerRepository } from './customers/customer.repository';
import { IdempotencyRepository } from './idempotency/idempotency.repository';
import { OrderRepository } from './orders/order.repository';
import { ChangeRepository } from './live/change.repository';

/** The repositories: the only code that reads and writes rows. Stateless; built once by the composition root. */
export function createRepositories() {
  return {
    appointments: new AppointmentRepository(),
    categories: new AppointmentCategoryRepository(),
    customers: new CustomerRepository(),
    contacts: new ContactRepository(),
    orders: new OrderRepository(),
    users: new UserRepository(),
    tokens: new TokenRepository(),
    idempotencyKeys: new IdempotencyRepository(),
    changes: new ChangeRepository(),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
